// @vitest-environment node
/**
 * React Native SDK conformance: `react-native-chat-sdk` and `react-native-agora-chat` define no code table (their codes
 * come from the native SDKs at run time, held to the vendor's pages by `test/mappings/easemob-native.test.ts`). What
 * their JavaScript raises itself — every `new ChatError({ code, description })` / `new ChatException(…)` in `src/`,
 * read by `scripts/sdk/react-native.ts` — is held mapped in the native tables, with a judgement that fits the SDK's
 * own description.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fc, it as prop } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { easemobAndroidCodes, easemobIosCodes, easemobNativeCodes } from '../../mappings/easemob-native.js';
import { REACT_NATIVE_SDKS, loadReactNativeErrors, readRaisedErrors, type ReactNativeErrors } from '../../scripts/sdk/react-native.js';
import type { MappingEntry } from '../../src/mapping.js';
import type { Kind } from '../../src/taxonomy.js';

const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  devDependencies: Record<string, string>;
};
const loaded = new Map<string, ReactNativeErrors>(REACT_NATIVE_SDKS.map((name) => [name, loadReactNativeErrors(name)]));

/** A raised code's entry in native ∪ android ∪ ios (the bridges run on both platforms). */
const entryOf = (code: number): MappingEntry | undefined => easemobNativeCodes[code] ?? easemobAndroidCodes[code] ?? easemobIosCodes[code];

/**
 * Each fixed text the SDKs raise, read by hand where it is raised: what it means, and the kinds a judgement of its
 * code may have. Code 1 is the native GENERAL_ERROR catch-all that the JavaScript also reuses for unrelated checks,
 * so only a catch-all fits all of them; every one of them is a local check that no retry can pass.
 */
const HAND_CHECKED: Record<string, { readonly code: number; readonly means: string; readonly kinds: readonly Kind[] }> = {
  'appId and appKey cannot be undefined at the same time!': { code: -1, means: 'ChatOptions without an app key', kinds: ['auth'] },
  'appKey or appId is empty.': { code: 1, means: 'init() without an app key', kinds: ['unknown', 'auth'] },
  "The package 'react-native-chat-sdk' doesn't seem to be linked. Make sure: \n\n": { code: 1, means: 'native module missing', kinds: ['unknown', 'client'] },
  'This type is not supported. ': { code: 1, means: 'an enum value the SDK does not know', kinds: ['unknown', 'client', 'validation'] },
  'The message had send success': { code: 1, means: 'resending a message already sent', kinds: ['unknown', 'message'] },
  'msgIds count is 0': { code: 1, means: 'bad input', kinds: ['unknown', 'validation'] },
  'not logged in yet': { code: 1, means: 'no session', kinds: ['unknown', 'auth'] },
  'timestamp <= 0': { code: 1, means: 'bad input', kinds: ['unknown', 'validation'] },
  'Currently only text message content modification is supported.': { code: 1, means: 'unsupported edit', kinds: ['unknown', 'message', 'validation'] },
  'Please select a combine type message.': { code: 1, means: 'bad input', kinds: ['unknown', 'message', 'validation'] },
  'Please subclass to implement.': { code: 1, means: 'SDK internal', kinds: ['unknown', 'client'] },
  'The Message conversation id is not same as conversation id': { code: 1, means: 'bad input', kinds: ['unknown', 'message', 'validation'] },
};

describe.each(REACT_NATIVE_SDKS.map((name) => [name] as const))('%s', (name) => {
  const sdk = loaded.get(name)!;

  it('is the version package.json pins', () => {
    expect(sdk.version).toBe(manifest.devDependencies[name]);
  });

  it('passes native errors on unchanged: `new ChatError(result.error)` where a native call fails', () => {
    expect(sdk.forwarded.filter(({ file }) => file === 'src/__internal__/Native.ts').map(({ argument }) => argument)).toEqual(['result.error']);
    expect(sdk.raised.length).toBeGreaterThan(10);
  });

  it('raises only codes the native tables map', () => {
    expect(sdk.raised.filter(({ code }) => entryOf(code) === undefined).map(({ file, line, code }) => `${file}:${line} ${code}`)).toEqual([]);
  });

  it('raises only texts read by hand, each with the code it was read with', () => {
    for (const { file, line, code, text } of sdk.raised) expect(HAND_CHECKED[text]?.code, `${file}:${line} ${JSON.stringify(text)}`).toBe(code);
  });

  it('gets, for each text, a judgement that fits it: a kind it allows, not retryable', () => {
    for (const { file, line, code, text } of sdk.raised) {
      const [kind, , retryable] = entryOf(code)!;
      expect(HAND_CHECKED[text]!.kinds, `${file}:${line}`).toContain(kind);
      expect(retryable, `${file}:${line}`).toBe(false);
    }
  });
});

describe('the hand-checked texts', () => {
  it('are all still raised by one of the packages (nothing stale)', () => {
    const raised = new Set([...loaded.values()].flatMap(({ raised }) => raised.map(({ text }) => text)));
    expect(Object.keys(HAND_CHECKED).filter((text) => !raised.has(text))).toEqual([]);
  });

  it('give the codes found: 1 in both packages, -1 in react-native-chat-sdk only', () => {
    const codes = (name: string) => [...new Set(loaded.get(name)!.raised.map(({ code }) => code))].sort((a, b) => a - b);
    expect(codes('react-native-chat-sdk')).toEqual([-1, 1]);
    expect(codes('react-native-agora-chat')).toEqual([1]);
  });
});

describe('the ChatError shape', () => {
  it.each(REACT_NATIVE_SDKS.map((name) => [name] as const))('%s: a plain class instance with code and description, not an Error', (name) => {
    const { ChatError, ChatException } = require(`${name}/lib/commonjs/common/ChatError.js`) as {
      ChatError: new (params: { code: number; description: string }) => object;
      ChatException: new (params: { code: number; description: string }) => object;
    };
    const error = new ChatError({ code: 300, description: 'server not reachable' });
    expect(error).not.toBeInstanceOf(Error);
    expect(Object.keys(error)).toEqual(['code', 'description']);
    expect(error).toEqual({ code: 300, description: 'server not reachable' });
    expect(new ChatException({ code: 1, description: 'x' })).toBeInstanceOf(ChatError);
  });
});

describe('readRaisedErrors', () => {
  it('reads literals, templates, concatenations and named constants, with their lines', () => {
    const source = [
      "const LINK = `not linked:\\n` + 'more';",
      "throw new ChatError({ code: 1, description: 'plain' });",
      'throw new ChatError({',
      '  code: -1,',
      '  description: `type ${t} is not supported`,',
      '});',
      "sendExcept({ except: new ChatException({ code: 2, description: 'a' + b }) });",
      'throw new ChatError({ code: 1, description: LINK });',
      'throw new ChatError(result.error);',
      'callback.onError(id, new ChatError(e));',
    ].join('\n');
    const { raised, forwarded } = readRaisedErrors(source, 'src/x.ts');
    expect(raised.map(({ line, kind, code, text }) => [line, kind, code, text])).toEqual([
      [2, 'ChatError', 1, 'plain'],
      [3, 'ChatError', -1, 'type '],
      [7, 'ChatException', 2, 'a'],
      [8, 'ChatError', 1, 'not linked:\n'],
    ]);
    expect(forwarded.map(({ line, argument }) => [line, argument])).toEqual([
      [9, 'result.error'],
      [10, 'e'],
    ]);
  });

  it('fails loudly on a construction it cannot read', () => {
    expect(() => readRaisedErrors('new ChatError(make(1))', 'f')).toThrow(/neither an object literal/);
    expect(() => readRaisedErrors("new ChatError({ description: 'x', code: 1 })", 'f')).toThrow(/numeric `code`/);
    expect(() => readRaisedErrors('new ChatError({ code: CODE, description: "x" })', 'f')).toThrow(/numeric `code`/);
    expect(() => readRaisedErrors('new ChatError({ code: 1, description: UNKNOWN })', 'f')).toThrow(/cannot read the description/);
    expect(() => readRaisedErrors("new ChatError({ code: 1, description: 'x' }", 'f')).toThrow(/unbalanced/);
  });

  prop.prop([
    fc.array(fc.tuple(fc.integer({ min: -1000, max: 100000 }), fc.stringMatching(/^[\w .,!<=()'{}-]{0,40}$/), fc.boolean()), { maxLength: 8 }),
  ])('reads back every code and text it is given, in any layout', (errors) => {
    const source = errors
      .map(([code, text, multiline]) => {
        const literal = JSON.stringify(text);
        return multiline ? `if (x) {\n  throw new ChatError({\n    code: ${code},\n    description:\n      ${literal},\n  });\n}` : `f(new ChatError({ code: ${code}, description: ${literal} }));`;
      })
      .join('\n');
    expect(readRaisedErrors(source, 'f').raised.map(({ code, text }) => [code, text])).toEqual(errors.map(([code, text]) => [code, text]));
  });
});

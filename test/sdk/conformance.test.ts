// @vitest-environment node
/**
 * Code-table conformance: each pinned SDK package's own code table, read from the installed package (Tencent: the
 * object literal in the minified bundle; Easemob / Agora: the exported `statusCode` enum), against im-errors' tables.
 * Every code the SDK defines is mapped or listed, with its reason, in `scripts/sdk/unmapped.ts`.
 */
import { readGenerated } from '../../scripts/docs/generated.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { easemobMappings } from '../../mappings/easemob.js';
import { tencentMappings } from '../../mappings/tencent.js';
import { resolveCode } from '../../src/index.js';
import { conformance } from '../../scripts/sdk/conformance.js';
import { loadSdkCodes, type SdkCodes } from '../../scripts/sdk/load.js';
import { SDK_PACKAGES, type SdkPackage } from '../../scripts/sdk/packages.js';
import { sdkMarkdownTable } from '../../scripts/sdk/table.js';
import { DELIBERATELY_UNMAPPED } from '../../scripts/sdk/unmapped.js';

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  devDependencies: Record<string, string>;
};

const loaded = new Map<string, SdkCodes>(SDK_PACKAGES.map((sdk) => [sdk.name, loadSdkCodes(sdk)]));
const codesOf = (name: string): SdkCodes => loaded.get(name)!;
const byName = (name: string): SdkPackage => SDK_PACKAGES.find((sdk) => sdk.name === name)!;

/** A few constants each package must define with these numbers: proof that the right table was read. */
const LANDMARKS: Record<string, ReadonlyArray<readonly [string, number]>> = {
  '@tencentcloud/chat': [['USER_NOT_LOGGED_IN', 2024], ['REPEAT_LOGIN', 2025], ['NETWORK_TIMEOUT', 2801], ['SDK_IS_NOT_READY', 2999], ['LOGGING_IN', 3000], ['HELLO_ANSWER_KICKED_OUT', 1002]],
  'tim-js-sdk': [['USER_NOT_LOGGED_IN', 2024], ['MESSAGE_SEND_FAIL', 2100], ['CANNOT_JOIN_WORK', 2601], ['KICKED_OUT_REST_API', 3006]],
  'tim-wx-sdk': [['USER_NOT_LOGGED_IN', 2024], ['MESSAGE_SEND_FAIL', 2100], ['CANNOT_JOIN_WORK', 2601], ['KICKED_OUT_REST_API', 3006]],
  'easemob-websdk': [['REQUEST_UNKNOWN', -2], ['WEBIM_CONNCTION_AJAX_ERROR', 17], ['SERVER_GET_DNSLIST_FAILED', 304], ['USER_LOGIN_TOO_MANY_DEVICES', 214], ['MESSAGE_STREAM_TIMEOUT', 514]],
  'agora-chat': [['REQUEST_UNKNOWN', -2], ['WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE', 206], ['CONVERSATION_NOT_EXIST', 1400]],
};

describe.each(SDK_PACKAGES.map((sdk) => [sdk.name, sdk] as const))('%s', (name, sdk) => {
  const codes = codesOf(name);

  it('is the version package.json pins', () => {
    expect(codes.version).toBe(manifest.devDependencies[name]);
  });

  it('yields a whole code table, landmarks included', () => {
    expect(codes.codes.size).toBeGreaterThan(80);
    for (const [constant, code] of LANDMARKS[name]!) expect(codes.codes.get(code), constant).toContain(constant);
  });

  it('has every code mapped on its platform, or deliberately unmapped with a reason', () => {
    const result = conformance(sdk, codes);
    expect(result.missing).toEqual([]);
    expect(result.mapped.length + result.unmapped.length).toBe(codes.codes.size);
  });

  it('lists as deliberately unmapped nothing that is mapped', () => {
    expect(conformance(sdk, codes).listedButMapped).toEqual([]);
  });
});

describe('the deliberately unmapped lists', () => {
  it('name only codes an installed package of the vendor defines', () => {
    for (const [vendor, listed] of Object.entries(DELIBERATELY_UNMAPPED)) {
      const defined = new Set(SDK_PACKAGES.filter((sdk) => sdk.adapter.vendor === vendor).flatMap((sdk) => [...codesOf(sdk.name).codes.keys()]));
      for (const code of Object.keys(listed ?? {}).map(Number)) expect(defined.has(code), `${vendor} ${code}`).toBe(true);
    }
  });

  it('give the constant name the SDK uses for each code', () => {
    for (const sdk of SDK_PACKAGES) {
      for (const [code, why] of Object.entries(DELIBERATELY_UNMAPPED[sdk.adapter.vendor] ?? {})) {
        const names = codesOf(sdk.name).codes.get(Number(code));
        if (names !== undefined) expect(names.some((constant) => why.startsWith(`${constant}:`)), `${sdk.name} ${code}`).toBe(true);
      }
    }
  });
});

describe('the web tables', () => {
  it('Tencent web: every code is one an installed web SDK defines (nothing stale, nothing invented)', () => {
    const defined = new Set(['@tencentcloud/chat', 'tim-js-sdk', 'tim-wx-sdk'].flatMap((name) => [...codesOf(name).codes.keys()]));
    const web = Object.keys(tencentMappings.platforms.web ?? {}).map(Number);
    expect(web.filter((code) => !defined.has(code))).toEqual([]);
    expect([...defined].filter((code) => !Object.hasOwn(tencentMappings.platforms.web ?? {}, code) && !Object.hasOwn(tencentMappings.codes, code))).toEqual([]);
  });

  it('Easemob web: exactly the statusCode members the seed lacks and that are errors', () => {
    const sdk = codesOf('easemob-websdk');
    const web = Object.keys(easemobMappings.platforms.web ?? {}).map(Number);
    expect(web.filter((code) => !sdk.codes.has(code))).toEqual([]);
    // 0 is both in the seed (REQUEST_SUCCESS) and on the web table (WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR).
    expect(web.filter((code) => code !== 0 && Object.hasOwn(easemobMappings.codes, code))).toEqual([]);
    expect(sdk.codes.get(0)).toEqual(expect.arrayContaining(['REQUEST_SUCCESS', 'WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR']));
  });

  it('maps the SDK-only codes from the web table, not from an inferred range', () => {
    for (const code of [304, 513, 514, 608, 1303, 1400]) expect(resolveCode(easemobMappings, code, 'web')?.inferred, String(code)).toBe(false);
  });
});

describe('agora-chat and easemob-websdk', () => {
  it('share their numbering: every Agora code has the name Easemob gives it (so Agora reuses the tables)', () => {
    const easemob = codesOf('easemob-websdk').codes;
    for (const [code, names] of codesOf('agora-chat').codes) expect(easemob.get(code), String(code)).toEqual(names);
  });

  it('differ only by the codes Easemob added later', () => {
    const agora = codesOf('agora-chat').codes;
    const extra = [...codesOf('easemob-websdk').codes.keys()].filter((code) => !agora.has(code));
    expect(extra.sort((a, b) => a - b)).toEqual([214, 220, 407, 408, 409, 410, 411, 513, 514]);
    expect(byName('agora-chat').adapter.mappings).toBe(byName('easemob-websdk').adapter.mappings);
  });
});

describe('the docs table of SDK packages (docs/platforms.md)', () => {
  it('gives the numbers this extraction gives', () => {
    expect(readGenerated('sdk-packages')).toBe(sdkMarkdownTable());
  });
});

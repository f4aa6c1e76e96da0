/**
 * The stack policy (src/stack.ts): every public entry's IMError has a stack that starts at the caller — the entry's
 * own frame, then this file — with no other frame of im-errors, three app frames by default, `setStackFrames('all')`
 * for the whole app stack, and the app's `Error.stackTraceLimit` untouched.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { normalize as normalizeTencent, tencent } from '../../adapters/tencent/index.js';
import { normalize as normalizeAll } from '../../src/all.js';
import { DEFAULT_STACK_FRAMES, setStackFrames } from '../../src/stack.js';
import { DEFAULT_RETRY_POLICY, createIMError, createNormalizer, fromEntry, fromJSON, withRetry, wrap, wrapClient, type IMError } from '../../src/index.js';
import { tencentSpec } from '../../adapters/tencent/spec.js';

const THIS_FILE = 'test/src/stack.test.ts';

/** The `at …` lines of a stack. */
const framesOf = (error: IMError): string[] =>
  (error.stack ?? '')
    .split('\n')
    .slice(1)
    .map((line) => line.trim());

/** True for a frame in im-errors' own source (not this test). */
const isLibrary = (frame: string): boolean => /\/(src|adapters|mappings)\//.test(frame) && !frame.includes(THIS_FILE);

/** Node's own frames (the microtask runner an awaited call resumes in). */
const isNode = (frame: string): boolean => frame.includes('node:');

/** The frames after the entry's own (`imErrorsEntry`, the one frame of im-errors a synchronous entry shows). */
function appFrames(error: IMError): string[] {
  const frames = framesOf(error).filter((frame) => !isNode(frame));
  return frames[0]?.includes('imErrorsEntry') === true ? frames.slice(1) : frames;
}

function expectStartsHere(error: IMError): void {
  const frames = appFrames(error);
  expect(frames[0], error.stack).toContain(THIS_FILE);
  expect(frames.filter(isLibrary), error.stack).toEqual([]);
}

const RAW = { code: 70001, message: 'UserSig expired' };

afterEach(() => {
  setStackFrames(DEFAULT_STACK_FRAMES);
});

describe('the stack of an IMError', () => {
  const entries: ReadonlyArray<readonly [string, () => IMError]> = [
    ["normalize of 'im-errors/tencent'", () => normalizeTencent(RAW)],
    ['tencent.normalize', () => tencent.normalize(RAW)],
    ["normalize of 'im-errors/all'", () => normalizeAll(RAW)],
    ['createNormalizer(...)', () => createNormalizer({ adapters: [tencentSpec] })(RAW)],
    ['tencent.normalizeEvent', () => tencent.normalizeEvent('kickedOut', { data: { type: 'multipleAccount' } })!],
    ['createIMError', () => createIMError({ kind: 'auth', reason: 'token-expired', vendor: 'tencent', retryable: false, recovery: 'refresh-credentials', cause: RAW })],
    ['fromEntry', () => fromEntry(['auth', 'token-expired', false, 'refresh-credentials'], { vendor: 'tencent', cause: RAW })],
    ['IMError.fromJSON', () => fromJSON(tencent.normalize(RAW).toJSON())!],
  ];

  it.each(entries)('starts at the caller of %s, with no internal frame of im-errors', (_name, make) => {
    expectStartsHere(make());
  });

  it('shows the entry, then three app frames by default', () => {
    const frames = framesOf(tencent.normalize(RAW));
    expect(frames[0]).toMatch(/^at (Object\.)?imErrorsEntry /);
    expect(frames).toHaveLength(1 + DEFAULT_STACK_FRAMES);
  });

  it("holds the whole app stack (up to the app's limit) with setStackFrames('all'), and no frames under a limit of 0", () => {
    const limit = Error.stackTraceLimit;
    setStackFrames('all');
    expect(framesOf(tencent.normalize(RAW))).toHaveLength(limit);
    setStackFrames(1);
    expect(appFrames(tencent.normalize(RAW))).toHaveLength(1);
    Error.stackTraceLimit = 0;
    try {
      expect(framesOf(tencent.normalize(RAW))).toEqual([]);
    } finally {
      Error.stackTraceLimit = limit;
    }
  });

  it("never leaves the app's Error.stackTraceLimit changed, and refuses a count that is no frame count", () => {
    const limit = Error.stackTraceLimit;
    tencent.normalize(RAW);
    normalizeAll(new Error('x'));
    expect(Error.stackTraceLimit).toBe(limit);
    expect(() => setStackFrames(-1)).toThrow(TypeError);
    expect(() => setStackFrames(1.5)).toThrow(TypeError);
    expect(setStackFrames(5)).toBe(DEFAULT_STACK_FRAMES);
  });

  it("keeps the raw error's own stack reachable through cause", () => {
    const raw = new TypeError('socket closed');
    const error = tencent.normalize(raw);
    expect(error.cause).toBe(raw);
    expect((error.cause as Error).stack).toBe(raw.stack);
  });

  it('gives the same error back for an IMError, its stack unchanged', () => {
    const error = tencent.normalize(RAW);
    const stack = error.stack;
    expect(normalizeAll(error)).toBe(error);
    expect(error.stack).toBe(stack);
  });
});

describe('the stack of an IMError from the retry entries', () => {
  const once = { ...DEFAULT_RETRY_POLICY, maxAttempts: 1 };
  const failing = async (): Promise<never> => {
    await Promise.resolve();
    throw { ...RAW };
  };

  async function rejection(call: () => Promise<unknown>): Promise<IMError> {
    try {
      await call();
    } catch (error) {
      return error as IMError;
    }
    throw new Error('expected a rejection');
  }

  it('starts at the caller that awaited withRetry', async () => {
    expectStartsHere(await rejection(() => withRetry(failing, { normalizer: tencent, policy: once })));
  });

  it('starts at the caller of withRetry when the operation throws at once', async () => {
    const throwing = (): never => {
      throw { ...RAW };
    };
    expectStartsHere(await rejection(() => withRetry(throwing, { normalizer: tencent, policy: once })));
  });

  it('starts at the caller that awaited a wrapped function or a wrapped client method', async () => {
    const wrapped = wrap(failing, { normalizer: tencent, policy: once });
    expectStartsHere(await rejection(() => wrapped()));
    const chat = wrapClient({ sendMessage: failing }, { normalizer: tencent });
    expectStartsHere(await rejection(() => chat.sendMessage()));
  });
});

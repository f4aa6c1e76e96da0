/** The Tencent adapter: native, web SDK, EVENT.ERROR and REST shapes; platform-dependent codes. */
import { describe, expect, it } from 'vitest';
import { tencent } from '../../adapters/tencent/index.js';

describe('tencent adapter', () => {
  it('reads web SDK rejections {code, message} as web', () => {
    const raw = Object.assign(new Error(' | sendMessage | '), { code: 70001 });
    const error = tencent.normalize(raw);
    expect(error).toMatchObject({
      kind: 'auth',
      reason: 'token-expired',
      retryable: false,
      recovery: 'refresh-credentials',
      vendor: 'tencent',
      platform: 'web',
      code: 70001,
    });
    expect(error.cause).toBe(raw);
  });

  it('reads native callbacks {code, desc} as native', () => {
    expect(tencent.normalize({ code: 6014, desc: 'not logged in' })).toMatchObject({
      kind: 'auth',
      reason: 'not-logged-in',
      platform: 'native',
      vendorMessage: 'not logged in',
    });
  });

  it('reads EVENT.ERROR payloads {name: "error", data: {code, message}}', () => {
    expect(tencent.normalize({ name: 'error', data: { code: 9506, message: 'too frequent' } })).toMatchObject({
      kind: 'rate-limit',
      reason: 'too-many-requests',
      retryable: true,
      retryAfterMs: 200,
      code: 9506,
    });
  });

  it('reads REST answers {ActionStatus, ErrorCode, ErrorInfo} as server', () => {
    expect(tencent.normalize({ ActionStatus: 'FAIL', ErrorCode: 10010, ErrorInfo: 'group not found' })).toMatchObject({
      kind: 'group',
      reason: 'not-found',
      platform: 'server',
      code: 10010,
    });
  });

  it('reads 1002 by platform: a kick on the web SDK, an invalid parameter on the server', () => {
    expect(tencent.normalize(1002)).toMatchObject({ kind: 'auth', reason: 'kicked-other-device', platform: 'web' });
    expect(tencent.normalize(1002, { platform: 'server' })).toMatchObject({ kind: 'validation', reason: 'invalid', platform: 'server' });
    expect(tencent.normalize({ code: 1002, desc: 'invalid parameter' })).toMatchObject({ kind: 'validation', platform: 'native' });
    expect(tencent.normalize({ code: 1002, desc: 'x' }, { platform: 'web' })).toMatchObject({ kind: 'auth', platform: 'web' });
  });

  it('finds the Tencent error in a cause chain and keeps the outer error as cause', () => {
    const raw = new Error('login failed', { cause: { code: 70001, desc: 'UserSig expired' } });
    const error = tencent.normalize(raw);
    expect(error).toMatchObject({ kind: 'auth', reason: 'token-expired', code: 70001 });
    expect(error.cause).toBe(raw);
  });

  it('keeps a digit-string code as given', () => {
    expect(tencent.normalize('70001')).toMatchObject({ code: '70001', reason: 'token-expired' });
  });

  it.each([
    [6208, 'auth', 'kicked-other-device'],
    [7501, 'auth', 'login-in-progress'],
    [9508, 'network', 'offline'],
    [-302, 'rate-limit', 'too-many-connections'],
    [70050, 'rate-limit', 'too-many-logins'],
    [10007, 'group', 'no-permission'],
    [10017, 'message', 'sender-muted'],
    [20007, 'message', 'blocked-by-receiver'],
    [80001, 'message', 'content-rejected'],
    [8001, 'message', 'too-large'],
    [10037, 'quota', 'plan-upgrade-required'],
    [2801, 'network', 'timeout'],
  ] as const)('%i is %s/%s', (code, kind, reason) => {
    expect(tencent.normalize(code)).toMatchObject({ kind, reason });
  });

  it('documents the callback range; keeps an undocumented group-block code as Tencent\'s without guessing a kind', () => {
    expect(tencent.normalize(120500)).toMatchObject({ kind: 'message', reason: 'rejected-by-callback', inferred: false });
    // The group block's documented codes disagree on kind (group, server, validation, auth, quota…).
    expect(tencent.normalize(10999)).toMatchObject({ kind: 'unknown', reason: 'unmapped-code', vendor: 'tencent', code: 10999, inferred: true });
    expect(tencent.normalize(5)).toMatchObject({ kind: 'unknown', reason: 'unmapped-code', code: 5 });
  });

  it('takes the documented UserSig wait as retryAfterMs', () => {
    expect(tencent.normalize(70050).retryAfterMs).toBe(60000);
  });
});

describe('tencent adapter: codeless SDK errors known by their text', () => {
  it('reads the parameter check `Params validate failed.` as validation / invalid, also when detecting', async () => {
    const { normalize } = await import('../../src/all.js');
    const raw = new Error('Params validate failed.');
    expect(tencent.normalize(raw)).toMatchObject({ kind: 'validation', reason: 'invalid', recovery: 'fix-input', vendor: 'tencent', code: undefined });
    expect(normalize(raw)).toMatchObject({ kind: 'validation', reason: 'invalid', vendor: 'tencent' });
    expect(tencent.normalize(raw).chain).toEqual([{ code: undefined, message: 'Params validate failed.' }]);
  });

  it('matches the whole text of a thrown Error only: other texts, plain objects and coded errors keep their reading', () => {
    expect(tencent.normalize(new Error('Params validate failed. (userID)'))).toMatchObject({ kind: 'client', reason: 'exception' });
    expect(tencent.normalize(new Error('boom'))).toMatchObject({ kind: 'client', reason: 'exception' });
    expect(tencent.normalize({ message: 'Params validate failed.' })).toMatchObject({ kind: 'unknown', reason: 'unrecognized' });
    expect(tencent.normalize(Object.assign(new Error('Params validate failed.'), { code: 2024 }))).toMatchObject({ reason: 'not-logged-in' });
  });
});

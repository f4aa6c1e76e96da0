/** The Easemob adapter: shapes the SDK really builds, wrapped errors, HTTP statuses, platforms. */
import { describe, expect, it } from 'vitest';
import { easemob } from '../../adapters/easemob/index.js';

const pick = (raw: unknown, platform?: 'web' | 'android') => {
  const error = easemob.normalize(raw, platform === undefined ? undefined : { platform });
  return { kind: error.kind, reason: error.reason, retryable: error.retryable, code: error.code, chain: error.chain.map((link) => link.code) };
};

describe('easemob adapter', () => {
  it('reads {type, message, data}', () => {
    const raw = { type: 206, message: 'logged in on another device', data: '' };
    const error = easemob.normalize(raw);
    expect(error).toMatchObject({ kind: 'auth', reason: 'kicked-other-device', vendor: 'easemob', platform: 'web', code: 206, recovery: 'relogin' });
    expect(error.vendorMessage).toBe('logged in on another device');
    expect(error.cause).toBe(raw);
  });

  it('reads send failures, whose text is in `reason`', () => {
    const error = easemob.normalize({ type: 507, reason: 'you were muted' });
    expect(error).toMatchObject({ kind: 'message', reason: 'sender-muted', vendorMessage: 'you were muted' });
  });

  it('reports the wrapped error of 304 (DNS) over the generic AJAX error 17 it wraps', () => {
    expect(pick({ type: 304, message: 'get DNS failed', data: { type: 17, message: 'ajax error' } })).toEqual({
      kind: 'network',
      reason: 'request-failed',
      retryable: true,
      code: 17,
      chain: [304, 17],
    });
  });

  it('follows 304 → 304 → -1 down to the timeout', () => {
    const raw = { type: 304, message: 'get DNS failed', data: { type: 304, message: 'x', data: { type: -1, message: 'timeout', errorType: 'timeout_error' } } };
    expect(pick(raw)).toMatchObject({ kind: 'network', reason: 'timeout', code: -1, chain: [304, 304, -1] });
  });

  it('reads a login failure (1) over the unspecified -2, but lets the HTTP status under -2 decide', () => {
    const withStatus = (httpCode: number) => ({
      type: 1,
      message: 'login failed',
      data: { type: -2, message: 'Request Unknow Error', extraInfo: { httpCode, url: 'https://a1.easemob.com/token' } },
    });
    expect(pick(withStatus(0))).toMatchObject({ kind: 'network', reason: 'request-failed', retryable: true, code: -2, chain: [1, -2] });
    expect(pick(withStatus(503))).toMatchObject({ kind: 'server', reason: 'busy', retryable: true, code: -2 });
    expect(pick(withStatus(401))).toMatchObject({ kind: 'auth', reason: 'invalid-credentials', retryable: false, code: -2 });
    expect(pick({ type: 1, message: 'login failed', data: { type: -2, message: 'x' } })).toMatchObject({
      kind: 'auth',
      reason: 'invalid-credentials',
      code: 1,
    });
  });

  it('reads HTTP statuses from xhr.status and the mini-program statusCode', () => {
    expect(pick({ type: -2, message: 'Request Unknow Error', errorType: 'onerror', xhr: { status: 0 } })).toMatchObject({
      kind: 'network',
      reason: 'request-failed',
    });
    expect(pick({ type: 17, message: '{}', statusCode: 429, data: { error: 'too_many', error_description: 'slow down' } })).toMatchObject({
      kind: 'rate-limit',
      reason: 'too-many-requests',
    });
    expect(easemob.normalize({ type: 17, message: '{}', statusCode: 429 })).toMatchObject({ httpStatus: 429 });
    expect(easemob.normalize({ type: 17, message: '{}', statusCode: 429 }).toJSON()).toMatchObject({ httpStatus: 429 });
    expect(easemob.normalize({ type: 508, message: 'blocked' }).httpStatus).toBeUndefined();
  });

  it('reads 502 by platform: anti-spam on web, send rate on Android', () => {
    expect(pick({ type: 502 })).toMatchObject({ kind: 'message', reason: 'content-rejected', retryable: false });
    expect(pick({ type: 502 }, 'android')).toMatchObject({ kind: 'rate-limit', reason: 'too-many-messages', retryable: true });
  });

  it.each([
    [-1, 'network', 'timeout'],
    [-4, 'client', 'cancelled'],
    [16, 'network', 'disconnected'],
    [27, 'auth', 'app-key-invalid'],
    [50, 'quota', 'limit-reached'],
    [207, 'auth', 'account-removed'],
    [221, 'message', 'not-friend'],
    [500, 'server', 'busy'],
    [501, 'message', 'content-rejected'],
    [504, 'message', 'recall-expired'],
    [601, 'group', 'already-member'],
    [605, 'group', 'not-found'],
    [704, 'group', 'full'],
    [800, 'client', 'storage'],
  ] as const)('%i is %s/%s', (code, kind, reason) => {
    expect(pick({ type: code, message: '' })).toMatchObject({ kind, reason });
  });

  it('stops at cycles in data', () => {
    const raw: Record<string, unknown> = { type: 304, message: 'loop' };
    raw.data = raw;
    expect(pick(raw).chain).toEqual([304]);
  });

  it('marks codes inferred from the numbering', () => {
    expect(easemob.normalize({ type: 799 })).toMatchObject({ kind: 'group', reason: 'other', inferred: true });
    // 6xx: the documented group codes disagree on kind (permission, client, quota): the code is kept, no kind guessed.
    expect(easemob.normalize({ type: 699 })).toMatchObject({ kind: 'unknown', reason: 'unmapped-code', code: 699, inferred: true });
  });
});

describe('easemob adapter: errors known by their text', () => {
  it('reads the synchronous parameter checks (a plain Error naming the parameter) as validation / invalid', () => {
    for (const message of ['Invalid parameter: "groupId"', 'Invalid parameter', '"Invalid parameter": "to"', 'The parameter "pageSize" should be a positive number', 'illegal params']) {
      expect(easemob.normalize(new Error(message)), message).toMatchObject({ kind: 'validation', reason: 'invalid', vendor: 'easemob', code: undefined });
    }
    expect(easemob.normalize(new Error('illegal params!'))).toMatchObject({ kind: 'client', reason: 'exception' });
  });

  it('tells a second login apart from a failed one, though both are type 1', () => {
    expect(pick({ type: 1, message: 'Currently logging in, please wait.' })).toMatchObject({ kind: 'auth', reason: 'login-in-progress', retryable: true });
    expect(easemob.normalize({ type: 1, message: 'the accessToken is illegal' })).toMatchObject({ reason: 'missing-credentials', recovery: 'fix-input' });
    expect(pick({ type: 1, message: 'login failed' })).toMatchObject({ kind: 'auth', reason: 'invalid-credentials' });
    // The texts of code 1 never apply to another code, nor to a codeless Error.
    expect(pick({ type: 2, message: 'Currently logging in, please wait.' })).toMatchObject({ reason: 'invalid-credentials', code: 2 });
    expect(easemob.normalize(new Error('Currently logging in, please wait.'))).toMatchObject({ kind: 'client', reason: 'exception' });
  });

  it('reads 0 on a rejection as the missing user it is (open() without `user`), and as success on Android', () => {
    expect(easemob.normalize({ type: 0, message: 'the user is empty or type is not string' })).toMatchObject({ kind: 'auth', reason: 'missing-credentials' });
    expect(easemob.normalize({ type: 0 }, { platform: 'android' })).toMatchObject({ kind: 'unknown', reason: 'not-an-error' });
  });
});

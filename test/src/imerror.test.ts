import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createIMError, isIMError, type IMError } from '../../src/index.js';

const raw = { code: 70001, message: 'UserSig expired', userSig: 'eJw1jF0LgjAYhf9K7Fqk6aT-secret' };

function make(): IMError<'auth'> {
  return createIMError({
    kind: 'auth',
    reason: 'token-expired',
    vendor: 'tencent',
    platform: 'web',
    code: 70001,
    vendorMessage: 'UserSig expired',
    retryable: false,
    recovery: 'refresh-credentials',
    cause: raw,
  });
}

describe('IMError', () => {
  it('is a real Error named IMError with a stack and a developer message naming vendor and code', () => {
    const error = make();
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('IMError');
    expect(error.stack).toContain('IMError: tencent code 70001 (web) -> auth/token-expired: UserSig expired');
    expect(error.message).toBe('tencent code 70001 (web) -> auth/token-expired: UserSig expired');
  });

  it('keeps cause by identity, non-enumerable like a native cause', () => {
    const error = make();
    expect(error.cause).toBe(raw);
    expect(Object.keys(error)).not.toContain('cause');
  });

  it('serialises to plain JSON without cause, stack or secrets', () => {
    const error = make();
    const json = error.toJSON();
    expect(json).toEqual({
      name: 'IMError',
      kind: 'auth',
      reason: 'token-expired',
      message: error.message,
      vendor: 'tencent',
      platform: 'web',
      code: 70001,
      vendorMessage: 'UserSig expired',
      retryable: false,
      recovery: 'refresh-credentials',
      inferred: false,
      chain: [],
    });
    expect(JSON.stringify(error)).not.toContain('secret');
  });

  it('does not print the raw cause when logged in Node', () => {
    const printed = inspect(make());
    expect(printed).toContain('auth/token-expired');
    expect(printed).not.toContain('secret');
  });

  it('narrows on kind', () => {
    const error: IMError = make();
    if (error.kind === 'auth') {
      const reason: 'token-expired' | 'kicked-other-device' | string = error.reason;
      expect(reason).toBe('token-expired');
    }
  });

  it('isIMError rejects look-alikes and never throws', () => {
    expect(isIMError(make())).toBe(true);
    expect(isIMError(new Error('x'))).toBe(false);
    expect(isIMError({ kind: 'auth', reason: 'token-expired', retryable: false })).toBe(false);
    const forged = { [Symbol.for('im-errors.IMError')]: true, kind: 'auth', reason: 'nonsense', retryable: false };
    expect(isIMError(forged)).toBe(false);
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(isIMError(revoked.proxy)).toBe(false);
  });
});

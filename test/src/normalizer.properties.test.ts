/** Laws of normalize that hold over every input. */
import { inspect } from 'node:util';
import { fc, it } from '@fast-check/vitest';
import { describe, expect, vi } from 'vitest';
import { normalize } from '../../src/all.js';
import { KINDS, REASONS, isIMError, type IMError } from '../../src/index.js';
import { MAX_TEXT } from '../../src/safe.js';
import { anyInput } from '../support/hostile.js';

const runs = { numRuns: 2000 };
const vendorOption = fc.constantFrom(undefined, 'tencent', 'easemob', 'jmessage' as const);

function wellFormed(error: IMError): void {
  expect(error).toBeInstanceOf(Error);
  expect(error.name).toBe('IMError');
  expect(KINDS).toContain(error.kind);
  expect(REASONS[error.kind] as readonly string[]).toContain(error.reason);
  expect(typeof error.retryable).toBe('boolean');
  expect(isIMError(error)).toBe(true);
}

describe('normalize is total', () => {
  it.prop([anyInput, vendorOption], runs)('returns a well-formed IMError for every input and never throws', ({ value }, vendor) => {
    wellFormed(normalize(value, vendor === undefined ? undefined : { vendor }));
  });

  it.prop([fc.anything()], runs)('keeps the raw value as cause, by identity, without changing it', (raw) => {
    const before = fc.stringify(raw);
    const error = normalize(raw);
    expect(Object.is(error.cause, raw)).toBe(true);
    expect(fc.stringify(raw)).toBe(before);
  });

  it.prop([anyInput], runs)('bounds every message', ({ value }) => {
    const error = normalize(value);
    expect(error.vendorMessage.length).toBeLessThanOrEqual(MAX_TEXT + 1);
    expect(error.message.length).toBeLessThanOrEqual(MAX_TEXT + 201);
    for (const link of error.chain) expect(link.message.length).toBeLessThanOrEqual(MAX_TEXT + 1);
  });

  it.prop([anyInput, vendorOption], runs)('is idempotent: normalizing an IMError returns it', ({ value }, vendor) => {
    const error = normalize(value);
    expect(normalize(error)).toBe(error);
    expect(normalize(error, vendor === undefined ? undefined : { vendor })).toBe(error);
  });

  it.prop([anyInput], runs)('gives JSON that survives a round trip and never contains cause', ({ value }) => {
    const json = normalize(value).toJSON();
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(json).not.toHaveProperty('cause');
    expect(json).not.toHaveProperty('stack');
  });
});

describe('no secret leaks', () => {
  const secret = fc.stringMatching(/^[A-Za-z0-9_-]{12,64}$/);
  const label = fc.constantFrom(
    'userSig',
    'UserSig',
    'usersig',
    'token',
    'accessToken',
    'access_token',
    'password',
    'pwd',
    'signature',
    'sig',
    'appSecret',
    'secret',
    'Authorization',
  );
  const longSecret = fc.stringMatching(/^[A-Za-z0-9+/_*-]{32,80}$/);

  /** A raw error carrying a secret somewhere: in its text (labelled or long), in extra fields, nested, in a cause. */
  const carrier = (s: string, l: string, long: string): unknown[] => [
    { code: 70001, message: `login failed ${l}=${s}` },
    { code: 70001, desc: `{"${l}":"${s}","user":"alice"}` },
    { code: 898010, description: `${l}: ${s}` },
    { type: 1, message: 'token request failed', data: { type: -2, message: `${l}=${s}&x=1` } },
    { code: 70001, message: 'expired', userSig: s, token: s, password: s, [l]: s },
    { code: 6206, message: `sig ${long}` },
    { type: 206, message: long },
    new Error(`request failed Authorization: Bearer ${s}`),
    new Error('wrapped', { cause: { code: 70001, message: `${l}=${s}` } }),
    `${l}=${s}`,
    { name: 'error', data: { code: 2801, message: `timeout ${l}=${s}` } },
    { ErrorCode: 70003, ErrorInfo: `invalid usersig ${long}`, ActionStatus: 'FAIL' },
    { error: { code: 899008, message: `Basic authentication failed. ${l}=${s}` } },
  ];

  it.prop([secret, label, longSecret, fc.nat()], { numRuns: 1000 })(
    'keeps secrets out of message, vendorMessage, chain, toJSON, stack and inspect',
    (s, l, long, pick) => {
      const carriers = carrier(s, l, long);
      const error = normalize(carriers[pick % carriers.length]);
      const shown = [error.message, error.vendorMessage, JSON.stringify(error.toJSON()), error.stack ?? '', inspect(error, { depth: 5 })];
      for (const text of shown) {
        expect(text).not.toContain(s);
        expect(text).not.toContain(long);
      }
    },
  );
});

describe('isIMError', () => {
  it.prop([anyInput], runs)('never throws and is false for anything that is not an IMError', ({ value }) => {
    expect(isIMError(value)).toBe(false);
  });

  it('recognises IMErrors made by another copy of the package', async () => {
    vi.resetModules();
    const other = await import('../../src/all.js');
    const otherCore = await import('../../src/index.js');
    expect(other.normalize).not.toBe(normalize);
    fc.assert(
      fc.property(anyInput, ({ value }) => {
        const foreign = other.normalize(value);
        const own = normalize(value);
        expect(Object.getPrototypeOf(foreign)).not.toBe(Object.getPrototypeOf(own));
        expect(isIMError(foreign)).toBe(true);
        expect(otherCore.isIMError(own)).toBe(true);
        expect(normalize(foreign)).toBe(foreign);
      }),
      { numRuns: 300 },
    );
  });
});

/** No secret across a structured clone; a rebuild only from `toJSON()` output, checked and redacted again. */
import { describe, expect, it, vi } from 'vitest';
import { normalize } from '../../src/all.js';
import { createIMError, fromJSON, IMError, isIMError } from '../../src/index.js';

const SECRET = 'eJw1jF0LgjAYhf9K7Fqk6aT-s3cr3t';
const raw = { code: 70001, message: `UserSig expired, userSig=${SECRET}`, userSig: SECRET };

function make(): IMError<'auth'> {
  return createIMError({
    kind: 'auth',
    reason: 'token-expired',
    vendor: 'tencent',
    platform: 'web',
    code: 70001,
    vendorMessage: raw.message,
    retryable: false,
    recovery: 'refresh-credentials',
    chain: [{ code: 70001, message: raw.message }],
    cause: raw,
  });
}

describe('cause', () => {
  it('is reachable in-process by identity, but is no own property', () => {
    const error = make();
    expect(error.cause).toBe(raw);
    expect(Object.getOwnPropertyDescriptor(error, 'cause')).toBeUndefined();
    expect(Reflect.ownKeys(error)).not.toContain('cause');
  });

  it('reads through a view whose prototype is the error', () => {
    const error = make();
    expect((Object.create(error) as IMError).cause).toBe(raw);
  });
});

describe('structuredClone of an IMError', () => {
  it('carries no raw cause and no secret', () => {
    const clone = structuredClone(make()) as unknown as Record<string, unknown>;
    expect(clone).toBeInstanceOf(Error);
    expect(clone.cause).toBeUndefined();
    expect(isIMError(clone)).toBe(false);
    const everything = JSON.stringify({ ...clone, message: clone.message, stack: clone.stack });
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain(SECRET.slice(0, 8));
  });

  it('normalizes as the plain Error it is, without the secret', () => {
    const again = normalize(structuredClone(make()));
    expect(isIMError(again)).toBe(true);
    const plain = normalize(new Error('x'));
    expect([again.kind, again.reason]).toEqual([plain.kind, plain.reason]);
    expect(JSON.stringify(again)).not.toContain(SECRET.slice(0, 8));
    expect(again.message).not.toContain(SECRET.slice(0, 8));
  });
});

describe('IMError.fromJSON / normalize(json)', () => {
  it('rebuilds an equal IMError whose cause is the JSON', () => {
    const error = make();
    const json = JSON.parse(JSON.stringify(error)) as unknown;
    const copy = IMError.fromJSON(json);
    expect(copy).toBeDefined();
    expect(isIMError(copy)).toBe(true);
    expect(copy?.toJSON()).toEqual(error.toJSON());
    expect(copy?.cause).toBe(json);
    expect(normalize(json).toJSON()).toEqual(error.toJSON());
  });

  it('re-validates the fields against the taxonomy', () => {
    const json = make().toJSON();
    for (const tampered of [
      { ...json, kind: 'nonsense' },
      { ...json, reason: 'kicked-other-device-not' },
      { ...json, kind: 'network' },
      { ...json, recovery: 'pray' },
      { ...json, vendor: 'acme' },
      { ...json, retryable: 'yes' },
      { ...json, name: 'Error' },
    ]) {
      expect(fromJSON(tampered)).toBeUndefined();
      // normalize reads it like any other value (here, by its Tencent code), never by its claimed fields.
      const read = normalize(tampered);
      expect(read.cause).toBe(tampered);
      expect(JSON.stringify(read)).not.toMatch(/nonsense|kicked-other-device-not|pray|acme/);
    }
    const odd = fromJSON({ ...json, httpStatus: 1e9, retryAfterMs: -5, code: { x: 1 }, platform: 7, chain: 'x' });
    expect(odd).toMatchObject({ httpStatus: undefined, retryAfterMs: undefined, code: undefined, platform: undefined, chain: [] });
  });

  it('redacts again and writes the message anew', () => {
    const json = { ...make().toJSON(), message: `x password=${SECRET}`, vendorMessage: `token: ${SECRET}`, chain: [{ code: 1, message: `sig=${SECRET}` }] };
    const copy = fromJSON(json);
    expect(JSON.stringify(copy)).not.toContain(SECRET.slice(0, 8));
    expect(copy?.message).toBe('tencent code 70001 (web) -> auth/token-expired: token: [redacted]');
  });
});

describe('the brand', () => {
  const fields = { name: 'IMError', kind: 'auth', reason: 'token-expired', retryable: false, recovery: 'sign-in', vendor: 'tencent' };

  it('cannot be forged with the old symbol, look-alike fields or a prototype', () => {
    const forged = { ...fields, [Symbol.for('im-errors.IMError')]: true, vendorMessage: `password=${SECRET}`, message: `password=${SECRET}` };
    expect(isIMError(forged)).toBe(false);
    expect(isIMError(Object.create(make()))).toBe(false);
    const normalized = normalize(forged);
    expect(normalized).not.toBe(forged);
    expect(normalized.cause).toBe(forged);
    expect(JSON.stringify(normalized) + normalized.message).not.toContain(SECRET.slice(0, 8));
  });

  it('is shared by every copy of im-errors in the realm', async () => {
    const error = make();
    vi.resetModules();
    const other = await import('../../src/imerror.js');
    expect(other.isIMError).not.toBe(isIMError);
    expect(other.isIMError(error)).toBe(true);
    const theirs = other.createIMError({ kind: 'unknown', reason: 'unrecognized', vendor: 'unknown', retryable: false, recovery: 'none', cause: 1 });
    expect(isIMError(theirs)).toBe(true);
  });
});

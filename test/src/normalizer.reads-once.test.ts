/** normalize reads each property of a raw value at most once, whatever reads it (adapters, platform checks, fallbacks). */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { normalize } from '../../src/all.js';
import { tencent } from '../../adapters/tencent/index.js';

/** Keys the adapters and platform checks look at, and a few they do not. */
const KEY = fc.constantFrom(
  'code', 'message', 'desc', 'description', 'name', 'type', 'data', 'error', 'errMsg', 'errCode', 'status', 'statusCode',
  'response', 'cause', 'ErrorCode', 'ErrorInfo', 'ActionStatus', 'error_description', 'reason', 'body', 'headers', 'stack', 'x',
);
const LEAF = fc.oneof(
  fc.integer({ min: -5, max: 900_000 }),
  fc.constantFrom('70001', '502', 'timeout', 'ECONNRESET', 'AbortError', 'TypeError', 'Failed to fetch', 'request:fail timeout', 'token=abc'),
  fc.boolean(),
  fc.constant(null),
);

/** A raw value: nested records of those keys, some of them Errors. */
const RAW = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    LEAF,
    fc.tuple(fc.dictionary(KEY, tie('value'), { maxKeys: 6 }), fc.boolean()).map(([fields, asError]) =>
      asError ? Object.assign(new Error(typeof fields.message === 'string' ? fields.message : 'e'), fields) : fields,
    ),
  ),
})).value;

/** `value` and every object under it behind a Proxy that counts each property read, per object and key. */
function counted(value: unknown, counts: Map<string, number>, path = 'raw', seen = new Map<object, object>()): unknown {
  if (value === null || typeof value !== 'object') return value;
  const known = seen.get(value);
  if (known !== undefined) return known;
  const proxy = new Proxy(value, {
    get(target, key, receiver) {
      const name = `${path}.${String(key)}`;
      counts.set(name, (counts.get(name) ?? 0) + 1);
      return counted(Reflect.get(target, key, receiver), counts, name, seen);
    },
  });
  seen.set(value, proxy);
  return proxy;
}

describe('normalize reads each property once', () => {
  it.prop([RAW, fc.constantFrom(undefined, 'tencent' as const, 'easemob' as const, 'jmessage' as const)], { numRuns: 500 })(
    'through detection or a named vendor',
    (raw, vendor) => {
      const counts = new Map<string, number>();
      normalize(counted(raw, counts), vendor === undefined ? undefined : { vendor });
      const twice = [...counts].filter(([, times]) => times > 1);
      expect(twice).toEqual([]);
    },
  );

  it.prop([RAW], { numRuns: 200 })('through one vendor adapter', (raw) => {
    const counts = new Map<string, number>();
    tencent.normalize(counted(raw, counts));
    expect([...counts].filter(([, times]) => times > 1)).toEqual([]);
  });

  it('with counting getters on a plain object', () => {
    const counts = new Map<string, number>();
    const raw = {};
    for (const key of ['code', 'message', 'desc', 'description', 'name', 'type', 'data', 'error', 'errMsg', 'cause', 'status']) {
      Object.defineProperty(raw, key, {
        enumerable: true,
        get: () => {
          counts.set(key, (counts.get(key) ?? 0) + 1);
          return key === 'code' ? 70001 : key === 'message' ? 'UserSig expired' : undefined;
        },
      });
    }
    expect(normalize(raw).reason).toBe('token-expired');
    expect(Math.max(...counts.values())).toBe(1);
  });
});

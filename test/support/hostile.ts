/** Hostile and odd values for totality tests: everything `normalize` must survive. */
import fc from 'fast-check';

const boom = (): never => {
  throw new Error('hostile trap');
};

/** A Proxy whose every trap throws. */
export function throwingProxy(target: object = {}): object {
  return new Proxy(target, {
    get: boom,
    set: boom,
    has: boom,
    deleteProperty: boom,
    ownKeys: boom,
    getOwnPropertyDescriptor: boom,
    defineProperty: boom,
    getPrototypeOf: boom,
    setPrototypeOf: boom,
    isExtensible: boom,
    preventExtensions: boom,
    apply: boom,
    construct: boom,
  });
}

/** A revoked Proxy: every operation on it throws a TypeError. */
export function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** An object whose interesting getters all throw, and whose toString / valueOf throw too. */
export function throwingGetters(): object {
  const value = {};
  for (const key of ['code', 'message', 'desc', 'description', 'type', 'data', 'name', 'cause', 'error', 'errMsg', 'stack']) {
    Object.defineProperty(value, key, { get: boom, enumerable: true });
  }
  Object.defineProperty(value, 'toString', { value: boom });
  Object.defineProperty(value, 'valueOf', { value: boom });
  return value;
}

/** An Error whose cause chain loops back to itself, through a vendor-looking object. */
export function cyclicCause(): Error {
  const error = new Error('outer');
  const middle: Record<string, unknown> = { name: 'Middle', message: 'middle' };
  middle.cause = error;
  (error as { cause?: unknown }).cause = middle;
  return error;
}

/** An Easemob-looking error whose `data` points back to itself. */
export function cyclicData(): object {
  const error: Record<string, unknown> = { type: 304, message: 'loop' };
  error.data = error;
  return error;
}

/** A `cause` chain deeper than normalize follows. */
export function deepCause(depth: number, inner: unknown): Error {
  let current: unknown = inner;
  for (let i = 0; i < depth; i++) current = new Error(`level ${i}`, { cause: current });
  return current as Error;
}

/** A 10 MB string. */
export const hugeString = 'x'.repeat(10 * 1024 * 1024);

/**
 * A generated value, boxed: fast-check itself probes generated values (`cloneMethod in value`), which a revoked
 * Proxy would answer by throwing, so the hostile value travels inside a plain box.
 */
export interface Box {
  readonly value: unknown;
}

const box = (value: unknown): Box => ({ value });

/** A value made fresh for each run (Proxies, cycles), boxed where it is made. */
const made = (make: () => unknown): fc.Arbitrary<Box> => fc.constant(null).map(() => box(make()));

/** Arbitrary values of every kind, plus the hostile ones above and vendor-looking records with odd fields. */
export const anyInput: fc.Arbitrary<Box> = fc.oneof(
  fc
    .anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
    })
    .map(box),
  fc
    .constantFrom<unknown>(
      undefined,
      null,
      Symbol('s'),
      10n ** 30n,
      Number.NaN,
      Infinity,
      -0,
      hugeString,
      Object.freeze({ code: 70001 }),
      () => 1,
    )
    .map(box),
  made(() => Object.create(null)),
  made(() => throwingProxy()),
  made(() => throwingProxy(() => 1)),
  made(() => revokedProxy()),
  made(() => throwingGetters()),
  made(() => cyclicCause()),
  made(() => cyclicData()),
  made(() => deepCause(50, { code: 70001, message: 'deep' })),
  fc
    .record(
      {
        code: fc.oneof(fc.integer(), fc.string(), fc.double(), fc.constant(undefined)),
        type: fc.oneof(fc.integer({ min: -5, max: 1400 }), fc.string()),
        message: fc.oneof(fc.string(), fc.integer(), fc.constant(hugeString)),
        desc: fc.string(),
        description: fc.string(),
        name: fc.string(),
        data: fc.anything(),
      },
      { requiredKeys: [] },
    )
    .map(box),
  fc.integer({ min: -20000, max: 1_000_000 }).map(box),
  fc.integer({ min: -20000, max: 1_000_000 }).map(String).map(box),
);

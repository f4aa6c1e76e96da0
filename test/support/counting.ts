/** A value behind a Proxy that counts each property read, by key: for tests that hold readers to reading once. */
export interface CountedReads {
  /** The Proxy, to hand to the code under test. */
  readonly value: object;
  /** How many times each key was read. */
  readonly reads: ReadonlyMap<PropertyKey, number>;
}

/**
 * `target` behind a Proxy that counts its property reads (its own level only; what a read gives back is not wrapped).
 *
 * @example
 * const { value, reads } = countingReads({ code: 1 });
 * readFields(value);
 * reads.get('code'); // 1
 */
export function countingReads(target: object): CountedReads {
  const reads = new Map<PropertyKey, number>();
  const value = new Proxy(target, {
    get(object, key, receiver) {
      reads.set(key, (reads.get(key) ?? 0) + 1);
      return Reflect.get(object, key, receiver) as unknown;
    },
  });
  return { value, reads };
}

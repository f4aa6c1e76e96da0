/** Seeded pseudo-random numbers: every benchmark run sees the same calls, the same failures and the same jitter. */

/** A source of numbers in [0, 1), like `Math.random`. */
export type Random = () => number;

/** mulberry32: a small 32-bit generator, plenty for simulation; the same seed gives the same sequence. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A number uniform in [low, high). */
export function uniform(random: Random, low: number, high: number): number {
  return low + random() * (high - low);
}

/** A range of numbers, e.g. a latency of 30–70 ms. */
export interface Range {
  readonly min: number;
  readonly max: number;
}

/** A number uniform in `range`. */
export function within(random: Random, range: Range): number {
  return uniform(random, range.min, range.max);
}

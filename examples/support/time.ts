/**
 * Virtual time for the examples: a retry `Clock` whose waits pass at once, and a seeded random source for the
 * jitter, so every run prints the same delays and finishes in milliseconds while reporting the waits a real client
 * would make.
 */
import type { Clock } from '../../src/index.js';

/** A {@link Clock} on virtual time, and how much virtual time has passed. */
export interface VirtualClock {
  readonly clock: Clock;
  /** Virtual milliseconds since the clock was made: the sum of every wait. */
  readonly elapsed: () => number;
}

/**
 * A clock where waiting takes no real time: a timer moves `now` on by its wait and fires on the next microtask.
 * Exact for one caller waiting for one thing at a time, as each example's calls do.
 */
export function virtualClock(): VirtualClock {
  let now = 0;
  return {
    clock: {
      now: () => now,
      setTimer: (callback, ms) => {
        let live = true;
        queueMicrotask(() => {
          if (!live) return;
          now += ms;
          callback();
        });
        return () => {
          live = false;
        };
      },
    },
    elapsed: () => now,
  };
}

/** Numbers in [0, 1) from `seed` (mulberry32): the same seed gives the same jitter on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

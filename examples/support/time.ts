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
 * A clock where waiting takes no real time: when nothing else is left to run (the next macrotask), the earliest
 * timer set fires and `now` jumps to it. Timers race as on a real clock: a call that waits for an attempt and a
 * deadline at once sees the one that comes first.
 */
export function virtualClock(): VirtualClock {
  let now = 0;
  let order = 0;
  let pumping = false;
  const pending = new Set<{ readonly at: number; readonly order: number; readonly callback: () => void }>();
  const pump = (): void => {
    pumping = false;
    let next: { readonly at: number; readonly order: number; readonly callback: () => void } | undefined;
    for (const timer of pending) if (next === undefined || timer.at < next.at || (timer.at === next.at && timer.order < next.order)) next = timer;
    if (next === undefined) return;
    pending.delete(next);
    now = Math.max(now, next.at);
    next.callback();
    schedule();
  };
  const schedule = (): void => {
    if (pumping || pending.size === 0) return;
    pumping = true;
    setTimeout(pump, 0);
  };
  return {
    clock: {
      now: () => now,
      setTimer: (callback, ms) => {
        const timer = { at: now + Math.max(0, ms), order: order++, callback };
        pending.add(timer);
        schedule();
        return () => {
          pending.delete(timer);
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

/** A retry `Clock` on virtual time, for the Promise runner: no test waits for real time. */
import type { Clock } from '../../src/index.js';

/**
 * A clock where waiting takes no real time: a timer moves `now` on by its ms and fires on the next microtask; the
 * wait of every timer set is recorded in `timers`. Exact for one caller that waits for one thing at a time (the
 * retry runner); `elapse` moves time on by hand (an attempt that takes a while).
 */
export function virtualClock(resolution: (ms: number) => number = (ms) => ms): {
  readonly clock: Clock;
  readonly timers: number[];
  readonly elapse: (ms: number) => void;
} {
  let now = 0;
  const timers: number[] = [];
  return {
    clock: {
      now: () => now,
      setTimer: (callback, ms) => {
        let live = true;
        timers.push(ms);
        now += resolution(ms);
        queueMicrotask(() => live && callback());
        return () => {
          live = false;
        };
      },
    },
    timers,
    elapse: (ms) => {
      now += ms;
    },
  };
}

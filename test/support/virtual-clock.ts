/** A retry `Clock` on virtual time, for the Promise runner: no test waits for real time. */
import type { Clock } from '../../src/index.js';

interface Timer {
  readonly at: number;
  readonly order: number;
  readonly ms: number;
  readonly callback: () => void;
}

/**
 * A clock where waiting takes no real time: when nothing else is left to run (a macrotask turn, after every pending
 * promise reaction), the earliest timer set fires and `now` jumps to it. Timers race as on a real clock, so a runner
 * that waits for an attempt and a timeout at once sees the one that would come first; the wait of every timer that
 * fired is recorded in `timers` (cancelled ones, such as a deadline an attempt beat, are not). `elapse` moves time on
 * by hand (an attempt that takes a while).
 */
export function virtualClock(resolution: (ms: number) => number = (ms) => ms): {
  readonly clock: Clock;
  readonly timers: number[];
  readonly elapse: (ms: number) => void;
} {
  let now = 0;
  let order = 0;
  let pumping = false;
  const pending = new Set<Timer>();
  const timers: number[] = [];
  const pump = (): void => {
    pumping = false;
    let next: Timer | undefined;
    for (const timer of pending) if (next === undefined || timer.at < next.at || (timer.at === next.at && timer.order < next.order)) next = timer;
    if (next === undefined) return;
    pending.delete(next);
    now = Math.max(now, next.at);
    timers.push(next.ms);
    next.callback();
    schedule();
  };
  const schedule = (): void => {
    if (pumping || pending.size === 0) return;
    pumping = true;
    setImmediate(pump);
  };
  return {
    clock: {
      now: () => now,
      setTimer: (callback, ms) => {
        const timer: Timer = { at: now + resolution(Math.max(0, ms)), order: order++, ms, callback };
        pending.add(timer);
        schedule();
        return () => {
          pending.delete(timer);
        };
      },
    },
    timers,
    elapse: (ms) => {
      now += ms;
    },
  };
}

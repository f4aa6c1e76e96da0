/**
 * A virtual clock for retry tests: timers fire in time order when the test drives them, `now` jumps to each one.
 * Nothing sleeps: a 30 s backoff takes no real time.
 */
import type { Clock } from '../../../../src/index.js';

interface Timer {
  readonly at: number;
  readonly order: number;
  readonly callback: () => void;
}

export interface VirtualClock {
  readonly clock: Clock;
  /** Virtual ms since the clock was made. */
  now(): number;
  /** Timers set and not yet fired or cancelled. */
  pending(): number;
  /** Moves time forward by `ms`, firing the timers due on the way (and letting promises settle between them). */
  advance(ms: number): Promise<void>;
  /** Fires timers in order until `promise` settles; fails if it can never settle. Returns `promise`. */
  run<T>(promise: Promise<T>): Promise<T>;
  /** A promise that rejects with `error` (or resolves with `value`) `ms` virtual ms from now. */
  after<T>(ms: number, outcome: { readonly error: unknown } | { readonly value: T }): Promise<T>;
}

/** Lets every pending promise reaction run (a real macrotask turn; no time passes on the virtual clock). */
export const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export function virtualClock(): VirtualClock {
  let now = 0;
  let order = 0;
  const timers = new Set<Timer>();
  const next = (): Timer | undefined =>
    [...timers].sort((a, b) => a.at - b.at || a.order - b.order)[0];
  const clock: Clock = {
    now: () => now,
    setTimer: (callback, ms) => {
      const timer = { at: now + Math.max(0, ms), order: order++, callback };
      timers.add(timer);
      return () => void timers.delete(timer);
    },
  };
  const fire = (timer: Timer): void => {
    timers.delete(timer);
    now = Math.max(now, timer.at);
    timer.callback();
  };
  return {
    clock,
    now: () => now,
    pending: () => timers.size,
    async advance(ms) {
      const until = now + ms;
      await flush();
      for (let timer = next(); timer !== undefined && timer.at <= until; timer = next()) {
        fire(timer);
        await flush();
      }
      now = until;
    },
    async run(promise) {
      let settled = false;
      promise.then(
        () => (settled = true),
        () => (settled = true),
      );
      await flush();
      while (!settled) {
        const timer = next();
        if (timer === undefined) throw new Error('the promise can never settle: no timer is pending');
        fire(timer);
        await flush();
      }
      return promise;
    },
    after(ms, outcome) {
      return new Promise((resolve, reject) => {
        clock.setTimer(() => ('error' in outcome ? reject(outcome.error) : resolve(outcome.value)), ms);
      });
    },
  };
}

/** A random source that replays `values` (then 0.5 forever), counting draws. */
export function replay(values: readonly number[]): { readonly random: () => number; draws(): number } {
  let index = 0;
  return { random: () => values[index++] ?? 0.5, draws: () => index };
}

/**
 * Time for the retry runtime: the real clock, and a sleep that an abort cancels at once. Runtime-neutral: timers are
 * read from `globalThis` when used (browsers, WeChat mini-programs, React Native, Node all have them), so fake
 * timers installed by a test after import are honoured too.
 */
import type { AbortSignalLike, Clock } from './options.js';
import { MAX_DELAY_MS } from './validate.js';

/** The timer functions every JavaScript runtime im-errors targets provides, typed without DOM or Node types. */
interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The real clock: `Date.now` and the global `setTimeout`. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer: (callback, ms) => {
    const timers = globalThis as unknown as Timers;
    // Timers hold at most 2^31 − 1 ms: a longer wait would fire at once.
    const handle = timers.setTimeout(callback, Math.min(ms, MAX_DELAY_MS));
    return () => timers.clearTimeout(handle);
  },
};

/** How a sleep ended. */
export type SleepOutcome = 'slept' | 'aborted';

/**
 * Waits `ms` on `clock`, or less if `signal` aborts first: the timer is cancelled at once and the outcome is
 * `aborted`. A wait of 0 or less does not set a timer.
 */
export function sleep(ms: number, clock: Clock, signal: AbortSignalLike | undefined): Promise<SleepOutcome> {
  if (signal?.aborted === true) return Promise.resolve('aborted');
  if (!(ms > 0)) return Promise.resolve('slept');
  return new Promise((resolve) => {
    let done = false;
    let cancel: (() => void) | undefined;
    const finish = (outcome: SleepOutcome): void => {
      if (done) return;
      done = true;
      cancel?.();
      signal?.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const onAbort = (): void => finish('aborted');
    signal?.addEventListener('abort', onAbort, { once: true });
    // A clock may fire synchronously (a test's instant clock): `finish` copes with `cancel` not being set yet.
    cancel = clock.setTimer(() => finish('slept'), ms);
    if (done) cancel();
  });
}

/**
 * Settles like `promise`, or with `'aborted'` as soon as `signal` aborts. A rejection of `promise` that comes after
 * the abort is swallowed (nobody is waiting for it any more).
 */
export function raceAbort<T>(
  promise: Promise<T>,
  signal: AbortSignalLike | undefined,
): Promise<{ readonly aborted: false; readonly value: T } | { readonly aborted: true }> {
  const settled = promise.then((value) => ({ aborted: false as const, value }));
  if (signal === undefined) return settled;
  if (signal.aborted) {
    settled.catch(() => undefined);
    return Promise.resolve({ aborted: true });
  }
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      settled.catch(() => undefined);
      resolve({ aborted: true });
    };
    signal.addEventListener('abort', onAbort, { once: true });
    settled.then(
      (result) => {
        signal.removeEventListener('abort', onAbort);
        resolve(result);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** The least of two optional bounds (ms): a timeout and what is left of a deadline, either of which may be absent. */
export function least(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  return b === undefined ? a : Math.min(a, b);
}

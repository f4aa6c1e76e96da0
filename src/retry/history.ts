/**
 * Where a failed call's attempt history lives: on the IMError it rejected with, under a non-enumerable
 * `Symbol.for` key (so `toJSON`, log serialisers and `Object.keys` never see it, and another copy of im-errors in
 * the same app can read it). Read it with {@link retryHistoryOf}.
 */
import type { IMError } from '../imerror.js';
import type { AttemptRecord, RetryHistory } from './options.js';
import type { GiveUpReason } from './plan.js';

const HISTORY: unique symbol = Symbol.for('im-errors.retryHistory') as never;

/** A frozen copy of a call's history: its attempts as they are now, the total wait, and why retrying stopped. */
export function historyOf(attempts: readonly AttemptRecord[], totalDelayMs: number, gaveUp: GiveUpReason | undefined): RetryHistory {
  return Object.freeze({ attempts: Object.freeze(attempts.map((record) => Object.freeze({ ...record }))), totalDelayMs, gaveUp });
}

/** Histories of errors that would not take a property (frozen IMErrors from elsewhere). */
const fallback = new WeakMap<object, RetryHistory>();

/** Records `history` on `error`; the latest call to fail with the same IMError object wins. */
export function attachHistory(error: IMError, history: RetryHistory): void {
  try {
    Object.defineProperty(error, HISTORY, { value: history, enumerable: false, configurable: true, writable: false });
  } catch {
    fallback.set(error, history);
  }
}

/**
 * The attempts a retried call went through before rejecting with `error`: every attempt with its error, duration
 * and the wait after it, the total wait, and why retrying stopped. Undefined for an error no retrying call gave.
 *
 * @example
 * ```ts
 * try { await withRetry(() => chat.sendMessage(msg), { normalizer: tencent }); }
 * catch (err) { console.log(retryHistoryOf(err)?.attempts.length, retryHistoryOf(err)?.gaveUp); }
 * ```
 */
export function retryHistoryOf(error: unknown): RetryHistory | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  try {
    const own = Object.getOwnPropertyDescriptor(error, HISTORY);
    if (own !== undefined) return own.value as RetryHistory;
  } catch {
    return undefined;
  }
  return fallback.get(error);
}

/**
 * The one history recorder of both retry runners (the Promise runner `withRetry` and the Effect schedule of
 * `im-errors/effect`): failed attempts in order, the wait after each, and the history attached to the final error,
 * so `retryHistoryOf` reads the same record whichever runner made the call.
 */
export interface HistoryRecorder {
  /** The attempts recorded so far. */
  readonly attempts: readonly AttemptRecord[];
  /** Records a failed attempt (numbered in order from 1) that ran `durationMs`. */
  failed(error: IMError, durationMs: number): void;
  /** The last failed attempt is followed by a wait of `delayMs` (as planned, or as long as it lasted). */
  waited(delayMs: number): void;
  /** The history of a call that succeeded with attempt `attempts.length + 1`, which ran `durationMs`. */
  succeeded(durationMs: number): RetryHistory;
  /** Attaches the history to `error` (retrying ended for `reason`) and returns it. */
  gaveUp(error: IMError, reason: GiveUpReason): RetryHistory;
}

type MutableAttemptRecord = { -readonly [K in keyof AttemptRecord]: AttemptRecord[K] };

/**
 * A new recorder for one call.
 *
 * @example
 * ```ts
 * const recorder = historyRecorder();
 * recorder.failed(error, 120);
 * recorder.waited(100);
 * retryHistoryOf(error) === recorder.gaveUp(error, 'max-attempts'); // true
 * ```
 */
export function historyRecorder(): HistoryRecorder {
  const attempts: MutableAttemptRecord[] = [];
  let totalDelayMs = 0;
  return {
    attempts,
    failed(error, durationMs) {
      attempts.push({ attempt: attempts.length + 1, error, durationMs: Math.max(0, durationMs), delayMs: 0 });
    },
    waited(delayMs) {
      const last = attempts[attempts.length - 1];
      if (last !== undefined) last.delayMs = delayMs;
      totalDelayMs += delayMs;
    },
    succeeded(durationMs) {
      const succeeded: AttemptRecord = { attempt: attempts.length + 1, error: undefined, durationMs: Math.max(0, durationMs), delayMs: 0 };
      return historyOf([...attempts, succeeded], totalDelayMs, undefined);
    },
    gaveUp(error, reason) {
      const history = historyOf(attempts, totalDelayMs, reason);
      attachHistory(error, history);
      return history;
    },
  };
}

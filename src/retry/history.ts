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

/**
 * `withRetry`: the Promise interpreter of a {@link RetryPolicy}. Every decision — retry or not, how long to wait —
 * is taken by the pure {@link planRetry} (one random number drawn per plan, in order), so the Effect interpreter,
 * which calls the same function, retries identically. This file only does what a runtime must: call, time, wait,
 * cancel, and keep the budget, the breaker and the hooks informed.
 */
import type { IMError } from '../imerror.js';
import { raceAbort, sleep, systemClock } from './clock.js';
import { DEFAULT_RETRY_POLICY } from './default-policy.js';
import { cancelledError, circuitOpenError, normalizeWith, vendorOf } from './errors.js';
import { attachHistory } from './history.js';
import type { AbortSignalLike, AttemptContext, AttemptRecord, RetryHistory, RetryOptions } from './options.js';
import { INITIAL_RETRY_STATE, planRetry, type GiveUpReason, type RetryState } from './plan.js';

/** Calls a hook; a hook that throws (or returns a promise that rejects) changes nothing. */
function notify<A extends unknown[]>(hook: ((...args: A) => unknown) | undefined, ...args: A): void {
  if (hook === undefined) return;
  try {
    const returned: unknown = hook(...args);
    if (returned !== null && typeof returned === 'object' && typeof (returned as { then?: unknown }).then === 'function') {
      (returned as PromiseLike<unknown>).then(undefined, () => undefined);
    }
  } catch {
    // Hooks are for logging and metrics; they never change the call.
  }
}

/** Runs one attempt: a synchronous throw becomes a rejection, a plain value a resolved promise. */
function invoke<T>(operation: (context: AttemptContext) => PromiseLike<T> | T, context: AttemptContext): Promise<T> {
  try {
    return Promise.resolve(operation(context));
  } catch (thrown) {
    return Promise.reject(thrown);
  }
}

/** Whether `signal` has aborted, read afresh each time (a function, so no narrowing outlives an `await`). */
function aborted(signal: AbortSignalLike | undefined): boolean {
  return signal?.aborted === true;
}

type AttemptResult<T> =
  | { readonly outcome: 'value'; readonly value: T }
  | { readonly outcome: 'error'; readonly raw: unknown }
  | { readonly outcome: 'aborted' };

/**
 * Calls `operation` until it succeeds or the policy (through {@link planRetry}), the budget, the breaker, the
 * deadline or the caller's `signal` says stop; resolves with its value or rejects with an IMError.
 *
 * - The first call is made synchronously, before `withRetry` returns (unless the signal is already aborted — then
 *   no call is made — or the breaker refuses it).
 * - `operation(context)` gets the attempt number (1 for the first call) and the signal to pass on.
 * - A rejection (or a synchronous throw) is normalized with `options.normalizer`. The call rejects with the last
 *   IMError; {@link retryHistoryOf} reads from it every attempt, the total wait and why retrying stopped.
 * - Aborting `signal` cancels the pending wait at once, makes no further call, and rejects with a `client/cancelled`
 *   IMError whose `cause` is the signal's reason; an attempt in flight is abandoned (its result ignored).
 * - An expired token (a rule with `after-refresh`) is retried only after `options.refreshCredentials(error)`
 *   resolved; if it rejects (or is missing), the call gives up with the token error (`refresh-failed`).
 * - With a `budget`, every call that is made deposits and every retry needs a token; an empty budget ends retrying
 *   (`budget-exhausted`), never the first call. With a `breaker`, an open circuit fails the call fast with a
 *   `client/circuit-open` IMError, or, after a failed attempt, ends retrying with that attempt's error.
 *
 * ```ts
 * const history = await withRetry(() => chat.getMessageList({ conversationID }), { normalizer: tencent });
 * ```
 */
export async function withRetry<T>(operation: (context: AttemptContext) => PromiseLike<T> | T, options: RetryOptions): Promise<T> {
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const normalize = normalizeWith(options.normalizer);
  const vendor = vendorOf(options.normalizer);
  const { signal, breaker, refreshCredentials } = options;
  const budget = options.budget === false ? undefined : options.budget;

  const attempts: Array<{ -readonly [K in keyof AttemptRecord]: AttemptRecord[K] }> = [];
  let totalDelayMs = 0;
  const history = (gaveUp: GiveUpReason | undefined): RetryHistory =>
    Object.freeze({ attempts: Object.freeze(attempts.map((record) => Object.freeze({ ...record }))), totalDelayMs, gaveUp });

  /** Ends the call: the history goes onto the error, `onGiveUp` hears of it, and the error is what rejects. */
  const giveUp = (error: IMError, reason: GiveUpReason): IMError => {
    const final = history(reason);
    attachHistory(error, final);
    notify(options.onGiveUp, error, final);
    return error;
  };
  const cancelled = (): IMError => giveUp(cancelledError(vendor, signal?.reason), 'cancelled');

  const attemptOnce = async (attempt: number): Promise<AttemptResult<T>> => {
    try {
      const settled = await raceAbort(invoke(operation, { attempt, signal }), signal);
      return settled.aborted ? { outcome: 'aborted' } : { outcome: 'value', value: settled.value };
    } catch (raw) {
      return { outcome: 'error', raw };
    }
  };

  if (aborted(signal)) throw cancelled();
  const start = clock.now();
  let state: RetryState = INITIAL_RETRY_STATE;
  let lastError: IMError | undefined;

  for (let attempt = 1; ; attempt++) {
    const admission = breaker?.admit();
    if (admission !== undefined && !admission.admitted) {
      throw lastError === undefined
        ? giveUp(circuitOpenError(vendor, admission.retryAfterMs), 'circuit-open')
        : giveUp(lastError, 'circuit-open');
    }
    // A call counts toward the budget once it reaches the SDK (not when the breaker turned it away).
    if (attempt === 1) budget?.recordCall();

    const began = clock.now();
    const result = await attemptOnce(attempt);
    const record = { attempt, error: undefined as IMError | undefined, durationMs: clock.now() - began, delayMs: 0 };
    attempts.push(record);

    if (result.outcome === 'value') {
      if (admission !== undefined) admission.settle(undefined);
      if (options.onSuccess !== undefined) notify(options.onSuccess, history(undefined));
      return result.value;
    }
    if (result.outcome === 'aborted' || aborted(signal)) {
      const error = cancelledError(vendor, signal?.reason);
      record.error = error;
      if (admission !== undefined) admission.settle(error);
      throw giveUp(error, 'cancelled');
    }

    const error = normalize(result.raw);
    record.error = error;
    lastError = error;
    if (admission !== undefined) admission.settle(error);

    state = { ...state, elapsedMs: clock.now() - start };
    const plan = planRetry(policy, state, error, random());
    if (!plan.retry) throw giveUp(error, plan.reason);
    if (plan.refresh && refreshCredentials === undefined) throw giveUp(error, 'refresh-failed');
    if (budget !== undefined && !budget.tryRetry()) throw giveUp(error, 'budget-exhausted');

    if (plan.refresh && refreshCredentials !== undefined) {
      let refreshed: { readonly aborted: boolean };
      try {
        refreshed = await raceAbort(invoke(() => refreshCredentials(error), { attempt, signal }), signal);
      } catch {
        throw giveUp(error, 'refresh-failed');
      }
      if (refreshed.aborted) throw cancelled();
    }

    record.delayMs = plan.delayMs;
    notify(options.onRetry, error, attempt, plan.delayMs);
    const sleepStart = clock.now();
    const slept = await sleep(plan.delayMs, clock, signal);
    if (slept === 'aborted') {
      record.delayMs = Math.min(plan.delayMs, Math.max(0, clock.now() - sleepStart));
      totalDelayMs += record.delayMs;
      throw cancelled();
    }
    totalDelayMs += plan.delayMs;
    state = plan.next;
  }
}

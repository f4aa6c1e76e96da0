/**
 * `withRetry`: the Promise interpreter of a {@link RetryPolicy}. Every decision — retry or not, how long to wait —
 * is taken by the pure {@link planRetry} (one random number drawn per plan, in order), so the Effect interpreter,
 * which calls the same function, retries identically. This file only does what a runtime must: call, time, wait,
 * cancel, and keep the budget, the breaker and the hooks informed.
 */
import { normalizeBelow, type IMError } from '../imerror.js';
import { raceAbort, sleep, systemClock } from './clock.js';
import { DEFAULT_RETRY_POLICY } from './default-policy.js';
import { cancelledError, circuitOpenError, normalizeWith, vendorOf } from './errors.js';
import { refusalOf } from './admit.js';
import { attachHistory, historyOf } from './history.js';
import type { AbortSignalLike, AttemptContext, AttemptRecord, RetryOptions } from './options.js';
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

/** What an attempt abandoned by an abort settles with: never a value an operation can return (the symbol is private). */
const ABORTED: unique symbol = Symbol('aborted');

/** Settles like `attempt`, or with {@link ABORTED} as soon as `signal` aborts. */
async function unlessAborted<T>(attempt: Promise<T>, signal: AbortSignalLike): Promise<T | typeof ABORTED> {
  const settled = await raceAbort(attempt, signal);
  return settled.aborted ? ABORTED : settled.value;
}

type MutableAttemptRecord = { -readonly [K in keyof AttemptRecord]: AttemptRecord[K] };

/** The attempts of a call that gave up before making any. */
const NO_ATTEMPTS: readonly AttemptRecord[] = Object.freeze([]);

/** Ends a call: the history goes onto the error, `onGiveUp` hears of it, and the error is what rejects. */
function giveUp(
  options: RetryOptions,
  error: IMError,
  reason: GiveUpReason,
  attempts: readonly AttemptRecord[],
  totalDelayMs: number,
): IMError {
  const history = historyOf(attempts, totalDelayMs, reason);
  attachHistory(error, history);
  notify(options.onGiveUp, error, history);
  return error;
}

/** The `client/cancelled` IMError a call aborted by its signal rejects with. */
function cancelledBy(options: RetryOptions): IMError {
  return cancelledError(vendorOf(options.normalizer), options.signal?.reason);
}

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
 * A call whose first attempt succeeds costs little: one clock read (when the attempt began, kept in case it fails),
 * no history unless `onSuccess` listens (then one more read, for the attempt's duration), no normalizer set up.
 *
 * ```ts
 * const history = await withRetry(() => chat.getMessageList({ conversationID }), { normalizer: tencent });
 * ```
 */
export async function withRetry<T>(operation: (context: AttemptContext) => PromiseLike<T> | T, options: RetryOptions): Promise<T> {
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const { signal, breaker, refreshCredentials } = options;
  const budget = options.budget === false ? undefined : options.budget;

  if (aborted(signal)) throw giveUp(options, cancelledBy(options), 'cancelled', NO_ATTEMPTS, 0);

  // Made at the first failure: a call that succeeds at once normalizes nothing and keeps no history.
  let attempts: MutableAttemptRecord[] | undefined;
  let normalize: ((raw: unknown) => IMError) | undefined;
  let lastError: IMError | undefined;
  let totalDelayMs = 0;
  let state: RetryState = INITIAL_RETRY_STATE;
  let start = 0;

  for (let attempt = 1; ; attempt++) {
    const admission = breaker?.admit();
    if (admission !== undefined && !admission.admitted) {
      const error = lastError ?? circuitOpenError(vendorOf(options.normalizer), admission.retryAfterMs);
      throw giveUp(options, error, 'circuit-open', attempts ?? NO_ATTEMPTS, totalDelayMs);
    }
    // A call counts toward the budget once it reaches the SDK (not when the breaker turned it away).
    if (attempt === 1) budget?.recordCall();

    // When the attempt began: its duration and the call's elapsed time are needed only if it fails (or by onSuccess).
    const began = clock.now();
    if (attempt === 1) start = began;
    let result: T | typeof ABORTED = ABORTED;
    let threw = false;
    let raw: unknown;
    try {
      const pending = invoke(operation, { attempt, signal });
      result = signal === undefined ? await pending : await unlessAborted(pending, signal);
    } catch (thrown) {
      threw = true;
      raw = thrown;
    }

    if (!threw && result !== ABORTED) {
      if (admission !== undefined) admission.settle(undefined);
      if (options.onSuccess !== undefined) {
        const succeeded: AttemptRecord = { attempt, error: undefined, durationMs: clock.now() - began, delayMs: 0 };
        notify(options.onSuccess, historyOf([...(attempts ?? NO_ATTEMPTS), succeeded], totalDelayMs, undefined));
      }
      return result;
    }

    // One clock read gives both the attempt's duration and the time the call has taken so far.
    const ended = clock.now();
    const record: MutableAttemptRecord = { attempt, error: undefined, durationMs: ended - began, delayMs: 0 };
    (attempts ??= []).push(record);

    if (!threw || aborted(signal)) {
      const error = cancelledBy(options);
      record.error = error;
      if (admission !== undefined) admission.settle(error);
      throw giveUp(options, error, 'cancelled', attempts, totalDelayMs);
    }

    normalize ??= normalizeWith(options.normalizer);
    // The stack entry hook: the IMError's stack starts at the app's frame that called (or awaited) withRetry.
    const error = normalizeBelow(withRetry, normalize, raw);
    record.error = error;
    lastError = error;
    if (admission !== undefined) admission.settle(error);

    state = { ...state, elapsedMs: ended - start };
    const plan = planRetry(policy, state, error, random());
    if (!plan.retry) throw giveUp(options, error, plan.reason, attempts, totalDelayMs);
    const refusal = refusalOf(plan, refreshCredentials !== undefined, budget);
    if (refusal !== undefined) throw giveUp(options, error, refusal, attempts, totalDelayMs);

    if (plan.refresh && refreshCredentials !== undefined) {
      let refreshed: { readonly aborted: boolean };
      try {
        refreshed = await raceAbort(invoke(() => refreshCredentials(error), { attempt, signal }), signal);
      } catch {
        throw giveUp(options, error, 'refresh-failed', attempts, totalDelayMs);
      }
      if (refreshed.aborted) throw giveUp(options, cancelledBy(options), 'cancelled', attempts, totalDelayMs);
    }

    record.delayMs = plan.delayMs;
    notify(options.onRetry, error, attempt, plan.delayMs);
    const sleepStart = clock.now();
    const slept = await sleep(plan.delayMs, clock, signal);
    if (slept === 'aborted') {
      record.delayMs = Math.min(plan.delayMs, Math.max(0, clock.now() - sleepStart));
      totalDelayMs += record.delayMs;
      throw giveUp(options, cancelledBy(options), 'cancelled', attempts, totalDelayMs);
    }
    totalDelayMs += plan.delayMs;
    state = plan.next;
  }
}

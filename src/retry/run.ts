/**
 * `withRetry`: the Promise interpreter of a {@link RetryPolicy}. Every decision — retry or not, how long to wait —
 * is taken by the pure {@link planRetry} (one random number drawn per plan, in order), so the Effect interpreter,
 * which calls the same function, retries identically. This file only does what a runtime must: call, time, wait,
 * cut, cancel, and keep the budget, the breaker and the hooks informed.
 */
import { isIMError, normalizeBelow, type IMError } from '../imerror.js';
import { attemptController, cancellationOf, type AttemptController, type CallCancellation } from './abort.js';
import { least, systemClock } from './clock.js';
import { attemptTimeoutError, cancelledError, circuitOpenError, exceptionError, normalizeWith, vendorOf } from './errors.js';
import { refusalOf } from './admit.js';
import { historyRecorder, type HistoryRecorder } from './history.js';
import type { AttemptContext, Clock, RetryOptions } from './options.js';
import { INITIAL_RETRY_STATE, planRetry, type GiveUpReason, type RetryState } from './plan.js';
import type { RetryPolicy } from './policy.js';
import type { BreakerPass, BreakerRefusal } from './breaker.js';
import { credentialsGeneration, sharedRefresh } from './refresh.js';
import { checkRetryOptions } from './check-options.js';

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

/** The context of a first attempt nothing can cut: shared, so the success path allocates none. */
const FIRST: AttemptContext = Object.freeze({ attempt: 1, signal: undefined });

/** How a wait for an attempt, a refresh or a sleep ended. */
type Waited<T> =
  | { readonly kind: 'value'; readonly value: T }
  | { readonly kind: 'error'; readonly raw: unknown }
  | { readonly kind: 'aborted' }
  | { readonly kind: 'timeout' };

const ABORTED: Waited<never> = Object.freeze({ kind: 'aborted' });
const TIMEOUT: Waited<never> = Object.freeze({ kind: 'timeout' });

/**
 * Settles with how `pending` ended, or `aborted` as soon as the call's signal aborts, or `timeout` after `ms` (no
 * timer when undefined). Uses the call's one abort listener; leaves no timer behind.
 */
function settleOf<T>(pending: Promise<T> | undefined, call: CallCancellation | undefined, ms: number | undefined, clock: Clock): Promise<Waited<T>> {
  return new Promise((resolve) => {
    let done = false;
    let cancelTimer: (() => void) | undefined;
    const finish = (waited: Waited<T>): void => {
      if (done) return;
      done = true;
      cancelTimer?.();
      if (call !== undefined) call.waiter = undefined;
      resolve(waited);
    };
    if (call !== undefined) {
      if (call.signal.aborted) return finish(ABORTED);
      call.waiter = () => finish(ABORTED);
    }
    if (ms !== undefined) {
      cancelTimer = clock.setTimer(() => finish(TIMEOUT), ms);
      if (done) cancelTimer();
    }
    pending?.then(
      (value) => finish({ kind: 'value', value }),
      (raw: unknown) => finish({ kind: 'error', raw }),
    );
  });
}

/** Whether `signal` has aborted, read afresh each time (a function, so no narrowing outlives an `await`). */
function aborted(options: RetryOptions): boolean {
  return options.signal?.aborted === true;
}

/** Why a call ended: thrown inside the runner, caught once at its end. */
class Ended {
  constructor(
    readonly error: IMError,
    readonly reason: GiveUpReason,
  ) {}
}

/**
 * Calls `operation` until it succeeds or the policy (through {@link planRetry}), the budget, the breaker, the
 * deadline or the caller's `signal` says stop; resolves with its value or rejects with an IMError — whatever user
 * code (hooks, normalizer, breaker, clock, `failureOf`, `refreshCredentials`) throws.
 *
 * - Options are checked here, synchronously: a setting that makes no sense throws a `TypeError` / `RangeError`
 *   naming it (see `createRetryPolicy`). `options` may be left out: the default policy, and platform errors only
 *   (a vendor's error comes out `unknown` and is not retried; pass the vendor's adapter as `normalizer`).
 * - The first call is made synchronously, before `withRetry` returns (unless the signal is already aborted — then
 *   no call is made — or the breaker refuses it). It is bounded only by `attemptTimeoutMs` and the signal.
 * - `operation(context)` gets the attempt number (1 for the first call) and the signal to pass on, aborted when the
 *   caller cancels or the runner abandons the attempt.
 * - A rejection (or a synchronous throw, or a result `failureOf` reads as a failure) is normalized with
 *   `options.normalizer`. The call rejects with the last IMError; {@link retryHistoryOf} reads from it every
 *   attempt, the total wait and why retrying stopped.
 * - `attemptTimeoutMs`: an attempt unsettled by then is abandoned as a `network/timeout`, retried only when the
 *   call is `idempotent` (a send that timed out may have been delivered; otherwise `not-idempotent`).
 * - `deadlineMs` bounds the time spent retrying, from the first failure: no wait or retry starts that would end
 *   past it, a retry attempt (and a refresh) is cut at what is left of it, re-checked before every attempt.
 * - Aborting `signal` cancels the pending wait at once, makes no further call, and rejects with a `client/cancelled`
 *   IMError whose `cause` is the signal's reason; an attempt in flight is abandoned (its result ignored). A call adds
 *   one listener to the signal, removed when it settles.
 * - An expired token (a rule with `after-refresh`) is retried only after `options.refreshCredentials(error)`
 *   resolved — one refresh in flight per function, however many calls wait for it, and the retry takes no budget
 *   token; if it rejects, throws, outlives `refreshTimeoutMs` or the deadline (or is missing), the call gives up
 *   with the token error (`refresh-failed`).
 * - With a `budget`, every call that is made deposits and every retry needs a token; an empty budget ends retrying
 *   (`budget-exhausted`), never the first call. With a `breaker`, an open circuit fails the call fast with a
 *   `client/circuit-open` IMError, or, after a failed attempt, ends retrying with that attempt's error.
 *
 * A call whose first attempt succeeds reads no clock, arms no timer and allocates nothing of its own (no history,
 * no normalizer, no context object) unless it has a signal, an attempt timeout, a `failureOf` or hooks.
 *
 * @example
 * ```ts
 * const history = await withRetry(() => chat.getMessageList({ conversationID }), { normalizer: tencent });
 * ```
 */
export function withRetry<T>(operation: (context: AttemptContext) => PromiseLike<T> | T, options: RetryOptions = NO_OPTIONS): Promise<T> {
  const policy = checkRetryOptions(options);
  return plain(options, policy) ? firstAttempt(operation, options, policy) : run(operation, options, policy, undefined);
}

const NO_OPTIONS: RetryOptions = Object.freeze({});

/** Where an IMError's stack starts: below the first of these on the stack (`withRetry`, or an async part after an await). */
const ENTRIES: readonly Function[] = [withRetry, firstAttempt, run];

/**
 * True for a call whose first attempt nothing can cut or needs to time: no signal, no attempt timeout, no breaker,
 * no clock or hook that reads its duration. Its first attempt runs in {@link firstAttempt}, a small async function
 * (the success path of most calls), and only a failure goes on to {@link run}.
 */
function plain(options: RetryOptions, policy: RetryPolicy): boolean {
  return options.signal === undefined && options.breaker === undefined && !timesFirstAttempt(options, options.attemptTimeoutMs ?? policy.attemptTimeoutMs);
}

/** True when something reads a first attempt's duration (or bounds it): only then does the runner read the clock for it. */
function timesFirstAttempt(options: RetryOptions, attemptTimeoutMs: number | undefined): boolean {
  return options.clock !== undefined || options.onSuccess !== undefined || options.onGiveUp !== undefined || attemptTimeoutMs !== undefined;
}

/** A first attempt that already failed with `raw`, and the credentials generation when it began. */
interface FirstFailure {
  readonly raw: unknown;
  readonly generation: number;
}

/** The first attempt of a {@link plain} call: its value, or the failure handed on to {@link run}. */
async function firstAttempt<T>(operation: (context: AttemptContext) => PromiseLike<T> | T, options: RetryOptions, policy: RetryPolicy): Promise<T> {
  const { refreshCredentials, failureOf } = options;
  if (options.budget !== false) options.budget?.recordCall();
  const generation = refreshCredentials === undefined ? 0 : credentialsGeneration(refreshCredentials);
  let raw: unknown;
  try {
    const value = await invoke(operation, FIRST);
    const failure = failureOf === undefined ? undefined : readFailure(failureOf, value);
    if (failure === undefined) return value;
    raw = failure.raw;
  } catch (thrown) {
    raw = thrown;
  }
  return run(operation, options, policy, { raw, generation });
}

async function run<T>(
  operation: (context: AttemptContext) => PromiseLike<T> | T,
  options: RetryOptions,
  policy: RetryPolicy,
  first: FirstFailure | undefined,
): Promise<T> {
  const { breaker, refreshCredentials, failureOf } = options;
  const clock = options.clock ?? systemClock;
  const budget = options.budget === false ? undefined : options.budget;
  const attemptTimeoutMs = options.attemptTimeoutMs ?? policy.attemptTimeoutMs;
  const deadlineMs = policy.deadlineMs;
  // The first attempt is timed only when something reads its duration: the default success path reads no clock.
  const timed = timesFirstAttempt(options, attemptTimeoutMs);

  let call: CallCancellation | undefined;
  let recorder: HistoryRecorder | undefined;
  let lastError: IMError | undefined;
  try {
    if (aborted(options)) throw new Ended(cancelledBy(options), 'cancelled');
    if (options.signal !== undefined) call = cancellationOf(options.signal);

    let state: RetryState = INITIAL_RETRY_STATE;
    let retryStart = 0;
    for (let attempt = 1; ; attempt++) {
      // An abort that came while the call was between waits (normalizing, planning): no further attempt.
      if (attempt > 1 && aborted(options)) throw new Ended(cancelledBy(options), 'cancelled');
      // A retry is bounded by what is left of the deadline; the first attempt only by its own timeout.
      let bound = attemptTimeoutMs;
      let byDeadline = false;
      if (attempt > 1 && deadlineMs !== undefined) {
        const left = deadlineMs - (clock.now() - retryStart);
        if (left <= 0) throw new Ended(lastError as IMError, 'deadline');
        if (bound === undefined || left < bound) {
          bound = left;
          byDeadline = true;
        }
      }

      const admission = breaker?.admit();
      if (admission !== undefined && !admission.admitted) {
        throw new Ended(lastError ?? circuitOpenError(vendorOf(options.normalizer), admission.retryAfterMs), 'circuit-open');
      }
      // A call counts toward the budget once it reaches the SDK (not when the breaker turned it away).
      if (attempt === 1 && first === undefined) budget?.recordCall();

      // Not timed (NaN): a first attempt nothing reads the duration of; it is recorded as 0 if it fails.
      const began = attempt > 1 || timed ? clock.now() : Number.NaN;
      const generation = attempt === 1 && first !== undefined ? first.generation : refreshCredentials === undefined ? 0 : credentialsGeneration(refreshCredentials);
      let raw: unknown;
      let outcome: 'error' | 'aborted' | 'timeout' = 'error';

      if (attempt === 1 && first !== undefined) {
        // The first attempt ran in firstAttempt and failed.
        raw = first.raw;
      } else if (call === undefined && bound === undefined) {
        // Nothing can cut this attempt: await it as it is (the success path).
        try {
          const value = await invoke(operation, attempt === 1 ? FIRST : { attempt, signal: undefined });
          const failure = failureOf === undefined ? undefined : readFailure(failureOf, value);
          if (failure === undefined) return succeeded(value, options, clock, recorder, admission, began);
          raw = failure.raw;
        } catch (thrown) {
          raw = thrown;
        }
      } else {
        // The attempt's signal: the caller's, or one the runner aborts when it abandons the attempt.
        const controller: AttemptController | undefined = bound === undefined ? undefined : attemptController();
        const signal = controller === undefined ? options.signal : controller.signal;
        const waited = await settleOf(invoke(operation, { attempt, signal }), call, bound, clock);
        if (waited.kind === 'value') {
          const failure = failureOf === undefined ? undefined : readFailure(failureOf, waited.value);
          if (failure === undefined) return succeeded(waited.value, options, clock, recorder, admission, began);
          raw = failure.raw;
        } else if (waited.kind === 'error') {
          raw = waited.raw;
        } else {
          outcome = waited.kind;
          controller?.abort(outcome === 'aborted' ? options.signal?.reason : attemptTimeoutError(vendorOf(options.normalizer), bound ?? 0, byDeadline));
        }
      }

      // The attempt failed: from here on the call keeps its history and reads the clock.
      const ended = clock.now();
      const durationMs = Number.isNaN(began) ? 0 : ended - began;
      if (attempt === 1) retryStart = ended;
      recorder ??= historyRecorder();
      if (outcome === 'aborted' || aborted(options)) {
        const error = cancelledBy(options);
        recorder.failed(error, durationMs);
        if (admission?.admitted === true) admission.settle(error);
        throw new Ended(error, 'cancelled');
      }
      // The stack entry hook: a normalized IMError's stack starts at the app's frame that called (or awaited) withRetry.
      const error =
        outcome === 'timeout'
          ? attemptTimeoutError(vendorOf(options.normalizer), bound ?? 0, byDeadline)
          : normalizeBelow(ENTRIES, normalizeWith(options.normalizer), raw);
      recorder.failed(error, durationMs);
      lastError = error;
      if (admission?.admitted === true) admission.settle(error);
      if (outcome === 'timeout') {
        if (byDeadline) throw new Ended(error, 'deadline');
        if (options.idempotent !== true) throw new Ended(error, 'not-idempotent');
      }

      state = { ...state, elapsedMs: ended - retryStart };
      const plan = planRetry(policy, state, error, (options.random ?? Math.random)());
      if (!plan.retry) throw new Ended(error, plan.reason);
      const refusal = refusalOf(plan, refreshCredentials !== undefined, budget);
      if (refusal !== undefined) throw new Ended(error, refusal);

      if (plan.refresh && refreshCredentials !== undefined) {
        const left = deadlineMs === undefined ? undefined : deadlineMs - (clock.now() - retryStart);
        const refreshBound = least(options.refreshTimeoutMs, left === undefined ? undefined : Math.max(0, left));
        const refreshed = await settleOf(sharedRefresh(refreshCredentials, error, generation), call, refreshBound, clock);
        if (refreshed.kind === 'aborted') throw new Ended(cancelledBy(options), 'cancelled');
        if (refreshed.kind !== 'value') throw new Ended(error, 'refresh-failed');
      }

      // Re-checked after the refresh: no wait starts that would end past the deadline.
      if (deadlineMs !== undefined && clock.now() - retryStart + plan.delayMs >= deadlineMs) throw new Ended(error, 'deadline');
      notify(options.onRetry, error, attempt, plan.delayMs);
      if (plan.delayMs > 0) {
        const sleepStart = clock.now();
        const slept = await settleOf(undefined, call, plan.delayMs, clock);
        if (slept.kind === 'aborted') {
          recorder.waited(Math.min(plan.delayMs, Math.max(0, clock.now() - sleepStart)));
          throw new Ended(cancelledBy(options), 'cancelled');
        }
      }
      recorder.waited(plan.delayMs);
      state = plan.next;
    }
  } catch (thrown) {
    const ending = thrown instanceof Ended ? thrown : undefined;
    const error = ending?.error ?? (isIMError(thrown) ? thrown : exceptionError(vendorOf(options.normalizer), thrown));
    const history = (recorder ?? historyRecorder()).gaveUp(error, ending?.reason ?? 'not-retryable');
    notify(options.onGiveUp, error, history);
    throw error;
  } finally {
    call?.dispose();
  }
}

/** A call succeeded: the breaker and `onSuccess` hear of it. No closure per call: the success path allocates nothing. */
function succeeded<T>(
  value: T,
  options: RetryOptions,
  clock: Clock,
  recorder: HistoryRecorder | undefined,
  admission: BreakerPass | BreakerRefusal | undefined,
  began: number,
): T {
  if (admission?.admitted === true) admission.settle(undefined);
  if (options.onSuccess !== undefined) notify(options.onSuccess, (recorder ?? historyRecorder()).succeeded(clock.now() - began));
  return value;
}

/** What `failureOf` makes of a resolved value: the raw error to normalize, or undefined for a success. */
function readFailure(failureOf: (result: unknown) => unknown, value: unknown): { readonly raw: unknown } | undefined {
  try {
    const failure = failureOf(value);
    return failure === undefined || failure === null || failure === false ? undefined : { raw: failure };
  } catch (thrown) {
    return { raw: thrown };
  }
}

/** The `client/cancelled` IMError a call aborted by its signal rejects with. */
function cancelledBy(options: RetryOptions): IMError {
  return cancelledError(vendorOf(options.normalizer), options.signal?.reason);
}

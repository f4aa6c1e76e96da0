/**
 * A {@link RetryPolicy} as an Effect `Schedule`. Every decision is `planRetry`'s — the same pure function the Promise
 * runner `withRetry` calls — so for the same policy, errors and random numbers both wait the same times and give up
 * at the same attempt. The schedule adds only what a runtime must: the clock, the random draw, the refresh and the
 * budget.
 */
import * as Cause from 'effect/Cause';
import * as Duration from 'effect/Duration';
import * as Effect from 'effect/Effect';
import type * as Pull from 'effect/Pull';
import * as Random from 'effect/Random';
import * as Schedule from 'effect/Schedule';
import type { IMError } from '../imerror.js';
import type { RetryBudget } from '../retry/budget.js';
import { refusalOf } from '../retry/admit.js';
import { historyRecorder } from '../retry/history.js';
import { refreshGeneration, sharedRefresh } from './refresh.js';
import { least } from '../retry/clock.js';
import { optionalDelay, validateRetryPolicy } from '../retry/validate.js';
import { DEFAULT_RETRY_POLICY } from '../retry/default-policy.js';
import { INITIAL_RETRY_STATE, planRetry, type GiveUpReason, type RetryState } from '../retry/plan.js';
import type { RetryPolicy } from '../retry/policy.js';

/**
 * What the schedule decided after a failed attempt: its output. The retries' decisions are its outputs
 * (`Schedule.tap` sees them); the last, `retry: false`, is the one `Effect.retryOrElse` hands its fallback.
 */
export type RetryDecision =
  | {
      readonly retry: true;
      /** The attempt that just failed, 1 for the first call. */
      readonly attempt: number;
      readonly error: IMError;
      /** The wait before the next attempt. */
      readonly delayMs: number;
      /** True when credentials were refreshed before this retry. */
      readonly refresh: boolean;
      /** Index of the policy rule that decided (`-1`: the policy's `otherwise`). */
      readonly rule: number;
    }
  | {
      readonly retry: false;
      readonly attempt: number;
      readonly error: IMError;
      /** Why retrying ended. */
      readonly reason: GiveUpReason;
      readonly rule: number;
    };

/** The `network/timeout` IMErrors of attempts `withRetry` abandoned at their timeout: retried only when idempotent. */
export const abandonedAttempts = new WeakSet<IMError>();

/** Options of {@link retrySchedule}. */
export interface RetryScheduleOptions<R = never> {
  /**
   * True when the operation may run twice (a read): an attempt abandoned at `attemptTimeoutMs` is retried. Otherwise
   * (the default) such an attempt ends retrying with `not-idempotent`: a send that timed out may have been delivered.
   */
  readonly idempotent?: boolean | undefined;
  /** Numbers in [0, 1), one drawn per failed attempt, for jitter. Defaults to Effect's `Random` service. */
  readonly random?: (() => number) | undefined;
  /**
   * Run before retrying an error whose rule says `after-refresh` (an expired token). The retry happens only if it
   * succeeds; if it fails, or is not given, retrying ends with `refresh-failed` and the original IMError.
   */
  readonly refreshCredentials?: ((error: IMError) => Effect.Effect<unknown, unknown, R>) | undefined;
  /**
   * How long a fiber waits for a credentials refresh, in ms, before retrying ends with `refresh-failed`; also bounded
   * by what is left of the policy's deadline (the refresh's time counts toward it). The refresh itself goes on for
   * the fibers still waiting. Default: the deadline only.
   */
  readonly refreshTimeoutMs?: number | undefined;
  /**
   * A retry budget shared with other calls (`createRetryBudget`, the same object the Promise runner takes): each
   * run of the schedule records a call, each retry takes a token; none left ends retrying with `budget-exhausted`.
   */
  readonly budget?: RetryBudget | undefined;
}

/** The step's result: a decision with its delay, or the end of the schedule with the final decision. */
type Step<R> = Pull.Pull<[RetryDecision, Duration.Duration], never, RetryDecision, R>;

/**
 * The policy as a Schedule over IMErrors, for `Effect.retry(effect, retrySchedule(policy))`. Each run starts its own
 * state (attempt count, per-rule counts, elapsed time from the run's start on Effect's `Clock`, so `TestClock`
 * drives it), and each failure is decided by `planRetry`.
 *
 * @example
 * ```ts
 * import * as Effect from 'effect/Effect';
 * const sent = Effect.retry(sendMessage(text), retrySchedule(DEFAULT_RETRY_POLICY));
 * ```
 */
export function retrySchedule<R = never>(
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  options: RetryScheduleOptions<R> = {},
): Schedule.Schedule<RetryDecision, IMError, never, R> {
  const checked = validateRetryPolicy(policy);
  if (options.refreshTimeoutMs !== undefined) optionalDelay('options.refreshTimeoutMs', options.refreshTimeoutMs);
  const { random, refreshCredentials, budget } = options;
  const draw: Effect.Effect<number> = random === undefined ? Random.next : Effect.sync(random);

  return Schedule.fromStep(
    Effect.clockWith((clock) =>
      Effect.sync(() => {
        budget?.recordCall();
        const start = clock.currentTimeMillisUnsafe();
        const record = historyRecorder();
        let began = start;
        // The deadline bounds the time spent retrying: it runs from the first failure, as in the Promise runner.
        let retryStart: number | undefined;
        // The credentials generation when the current attempt was decided: a refresh since then is not repeated.
        let generation = refreshCredentials === undefined ? 0 : refreshGeneration(refreshCredentials);
        let state: RetryState = INITIAL_RETRY_STATE;

        return (now: number, error: IMError): Step<R> =>
          Effect.flatMap(draw, (drawn): Step<R> => {
            const attempt = state.attempt + 1;
            record.failed(error, now - began);
            const plan = planRetry(checked, { ...state, elapsedMs: now - (retryStart ??= now) }, error, drawn);
            const stop = (reason: GiveUpReason): Step<R> => {
              record.gaveUp(error, reason);
              return Cause.done({ retry: false, attempt, error, reason, rule: plan.rule });
            };
            if (options.idempotent !== true && abandonedAttempts.has(error)) return stop('not-idempotent');
            // The same checks, in the same order, as the Promise runner; then the refresh itself.
            if (!plan.retry) return stop(plan.reason);
            const refusal = refusalOf(plan, refreshCredentials !== undefined, budget);
            if (refusal !== undefined) return stop(refusal);
            const proceed = Effect.sync((): [RetryDecision, Duration.Duration] => {
              state = plan.next;
              if (refreshCredentials !== undefined) generation = refreshGeneration(refreshCredentials);
              const wait = Duration.millis(plan.delayMs);
              record.waited(plan.delayMs);
              began = clock.currentTimeMillisUnsafe() + Duration.toMillis(wait);
              const decision: RetryDecision = { retry: true, attempt, error, delayMs: plan.delayMs, refresh: plan.refresh, rule: plan.rule };
              return [decision, wait];
            });
            if (!plan.refresh || refreshCredentials === undefined) return proceed;
            const deadlineMs = checked.deadlineMs;
            const left = deadlineMs === undefined ? undefined : Math.max(0, deadlineMs - (now - retryStart));
            const bound = least(options.refreshTimeoutMs, left);
            const refreshed = sharedRefresh(refreshCredentials, error, generation);
            const waited = bound === undefined ? refreshed : Effect.timeout(refreshed, Duration.millis(bound));
            // The retry after a refresh waits for nothing else, and the refresh's time counts toward the next plan's.
            return Effect.matchEffect(waited, { onFailure: () => stop('refresh-failed'), onSuccess: () => proceed });
          });
      }),
    ),
  );
}

/**
 * `withRetry` for Effects: `Effect.retry` with a policy's schedule. Cancellation is Effect's own: interrupting the
 * fiber (or aborting the `signal` given to `Effect.runPromise`) stops the pending wait at once and aborts the
 * running attempt's signal; no further attempt is made.
 */
import * as Duration from 'effect/Duration';
import * as Effect from 'effect/Effect';
import type { IMError } from '../imerror.js';
import { DEFAULT_RETRY_POLICY } from '../retry/default-policy.js';
import { attemptTimeoutError } from '../retry/errors.js';
import type { RetryPolicy } from '../retry/policy.js';
import { optionalDelay, validateRetryPolicy } from '../retry/validate.js';
import { abandonedAttempts, retrySchedule, type RetryScheduleOptions } from './schedule.js';

/** Options of {@link withRetry}: the policy (default `DEFAULT_RETRY_POLICY`) and the schedule's options. */
export interface EffectRetryOptions<R = never> extends RetryScheduleOptions<R> {
  readonly policy?: RetryPolicy | undefined;
  /**
   * How long one attempt may run, in ms, overriding the policy's `attemptTimeoutMs`: an attempt still running then
   * is interrupted and fails with a `network/timeout` IMError, retried only when `idempotent` is true (a send that
   * timed out may have been delivered). None by default.
   */
  readonly attemptTimeoutMs?: number | undefined;
}

/**
 * Retries an Effect that fails with IMErrors by a retry policy; see {@link retrySchedule}. Data-last for `pipe`, or
 * data-first. The failure, when retrying ends, is the last attempt's IMError, unchanged.
 *
 * @example
 * ```ts
 * fromPromise(() => chat.sendMessage(message), tencent).pipe(withRetry({ refreshCredentials: () => Effect.promise(renewUserSig) }));
 * ```
 */
export function withRetry<R2 = never>(
  options?: EffectRetryOptions<R2>,
): <A, E extends IMError, R>(self: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R | R2>;
export function withRetry<A, E extends IMError, R, R2 = never>(
  self: Effect.Effect<A, E, R>,
  options?: EffectRetryOptions<R2>,
): Effect.Effect<A, E, R | R2>;
export function withRetry(first?: unknown, second?: EffectRetryOptions<unknown>): unknown {
  if (Effect.isEffect(first)) return retryBy(first as Effect.Effect<unknown, IMError, unknown>, second);
  return (self: Effect.Effect<unknown, IMError, unknown>) => retryBy(self, first as EffectRetryOptions<unknown> | undefined);
}

function retryBy<A, E extends IMError, R, R2>(
  self: Effect.Effect<A, E, R>,
  options: EffectRetryOptions<R2> = {},
): Effect.Effect<A, E, R | R2> {
  const policy = validateRetryPolicy(options.policy ?? DEFAULT_RETRY_POLICY);
  const timeoutMs = optionalDelay('options.attemptTimeoutMs', options.attemptTimeoutMs) ?? policy.attemptTimeoutMs;
  const attempt =
    timeoutMs === undefined
      ? self
      : Effect.timeoutOrElse(self, {
          duration: Duration.millis(timeoutMs),
          orElse: () =>
            Effect.suspend(() => {
              const error = attemptTimeoutError('unknown', timeoutMs, false);
              abandonedAttempts.add(error);
              return Effect.fail(error as E);
            }),
        });
  return Effect.retry(attempt, retrySchedule(policy, options));
}

/**
 * The options of `withRetry`, `wrap` and `wrapClient`, checked where they are given: a `TypeError` / `RangeError`
 * naming the field, instead of a failure deep inside a call. Allocates nothing for options that are fine, so
 * `withRetry` can check on every call.
 */
import { DEFAULT_RETRY_POLICY } from './default-policy.js';
import type { RetryOptions } from './options.js';
import type { RetryPolicy } from './policy.js';
import { describe, optionalDelay, validateRetryPolicy } from './validate.js';

function fail(field: string, expected: string, value: unknown): never {
  throw new TypeError(`im-errors: options.${field} must be ${expected}, got ${describe(value)}`);
}

/** A hook or reader, when given, is a function. */
function optionalFunction(field: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'function') fail(field, 'a function', value);
}

/** The default policy, checked once: a call without `policy` checks nothing more. */
let checkedDefault: RetryPolicy | undefined;

/**
 * Checks `options` and returns the policy the call runs (checked and clamped; the default one when none is given).
 * Every field is read by name (no loop over names, no cache to look up): cheap enough for every `withRetry` call, and
 * a checked policy is remembered by `validateRetryPolicy`.
 *
 * @example
 * ```ts
 * checkRetryOptions({ attemptTimeoutMs: -1 }); // RangeError: options.attemptTimeoutMs must be a finite number of ms ≥ 0
 * ```
 */
export function checkRetryOptions(options: RetryOptions): RetryPolicy {
  if (options === null || typeof options !== 'object') fail('', 'an object', options);
  const { normalizer, clock, idempotent, policy } = options;
  if (normalizer !== undefined && typeof normalizer !== 'function') {
    if (normalizer === null || typeof normalizer !== 'object' || typeof normalizer.normalize !== 'function') {
      fail('normalizer', 'an adapter or a function', normalizer);
    }
  }
  optionalFunction('refreshCredentials', options.refreshCredentials);
  optionalFunction('failureOf', options.failureOf);
  optionalFunction('random', options.random);
  optionalFunction('onRetry', options.onRetry);
  optionalFunction('onGiveUp', options.onGiveUp);
  optionalFunction('onSuccess', options.onSuccess);
  if (clock !== undefined && (clock === null || typeof clock.now !== 'function' || typeof clock.setTimer !== 'function')) {
    fail('clock', 'a clock ({ now, setTimer })', clock);
  }
  if (idempotent !== undefined && typeof idempotent !== 'boolean') fail('idempotent', 'a boolean', idempotent);
  if (options.attemptTimeoutMs !== undefined) optionalDelay('options.attemptTimeoutMs', options.attemptTimeoutMs);
  if (options.refreshTimeoutMs !== undefined) optionalDelay('options.refreshTimeoutMs', options.refreshTimeoutMs);
  if (policy === undefined) return (checkedDefault ??= validateRetryPolicy(DEFAULT_RETRY_POLICY));
  return validateRetryPolicy(policy);
}

/**
 * The options of `withRetry`, `wrap` and `wrapClient`, checked where they are given: a `TypeError` / `RangeError`
 * naming the field, instead of a failure deep inside a call. Allocates nothing for options that are fine, so
 * `withRetry` can check on every call.
 */
import { DEFAULT_RETRY_POLICY } from './default-policy.js';
import type { RetryOptions } from './options.js';
import type { RetryPolicy } from './policy.js';
import { optionalDelay, validateRetryPolicy } from './validate.js';

const FUNCTIONS = ['refreshCredentials', 'failureOf', 'random', 'onRetry', 'onGiveUp', 'onSuccess'] as const;

function fail(field: string, expected: string, value: unknown): never {
  throw new TypeError(`im-errors: options.${field} must be ${expected}, got ${value === null ? 'null' : typeof value}`);
}

/**
 * Checks `options` and returns the policy the call runs (checked and clamped; the default one when none is given).
 * With `remember` (the options a wrapper shares by all its calls) the result is kept, weakly, for the next call.
 *
 * @example
 * ```ts
 * checkRetryOptions({ attemptTimeoutMs: -1 }); // RangeError: options.attemptTimeoutMs must be a finite number of ms ≥ 0
 * ```
 */
export function checkRetryOptions(options: RetryOptions, remember = false): RetryPolicy {
  // A wrapper's options, checked when it was made, are not checked again; others are checked without allocating.
  const known = checked.get(options);
  if (known !== undefined && known.policy === options.policy) return known.checked;
  if (options === null || typeof options !== 'object') fail('', 'an object', options);
  const { normalizer, clock, idempotent } = options;
  if (normalizer !== undefined && typeof normalizer !== 'function') {
    if (normalizer === null || typeof normalizer !== 'object' || typeof normalizer.normalize !== 'function') {
      fail('normalizer', 'an adapter or a function', normalizer);
    }
  }
  for (const field of FUNCTIONS) {
    const value = options[field];
    if (value !== undefined && typeof value !== 'function') fail(field, 'a function', value);
  }
  if (clock !== undefined && (clock === null || typeof clock.now !== 'function' || typeof clock.setTimer !== 'function')) {
    fail('clock', 'a clock ({ now, setTimer })', clock);
  }
  if (idempotent !== undefined && typeof idempotent !== 'boolean') fail('idempotent', 'a boolean', idempotent);
  if (options.attemptTimeoutMs !== undefined) optionalDelay('options.attemptTimeoutMs', options.attemptTimeoutMs);
  if (options.refreshTimeoutMs !== undefined) optionalDelay('options.refreshTimeoutMs', options.refreshTimeoutMs);
  const policy = validateRetryPolicy(options.policy ?? DEFAULT_RETRY_POLICY);
  if (remember) checked.set(options, { policy: options.policy, checked: policy });
  return policy;
}

/** Options already checked, with the policy they held then (a changed `policy` is checked again). */
const checked = new WeakMap<RetryOptions, { readonly policy: RetryOptions['policy']; readonly checked: RetryPolicy }>();

/**
 * Retry settings checked once, where a policy, a `wrap` or a `withRetry` call is made: a clear `TypeError` (wrong
 * type) or `RangeError` (a number out of range) that names the field, instead of a call that retries without limit
 * or a timer that fires at once. Delays are clamped below the timer limit (2^31 − 1 ms).
 */
import { DEFAULT_RETRY_POLICY } from './default-policy.js';
import type { Backoff, RetryPolicy, RetryRule } from './policy.js';

/** The longest delay a timer can hold (2^31 − 1 ms, about 24.8 days); longer settings are clamped to it. */
export const MAX_DELAY_MS = 2_147_483_647;

const JITTERS: readonly unknown[] = ['full', 'equal', 'decorrelated', 'none'];
const ACTIONS: readonly unknown[] = ['never', 'backoff', 'after-refresh'];

/** A bad setting as error messages show it: the value when it is short and plain, else its type. */
export function describe(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean' || value === undefined || value === null) return String(value);
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  return typeof value;
}

/** A number of ms ≥ 0, finite, clamped to {@link MAX_DELAY_MS}; a TypeError or RangeError naming `field` otherwise. */
export function delaySetting(field: string, value: unknown): number {
  if (typeof value !== 'number') throw new TypeError(`im-errors: ${field} must be a number of ms, got ${describe(value)}`);
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`im-errors: ${field} must be a finite number of ms ≥ 0, got ${describe(value)}`);
  }
  return Math.min(value, MAX_DELAY_MS);
}

/** Like {@link delaySetting}, with undefined allowed (and kept). */
export function optionalDelay(field: string, value: unknown): number | undefined {
  return value === undefined ? undefined : delaySetting(field, value);
}

/** An integer ≥ `min`; a TypeError or RangeError naming `field` otherwise. */
export function integerSetting(field: string, value: unknown, min: number): number {
  if (typeof value !== 'number') throw new TypeError(`im-errors: ${field} must be an integer, got ${describe(value)}`);
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`im-errors: ${field} must be an integer ≥ ${min}, got ${describe(value)}`);
  }
  return value;
}

function objectSetting(field: string, value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object') throw new TypeError(`im-errors: ${field} must be an object, got ${describe(value)}`);
  return value as Record<string, unknown>;
}

function backoffSetting(field: string, value: unknown, partial: boolean): Partial<Backoff> {
  const given = objectSetting(field, value);
  const out: { -readonly [K in keyof Backoff]?: Backoff[K] } = {};
  if (!partial || given['baseMs'] !== undefined) out.baseMs = delaySetting(`${field}.baseMs`, given['baseMs']);
  if (!partial || given['capMs'] !== undefined) out.capMs = delaySetting(`${field}.capMs`, given['capMs']);
  if (!partial || given['multiplier'] !== undefined) {
    const multiplier = given['multiplier'];
    if (typeof multiplier !== 'number') throw new TypeError(`im-errors: ${field}.multiplier must be a number, got ${describe(multiplier)}`);
    if (!Number.isFinite(multiplier) || multiplier < 1) {
      throw new RangeError(`im-errors: ${field}.multiplier must be a finite number ≥ 1, got ${describe(multiplier)}`);
    }
    out.multiplier = multiplier;
  }
  if (!partial || given['jitter'] !== undefined) {
    if (!JITTERS.includes(given['jitter'])) {
      throw new TypeError(`im-errors: ${field}.jitter must be one of ${JITTERS.join(', ')}, got ${describe(given['jitter'])}`);
    }
    out.jitter = given['jitter'] as Backoff['jitter'];
  }
  return out;
}

function ruleSetting(field: string, value: unknown): RetryRule {
  const rule = objectSetting(field, value);
  const when = objectSetting(`${field}.when`, rule['when']);
  if (typeof when['kind'] !== 'string') throw new TypeError(`im-errors: ${field}.when.kind must be a kind, got ${describe(when['kind'])}`);
  if (!ACTIONS.includes(rule['action'])) {
    throw new TypeError(`im-errors: ${field}.action must be one of ${ACTIONS.join(', ')}, got ${describe(rule['action'])}`);
  }
  const checked: { -readonly [K in keyof RetryRule]: RetryRule[K] } = { ...(rule as unknown as RetryRule) };
  if (rule['maxRetries'] !== undefined) checked.maxRetries = integerSetting(`${field}.maxRetries`, rule['maxRetries'], 0);
  if (rule['backoff'] !== undefined) checked.backoff = backoffSetting(`${field}.backoff`, rule['backoff'], true);
  return Object.freeze(checked);
}

/** Policies already checked (and the frozen, clamped copy each stands for). */
const checkedPolicies = new WeakMap<object, RetryPolicy>();

/**
 * Checks a whole policy and returns a frozen copy with its delays clamped below 2^31 − 1 ms; `rules` may be left out
 * (none). A policy checked once is not checked again (the copy is remembered, weakly).
 *
 * @example
 * ```ts
 * validateRetryPolicy({ ...DEFAULT_RETRY_POLICY, maxAttempts: 0 }); // RangeError: policy.maxAttempts must be an integer ≥ 1
 * ```
 */
export function validateRetryPolicy(policy: RetryPolicy): RetryPolicy {
  const known = checkedPolicies.get(policy);
  if (known !== undefined) return known;
  const given = objectSetting('policy', policy);
  const rules = given['rules'] ?? [];
  if (!Array.isArray(rules)) throw new TypeError(`im-errors: policy.rules must be an array, got ${describe(rules)}`);
  const otherwise = given['otherwise'] ?? 'retry-if-retryable';
  if (otherwise !== 'retry-if-retryable' && otherwise !== 'never') {
    throw new TypeError(`im-errors: policy.otherwise must be retry-if-retryable or never, got ${describe(otherwise)}`);
  }
  const checked: RetryPolicy = Object.freeze({
    ...(policy as RetryPolicy),
    maxAttempts: integerSetting('policy.maxAttempts', given['maxAttempts'], 1),
    backoff: Object.freeze(backoffSetting('policy.backoff', given['backoff'], false) as Backoff),
    deadlineMs: optionalDelay('policy.deadlineMs', given['deadlineMs']),
    maxRetryAfterMs: delaySetting('policy.maxRetryAfterMs', given['maxRetryAfterMs']),
    rateLimitMinWaitMs: optionalDelay('policy.rateLimitMinWaitMs', given['rateLimitMinWaitMs']),
    attemptTimeoutMs: optionalDelay('policy.attemptTimeoutMs', given['attemptTimeoutMs']),
    rules: Object.freeze(rules.map((rule, index) => ruleSetting(`policy.rules[${index}]`, rule))),
    otherwise,
  });
  checkedPolicies.set(policy, checked);
  checkedPolicies.set(checked, checked);
  return checked;
}

/**
 * A checked policy: {@link DEFAULT_RETRY_POLICY} with `overrides` on top, validated (see {@link validateRetryPolicy}).
 * Throws a `TypeError` / `RangeError` naming the field for a setting that makes no sense.
 *
 * @example
 * ```ts
 * const policy = createRetryPolicy({ maxAttempts: 5, attemptTimeoutMs: 8_000, rules: [] });
 * await withRetry(() => chat.getConversationList(), { normalizer: tencent, policy, idempotent: true });
 * ```
 */
export function createRetryPolicy(overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  return validateRetryPolicy({ ...DEFAULT_RETRY_POLICY, ...overrides });
}

/**
 * The pure core of retrying: given a policy, what happened so far, the error just received and a random number,
 * decide whether to retry and how long to wait. No clock, no timers, no I/O, so it can be tested exactly and
 * interpreted by any runtime (Promises in `withRetry`, Schedules in `im-errors/effect`).
 */
import type { IMError } from '../imerror.js';
import { RATE_LIMIT_MIN_WAIT_MS, type Backoff, type ErrorSelector, type RetryPolicy, type RetryRule } from './policy.js';

/** What a call has been through, as far as planning needs it. Start from {@link INITIAL_RETRY_STATE}. */
export interface RetryState {
  /** Attempts made so far (1 after the first call failed). */
  readonly attempt: number;
  /** Time since the first call started, in ms. */
  readonly elapsedMs: number;
  /** The last planned delay (0 before any): decorrelated jitter grows from it. */
  readonly previousDelayMs: number;
  /** Retries granted so far, by index of the rule that granted them (`-1`: the `otherwise` fallback). */
  readonly retriesByRule: Readonly<Record<number, number>>;
}

/** The state before the first attempt. */
export const INITIAL_RETRY_STATE: RetryState = { attempt: 0, elapsedMs: 0, previousDelayMs: 0, retriesByRule: {} };

/** Why a call stops being retried. */
export type GiveUpReason =
  | 'not-retryable'
  | 'max-attempts'
  | 'rule-max-retries'
  | 'deadline'
  | 'retry-after-too-long'
  | 'cancelled'
  | 'budget-exhausted'
  | 'refresh-failed'
  | 'circuit-open'
  /** An attempt timed out and the call is not known to be idempotent: it may have done its work already. */
  | 'not-idempotent';

/** The plan for the error just received. */
export type RetryPlan =
  | {
      readonly retry: true;
      /** How long to wait before the next attempt. */
      readonly delayMs: number;
      /** True when credentials must be refreshed (successfully) before the next attempt. */
      readonly refresh: boolean;
      /** Index of the rule that decided (`-1`: the policy's `otherwise`). */
      readonly rule: number;
      /** The state to plan the next failure from, once this retry is made. */
      readonly next: RetryState;
    }
  | { readonly retry: false; readonly reason: GiveUpReason; readonly rule: number };

/** True when `selector` selects `error`. */
export function selects(selector: ErrorSelector, error: IMError): boolean {
  if (selector.kind !== error.kind) return false;
  const reason: unknown = selector.reason;
  if (reason === undefined) return true;
  return Array.isArray(reason) ? reason.includes(error.reason) : reason === error.reason;
}

/** The first rule of `policy` that selects `error`, with its index; `-1` and undefined when none does. */
export function ruleFor(policy: RetryPolicy, error: IMError): readonly [index: number, rule: RetryRule | undefined] {
  const rules = policy.rules ?? [];
  const index = rules.findIndex((rule) => selects(rule.when, error));
  return [index, index === -1 ? undefined : rules[index]];
}

/** A finite, non-negative number of ms, or 0: bogus hints and settings never produce NaN or negative waits. */
function nonNegative(ms: number | undefined): number {
  return ms !== undefined && Number.isFinite(ms) && ms > 0 ? ms : 0;
}

/**
 * The jittered delay of the `retry`-th retry (1-based) under `backoff`, within [0, capMs]: the exponential delay is
 * capped first and jittered after, so clients that keep failing never line up at the cap. `random` is in [0, 1).
 */
export function backoffDelay(backoff: Backoff, retry: number, previousDelayMs: number, random: number): number {
  const cap = nonNegative(backoff.capMs);
  const base = Math.min(nonNegative(backoff.baseMs), cap);
  const growth = Number.isFinite(backoff.multiplier) && backoff.multiplier >= 1 ? backoff.multiplier : 1;
  const exponential = Math.min(cap, base * growth ** Math.max(0, retry - 1));
  const r = Number.isFinite(random) ? Math.min(Math.max(random, 0), 1) : 0;
  switch (backoff.jitter) {
    case 'none':
      return exponential;
    case 'full':
      return r * exponential;
    case 'equal':
      return exponential / 2 + (r * exponential) / 2;
    case 'decorrelated': {
      const upper = Math.min(cap, Math.max(base, 3 * nonNegative(previousDelayMs)));
      return base + r * (upper - base);
    }
  }
}

/**
 * Decides what to do after attempt `state.attempt + 1` failed with `error`: the rule that selects it (or the policy's
 * `otherwise`), the attempt and per-rule limits, the vendor's `retryAfterMs` (the floor of the wait, which no cap
 * cuts, with the jittered backoff above it up to the cap; a rate limit without a hint waits at least
 * `rateLimitMinWaitMs`) and the deadline. Pure: same inputs, same plan.
 *
 * @example
 * ```ts
 * const plan = planRetry(DEFAULT_RETRY_POLICY, INITIAL_RETRY_STATE, tencent.normalize({ code: 2801 }), Math.random());
 * if (plan.retry) console.log(`retry in ${plan.delayMs} ms`);
 * ```
 */
export function planRetry(policy: RetryPolicy, state: RetryState, error: IMError, random: number): RetryPlan {
  const [index, rule] = ruleFor(policy, error);
  const otherwise = policy.otherwise ?? 'retry-if-retryable';
  const action = rule?.action ?? (otherwise === 'retry-if-retryable' && error.retryable ? 'backoff' : 'never');
  const attempt = state.attempt + 1;
  // `retryable` decides whether an error can succeed unchanged; rules only say how (and how often) to retry it. An
  // expired token is the one exception: it is not retryable as is, but is after `refreshCredentials()`.
  if (action === 'never' || (action === 'backoff' && !error.retryable)) return { retry: false, reason: 'not-retryable', rule: index };
  if (attempt >= policy.maxAttempts) return { retry: false, reason: 'max-attempts', rule: index };
  const granted = state.retriesByRule[index] ?? 0;
  if (rule?.maxRetries !== undefined && granted >= rule.maxRetries) {
    return { retry: false, reason: 'rule-max-retries', rule: index };
  }

  let delayMs = 0;
  if (action === 'backoff') {
    const backoff: Backoff = { ...policy.backoff, ...rule?.backoff };
    const hint = nonNegative(error.retryAfterMs);
    if (hint > nonNegative(policy.maxRetryAfterMs)) return { retry: false, reason: 'retry-after-too-long', rule: index };
    // The vendor's window (or, for a rate limit without one, the documented minimum) is a floor no cap cuts.
    const minimum = error.kind === 'rate-limit' && hint === 0 ? nonNegative(policy.rateLimitMinWaitMs ?? RATE_LIMIT_MIN_WAIT_MS) : 0;
    const floor = Math.max(hint, minimum);
    const cap = nonNegative(backoff.capMs);
    const spread = { ...backoff, capMs: Math.max(0, cap - floor) };
    delayMs = floor + backoffDelay(spread, attempt, Math.max(0, state.previousDelayMs - floor), random);
  }
  // A retry needs some of the deadline left to run in: a wait ending exactly at it ends retrying too.
  if (policy.deadlineMs !== undefined && state.elapsedMs + delayMs >= policy.deadlineMs) {
    return { retry: false, reason: 'deadline', rule: index };
  }
  const next: RetryState = {
    attempt,
    elapsedMs: state.elapsedMs + delayMs,
    previousDelayMs: delayMs,
    retriesByRule: { ...state.retriesByRule, [index]: granted + 1 },
  };
  return { retry: true, delayMs, refresh: action === 'after-refresh', rule: index, next };
}

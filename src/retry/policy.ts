/**
 * Retry policies are data: how many calls, how long to wait, which errors to retry. {@link planRetry} interprets
 * them; the Promise runner (`withRetry`) and the Effect interpreter (`im-errors/effect`) both call it.
 */
import type { Kind, ReasonOf } from '../taxonomy.js';

/**
 * How a computed delay is randomised, so that clients failing together do not retry together.
 * - `full`: uniform in [0, d] (AWS "full jitter"; the default).
 * - `equal`: d/2 plus uniform in [0, d/2].
 * - `decorrelated`: uniform in [base, min(cap, 3 × previous delay)].
 * - `none`: exactly d (only for tests and single clients).
 */
export type Jitter = 'full' | 'equal' | 'decorrelated' | 'none';

/** Exponential backoff: the n-th retry waits `baseMs × multiplier^(n-1)`, capped at `capMs`, then jittered. */
export interface Backoff {
  /** The delay before the first retry, before jitter. */
  readonly baseMs: number;
  /** Growth per retry (2 doubles). */
  readonly multiplier: number;
  /** No delay exceeds this. Jitter is applied after the cap, so clients that keep failing stay spread out. */
  readonly capMs: number;
  readonly jitter: Jitter;
}

/** Which errors a rule is for: a kind, optionally narrowed to some of its reasons. */
export type ErrorSelector = {
  readonly [K in Kind]: { readonly kind: K; readonly reason?: ReasonOf<K> | readonly ReasonOf<K>[] };
}[Kind];

/**
 * What a rule does with the errors it selects:
 * - `never`: give up at once;
 * - `backoff`: retry the error — if its mapping says `retryable` — after the rule's backoff (and after the vendor's
 *   `retryAfterMs`, when the error has one); a rule never makes a non-retryable error retried;
 * - `after-refresh`: call the caller's `refreshCredentials()` and retry at once if it succeeds (expired tokens).
 */
export type RetryAction = 'never' | 'backoff' | 'after-refresh';

/** One per-kind or per-reason rule of a {@link RetryPolicy}. */
export interface RetryRule {
  /** The errors this rule is for. The first rule that selects an error decides for it. */
  readonly when: ErrorSelector;
  readonly action: RetryAction;
  /** At most this many retries of one call may come from this rule (on top of the policy's `maxAttempts`). */
  readonly maxRetries?: number;
  /** Overrides of the policy's backoff for these errors. */
  readonly backoff?: Partial<Backoff>;
}

/** A complete retry policy. Spread {@link DEFAULT_RETRY_POLICY} and override what you need. */
export interface RetryPolicy {
  /** Total calls, counting the first one: `3` means one call and at most two retries. `1` never retries. */
  readonly maxAttempts: number;
  /** The backoff of every rule that does not override it. */
  readonly backoff: Backoff;
  /**
   * The time spent retrying, from the end of the first failed attempt: no wait and no retry starts that would end
   * past it, a retry attempt is cut (as a `network/timeout`) when it would run past it, and the time a credentials
   * refresh takes counts. The first attempt is not bounded by it (only by `attemptTimeoutMs` or the signal).
   * `undefined`: no deadline.
   */
  readonly deadlineMs?: number | undefined;
  /**
   * The longest vendor `retryAfterMs` hint honoured. A longer hint ends retrying: the caller gets the error, with its
   * `retryAfterMs`, and can tell the user when to try again instead of holding a promise open for a minute.
   */
  readonly maxRetryAfterMs: number;
  /**
   * The least wait before retrying a rate limit (`kind: 'rate-limit'`) that came without a vendor hint, in ms.
   * Default 1000: a rate limit is never retried at once. A vendor's hint is a floor too, and no cap cuts either.
   */
  readonly rateLimitMinWaitMs?: number | undefined;
  /**
   * How long one attempt may run before it is abandoned (its `signal` aborted) as a `network/timeout`, in ms; a
   * per-call `attemptTimeoutMs` option wins. Retried only when the call is idempotent. `undefined` (the default): no
   * timeout, no timer is armed.
   */
  readonly attemptTimeoutMs?: number | undefined;
  /** Per-kind / per-reason rules, first match wins. None when left out. */
  readonly rules?: readonly RetryRule[] | undefined;
  /**
   * What happens to errors no rule selects: retry with the backoff when the mapping says `retryable`, or never.
   * Default `retry-if-retryable`.
   */
  readonly otherwise?: 'retry-if-retryable' | 'never' | undefined;
}

/** The default least wait before retrying a rate limit without a vendor hint: 1 s. */
export const RATE_LIMIT_MIN_WAIT_MS = 1000;

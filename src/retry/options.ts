/**
 * The options every retrying entry point takes (`withRetry`, `wrap`, `wrapClient`, the callback helpers): where
 * errors are normalized, the policy, cancellation, the shared budget and breaker, hooks, and injectable time.
 */
import type { IMError } from '../imerror.js';
import type { RetryPolicy } from './policy.js';
import type { GiveUpReason } from './plan.js';
import type { RetryBudget } from './budget.js';
import type { CircuitBreaker } from './breaker.js';

/** Turns whatever an operation rejected with into an IMError: a vendor adapter, or a normalizer's function. */
export type ErrorNormalizer = { readonly normalize: (raw: unknown) => IMError } | ((raw: unknown) => IMError);

/**
 * The part of `AbortSignal` im-errors uses, declared here so the core needs no DOM types; a real `AbortSignal` fits.
 */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { readonly once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** Time, injectable: tests pass a fake clock and never sleep. */
export interface Clock {
  /** Milliseconds, monotonic enough for measuring waits. */
  readonly now: () => number;
  /** Calls `callback` after `ms`; returns a function that cancels it. */
  readonly setTimer: (callback: () => void, ms: number) => () => void;
}

/** One finished attempt of a call. */
export interface AttemptRecord {
  /** 1 for the first call. */
  readonly attempt: number;
  /** The error it failed with; undefined when it succeeded. */
  readonly error: IMError | undefined;
  /**
   * How long the attempt ran, in ms. The first attempt is timed only when something needs it (an `onSuccess` or
   * `onGiveUp` hook, an injected `clock`, an attempt timeout): the default success path reads no clock, so
   * otherwise its duration reads 0.
   */
  readonly durationMs: number;
  /** The wait planned after it (0 when no retry followed). */
  readonly delayMs: number;
}

/** What a call went through: every attempt, total time waited, and why it stopped retrying. */
export interface RetryHistory {
  readonly attempts: readonly AttemptRecord[];
  /** The sum of the waits between attempts, in ms. */
  readonly totalDelayMs: number;
  /** Why retrying ended, when the call failed. */
  readonly gaveUp: GiveUpReason | undefined;
}

/** What the operation is told about the attempt it is making. */
export interface AttemptContext {
  /** 1 for the first call. */
  readonly attempt: number;
  /**
   * Aborted when the caller cancels, or when the runner abandons the attempt (its `attemptTimeoutMs` passed, or
   * the deadline): pass it on to whatever supports cancellation. Undefined when neither can happen.
   */
  readonly signal: AbortSignalLike | undefined;
}

/** Hooks for logging and metrics. They must not throw; if one does, the error is ignored. */
export interface RetryHooks {
  /** A retry is about to wait `delayMs` after `error` ended attempt `attempt`. */
  readonly onRetry?: (error: IMError, attempt: number, delayMs: number) => void;
  /** The call failed for good. */
  readonly onGiveUp?: (error: IMError, history: RetryHistory) => void;
  /** The call succeeded (after `history.attempts.length` attempts). */
  readonly onSuccess?: (history: RetryHistory) => void;
}

/**
 * Reads a resolved result as a failure, for SDKs that report failures by resolving (`{ code, msg }` results): the
 * raw error to normalize (and maybe retry), or undefined when the result is a success. If it throws, what it threw
 * is the raw error.
 */
export type FailureReader = (result: unknown) => unknown;

/** Options of `withRetry` and of the wrappers built on it. */
export interface RetryOptions extends RetryHooks {
  /**
   * How rejections become IMErrors: a vendor adapter (`tencent`), or a normalizer function. Default: platform errors
   * only (aborts, timeouts, `fetch` and socket failures); a vendor's error comes out `unknown` and is not retried.
   */
  readonly normalizer?: ErrorNormalizer | undefined;
  /**
   * How long one attempt may run, in ms, before it is abandoned (`context.signal` aborted) as a `network/timeout`;
   * wins over the policy's `attemptTimeoutMs`. Default: the policy's (none in the default policy: no timer).
   */
  readonly attemptTimeoutMs?: number | undefined;
  /**
   * True when repeating the call is safe (a read, "set to X"): only then is an attempt that timed out retried — a
   * send that timed out may have been delivered. `wrapClient` sets it from the method table. Default false.
   */
  readonly idempotent?: boolean | undefined;
  /** See {@link FailureReader}: a resolved result that is a failure. None by default. */
  readonly failureOf?: FailureReader | undefined;
  /**
   * How long a credentials refresh may take, in ms, before the calls waiting for it give up with their auth error
   * (`refresh-failed`). It is also bounded by what is left of the deadline. Default: the deadline only.
   */
  readonly refreshTimeoutMs?: number | undefined;
  /** Defaults to `DEFAULT_RETRY_POLICY`. */
  readonly policy?: RetryPolicy | undefined;
  /** Cancels the pending wait at once; no further call is made; the call rejects with `client/cancelled`. */
  readonly signal?: AbortSignalLike | undefined;
  /**
   * Called before retrying an expired-token error; the retry happens only if it resolves. Single-flight: calls that
   * share this function share one refresh in flight, and the retry after it takes no budget token.
   */
  readonly refreshCredentials?: ((error: IMError) => Promise<void>) | undefined;
  /** Defaults to the real clock (`Date.now`, `setTimeout`). */
  readonly clock?: Clock | undefined;
  /** A source of numbers in [0, 1); defaults to `Math.random`. One number is drawn each time a retry is planned. */
  readonly random?: (() => number) | undefined;
  /**
   * The retry budget shared with other calls (see `createRetryBudget`): every call deposits into it, every retry
   * needs a token from it. `withRetry` uses none unless given one; `wrap` and `wrapClient` make one per wrapper
   * unless given one. `false`: no budget.
   */
  readonly budget?: RetryBudget | false | undefined;
  /** A circuit breaker shared with other calls (see `createCircuitBreaker`); none unless given. */
  readonly breaker?: CircuitBreaker | undefined;
}

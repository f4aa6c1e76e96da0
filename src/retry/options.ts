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
  /** How long the attempt ran, in ms. */
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
  /** Aborted when the caller cancels: pass it on to whatever supports cancellation. */
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

/** Options of `withRetry` and of the wrappers built on it. */
export interface RetryOptions extends RetryHooks {
  /** How rejections become IMErrors: a vendor adapter (`tencent`), or a normalizer function. */
  readonly normalizer: ErrorNormalizer;
  /** Defaults to `DEFAULT_RETRY_POLICY`. */
  readonly policy?: RetryPolicy | undefined;
  /** Cancels the pending wait at once; no further call is made; the call rejects with `client/cancelled`. */
  readonly signal?: AbortSignalLike | undefined;
  /** Called before retrying an expired-token error; the retry happens only if it resolves. */
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

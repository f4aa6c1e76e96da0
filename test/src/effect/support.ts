/** Helpers for the Effect entry's tests: IMErrors of a kind, and scripted attempts run under Effect's TestClock. */
import * as Clock from 'effect/Clock';
import * as Effect from 'effect/Effect';
import * as Exit from 'effect/Exit';
import * as Fiber from 'effect/Fiber';
import { TestClock } from 'effect/testing';
import { createIMError, type IMError, type IMErrorInit } from '../../../src/index.js';

/** A retryable network timeout. */
export const timeout = (): IMError =>
  createIMError({ kind: 'network', reason: 'timeout', vendor: 'tencent', retryable: true, recovery: 'check-network', cause: 'timeout' });

/** A non-retryable invalid parameter. */
export const invalid = (): IMError =>
  createIMError({ kind: 'validation', reason: 'invalid', vendor: 'tencent', retryable: false, recovery: 'fix-input', cause: 'invalid' });

/** An expired token: the default policy retries it once after a refresh. */
export const tokenExpired = (): IMError =>
  createIMError({ kind: 'auth', reason: 'token-expired', vendor: 'tencent', retryable: false, recovery: 'refresh-credentials', cause: 'expired' });

/** A rate limit with the vendor's wait hint. */
export const rateLimited = (retryAfterMs: number): IMError =>
  createIMError({ kind: 'rate-limit', reason: 'too-many-requests', vendor: 'tencent', retryable: true, recovery: 'wait', retryAfterMs, cause: 'rate' } as IMErrorInit);

/** What a scripted run saw: when each attempt started (TestClock ms) and how the whole call ended. */
export interface ScriptedRun<A> {
  readonly starts: readonly number[];
  readonly exit: Exit.Exit<A, IMError>;
}

/**
 * An operation whose n-th attempt fails with `errors[n-1]` (after `attemptMs` of TestClock time), and succeeds with
 * `'ok'` once the script runs out; `starts` records each attempt's start time.
 */
export function scripted(errors: readonly IMError[], attemptMs = 0): { readonly operation: Effect.Effect<string, IMError>; readonly starts: number[] } {
  const starts: number[] = [];
  const operation = Effect.gen(function* () {
    starts.push(yield* Clock.currentTimeMillis);
    const error = errors[starts.length - 1];
    if (attemptMs > 0) yield* Effect.sleep(attemptMs);
    if (error !== undefined) return yield* Effect.fail(error);
    return 'ok';
  });
  return { operation, starts };
}

/**
 * Runs `retrying(operation)` in a fiber under a fresh TestClock, advances the clock by an hour (running every sleep
 * in order), and returns the attempts' start times and the exit. No real time passes.
 */
export function runUnderTestClock<A, R>(
  errors: readonly IMError[],
  retrying: (operation: Effect.Effect<string, IMError>) => Effect.Effect<A, IMError, R>,
  attemptMs = 0,
): Effect.Effect<ScriptedRun<A>, never, R> {
  const { operation, starts } = scripted(errors, attemptMs);
  return Effect.gen(function* () {
    const fiber = yield* Effect.forkChild(Effect.exit(retrying(operation)));
    yield* TestClock.adjust('1 hour');
    const exit = yield* Fiber.join(fiber);
    return { starts, exit };
  }).pipe(Effect.provide(TestClock.layer()));
}

/** The failure of an exit, or throws. */
export function failureOf<A>(exit: Exit.Exit<A, IMError>): IMError {
  if (Exit.isSuccess(exit)) throw new Error('expected a failure');
  const error = exit.cause.reasons.find((reason) => reason._tag === 'Fail');
  if (error === undefined || error._tag !== 'Fail') throw new Error('expected a typed failure');
  return error.error;
}

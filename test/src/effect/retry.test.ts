/** `withRetry` for Effects: the policy's schedule applied with `Effect.retry`; interruption is the cancellation. */
import * as Effect from 'effect/Effect';
import * as Exit from 'effect/Exit';
import * as Fiber from 'effect/Fiber';
import * as Random from 'effect/Random';
import { TestClock } from 'effect/testing';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { withRetry } from '../../../src/effect/retry.js';
import { DEFAULT_RETRY_POLICY, retryHistoryOf, type IMError, type RetryPolicy } from '../../../src/index.js';
import { failureOf, runUnderTestClock, scripted, timeout, tokenExpired } from './support.js';

const half = (): number => 0.5;
const run = <A>(effect: Effect.Effect<A>): Promise<A> => Effect.runPromise(effect);

describe('withRetry', () => {
  it('retries by the policy, data-last in a pipe or data-first', async () => {
    const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, maxAttempts: 4 };
    const errors = [timeout(), timeout(), timeout(), timeout()];
    const piped = await run(runUnderTestClock(errors, (op) => op.pipe(withRetry({ policy, random: half }))));
    const direct = await run(runUnderTestClock(errors.map(() => timeout()), (op) => withRetry(op, { policy, random: half })));
    // Full jitter at 0.5 of 100, 200, 400 ms.
    expect(piped.starts).toEqual([0, 50, 150, 350]);
    expect(direct.starts).toEqual(piped.starts);
    expect(failureOf(piped.exit)).toBe(errors[3]);
    expect(retryHistoryOf(errors[3])?.gaveUp).toBe('max-attempts');
  });

  it("uses the default policy and Effect's Random when given nothing", async () => {
    const fixed: Random.Random = { nextDoubleUnsafe: () => 1 - Number.EPSILON, nextIntUnsafe: () => 0 };
    const { starts } = await run(
      runUnderTestClock([timeout(), timeout(), timeout()], (op) => op.pipe(withRetry(), Effect.provideService(Random.Random, fixed))),
    );
    // Random ≈ 1: the whole backoff window, 100 ms then 200 ms.
    expect(starts.map(Math.round)).toEqual([0, 100, 300]);
  });

  it('refreshes credentials with the given Effect before retrying an expired token', async () => {
    let refreshes = 0;
    const refreshCredentials = (error: IMError) => Effect.sync(() => (refreshes += error.reason === 'token-expired' ? 1 : 100));
    const { starts, exit } = await run(runUnderTestClock([tokenExpired()], (op) => op.pipe(withRetry({ refreshCredentials }))));
    expect(refreshes).toBe(1);
    expect(starts).toEqual([0, 0]);
    expect(exit).toEqual(Exit.succeed('ok'));
  });

  it('stops at once, making no further attempt, when the fiber is interrupted during a wait', async () => {
    const { operation, starts } = scripted([timeout(), timeout(), timeout()]);
    const exit = await run(
      Effect.gen(function* () {
        const fiber = yield* Effect.forkChild(operation.pipe(withRetry({ random: half })));
        yield* TestClock.adjust(25); // halfway through the first wait, 100 ms × 0.5
        yield* Fiber.interrupt(fiber);
        yield* TestClock.adjust('1 hour');
        return yield* Fiber.await(fiber);
      }).pipe(Effect.provide(TestClock.layer())),
    );
    expect(starts).toEqual([0]);
    expect(Exit.hasInterrupts(exit)).toBe(true);
  });

  it("stops when the AbortSignal given to Effect.runPromise aborts", async () => {
    let attempts = 0;
    let firstAttempt!: () => void;
    const attempted = new Promise<void>((resolve) => (firstAttempt = resolve));
    const operation = Effect.suspend(() => {
      attempts++;
      firstAttempt();
      return Effect.fail(timeout());
    });
    const controller = new AbortController();
    // Under a TestClock nobody advances, the first wait never ends by itself: only the abort can end the call.
    const exit = Effect.runPromiseExit(operation.pipe(withRetry({ random: half }), Effect.provide(TestClock.layer())), {
      signal: controller.signal,
    });
    await attempted;
    controller.abort();
    expect(Exit.hasInterrupts(await exit)).toBe(true);
    expect(attempts).toBe(1);
  });

  it('accepts only Effects that fail with IMErrors (compile time)', () => {
    const ok = Effect.fail(timeout()).pipe(withRetry());
    expectTypeOf(ok).toEqualTypeOf<Effect.Effect<never, IMError>>();
    // @ts-expect-error — a string failure cannot be planned for
    Effect.fail('boom').pipe(withRetry());
    expect(true).toBe(true);
  });

  describe('attemptTimeoutMs', () => {
    /** An attempt that never settles the first time, and succeeds after; its attempts' start times on the TestClock. */
    const hangingOnce = (): { readonly operation: Effect.Effect<string, IMError>; readonly starts: number[] } => {
      const starts: number[] = [];
      const operation = Effect.suspend(() => {
        starts.push(starts.length);
        return starts.length === 1 ? Effect.never : Effect.succeed('ok');
      });
      return { operation, starts };
    };
    const underTestClock = <A>(effect: Effect.Effect<A, IMError>): Promise<Exit.Exit<A, IMError>> =>
      run(
        Effect.gen(function* () {
          const fiber = yield* Effect.forkChild(Effect.exit(effect));
          yield* TestClock.adjust('1 hour');
          return yield* Fiber.join(fiber);
        }).pipe(Effect.provide(TestClock.layer())),
      );

    it('abandons an attempt still running, as network/timeout, and retries it only when idempotent', async () => {
      const once = hangingOnce();
      const sent = await underTestClock(once.operation.pipe(withRetry({ attemptTimeoutMs: 500, random: half })));
      const error = failureOf(sent);
      expect([error.kind, error.reason, retryHistoryOf(error)?.gaveUp, once.starts.length]).toEqual(['network', 'timeout', 'not-idempotent', 1]);

      const read = hangingOnce();
      const exit = await underTestClock(read.operation.pipe(withRetry({ attemptTimeoutMs: 500, idempotent: true, random: half })));
      expect(exit).toEqual(Exit.succeed('ok'));
      expect(read.starts.length).toBe(2);
    });

    it("takes the policy's attemptTimeoutMs, and rejects a bad one where withRetry is applied", async () => {
      const read = hangingOnce();
      const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, attemptTimeoutMs: 200 };
      expect(await underTestClock(read.operation.pipe(withRetry({ policy, idempotent: true, random: half })))).toEqual(Exit.succeed('ok'));
      expect(() => Effect.never.pipe(withRetry({ attemptTimeoutMs: -1 }))).toThrow(/options\.attemptTimeoutMs/);
    });
  });
});

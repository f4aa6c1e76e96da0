/** Single-flight refresh in the Effect schedule: fibers sharing a refresh function share one refresh (issue 12). */
import * as Clock from 'effect/Clock';
import * as Effect from 'effect/Effect';
import * as Exit from 'effect/Exit';
import * as Fiber from 'effect/Fiber';
import { TestClock } from 'effect/testing';
import { describe, expect, it } from 'vitest';
import { createRetryPolicy } from '../../../src/retry/validate.js';
import { retrySchedule } from '../../../src/effect/schedule.js';
import { retryHistoryOf, type IMError } from '../../../src/index.js';
import { failureOf, timeout, tokenExpired } from './support.js';

/** An effect failing with an expired token until `fresh()` says the credentials were renewed. */
/** Lets the other fibers run (no real time passes): the refresh stays in flight while they fail. */
const others = Effect.repeat(Effect.yieldNow, { times: 50 });

const call = (fresh: () => boolean): Effect.Effect<string, IMError> => Effect.suspend(() => (fresh() ? Effect.succeed('ok') : Effect.fail(tokenExpired())));

describe('single-flight refresh (Effect)', () => {
  it('50 concurrent fibers failing with an expired token make one refresh', async () => {
    let renewed = false;
    let refreshes = 0;
    const refreshCredentials = (): Effect.Effect<void> =>
      Effect.suspend(() => {
        refreshes++;
        return others.pipe(Effect.tap(() => Effect.sync(() => (renewed = true))));
      });
    const fibers = Array.from({ length: 50 }, () => Effect.retry(call(() => renewed), retrySchedule(undefined, { refreshCredentials, random: () => 0.5 })));
    const results = await Effect.runPromise(Effect.all(fibers, { concurrency: 'unbounded' }));
    expect(results).toEqual(Array.from({ length: 50 }, () => 'ok'));
    expect(refreshes).toBe(1);
  });

  it('a refresh that fails ends every fiber waiting for it with its auth error (refresh-failed)', async () => {
    let refreshes = 0;
    const refreshCredentials = (): Effect.Effect<never, string> =>
      Effect.suspend(() => {
        refreshes++;
        return others.pipe(Effect.flatMap(() => Effect.fail('token server down')));
      });
    const fibers = Array.from({ length: 5 }, () => Effect.exit(Effect.retry(call(() => false), retrySchedule(undefined, { refreshCredentials }))));
    const exits = await Effect.runPromise(Effect.all(fibers, { concurrency: 'unbounded' }));
    expect(refreshes).toBe(1);
    for (const exit of exits) {
      expect(Exit.isFailure(exit)).toBe(true);
      const failure = Exit.isFailure(exit) ? exit.cause.reasons.find((reason) => reason._tag === 'Fail') : undefined;
      const error = failure?._tag === 'Fail' ? (failure.error as IMError) : undefined;
      expect([error?.reason, error && retryHistoryOf(error)?.gaveUp]).toEqual(['token-expired', 'refresh-failed']);
    }
  });

  /** Runs `fibers` under a fresh TestClock advanced by an hour; their exits and when each ended (TestClock ms). */
  function underTestClock<A>(fibers: ReadonlyArray<Effect.Effect<A, IMError>>): Promise<Array<{ exit: Exit.Exit<A, IMError>; at: number }>> {
    const timed = fibers.map((fiber) => Effect.exit(fiber).pipe(Effect.flatMap((exit) => Effect.map(Clock.currentTimeMillis, (at) => ({ exit, at })))));
    return Effect.runPromise(
      Effect.gen(function* () {
        const running = yield* Effect.forkChild(Effect.all(timed, { concurrency: 'unbounded' }));
        yield* TestClock.adjust('1 hour');
        return yield* Fiber.join(running);
      }).pipe(Effect.provide(TestClock.layer())),
    );
  }

  it('a refresh that never settles ends the fiber at refreshTimeoutMs with refresh-failed', async () => {
    const refreshCredentials = (): Effect.Effect<void> => Effect.never;
    const [run] = await underTestClock([Effect.retry(call(() => false), retrySchedule(undefined, { refreshCredentials, refreshTimeoutMs: 250 }))]);
    const error = failureOf(run!.exit);
    expect([error.reason, retryHistoryOf(error)?.gaveUp, run!.at]).toEqual(['token-expired', 'refresh-failed', 250]);
  });

  it('a refresh that never settles is bounded by the deadline when no refresh timeout is given', async () => {
    const refreshCredentials = (): Effect.Effect<void> => Effect.never;
    const policy = createRetryPolicy({ deadlineMs: 2000 });
    const [run] = await underTestClock([Effect.retry(call(() => false), retrySchedule(policy, { refreshCredentials }))]);
    expect([retryHistoryOf(failureOf(run!.exit))?.gaveUp, run!.at]).toEqual(['refresh-failed', 2000]);
  });

  it('counts the time a slow refresh took toward the deadline of the retries after it', async () => {
    let renewed = false;
    const refreshCredentials = (): Effect.Effect<void> => Effect.sleep(1950).pipe(Effect.tap(() => Effect.sync(() => (renewed = true))));
    // After the refresh the call fails with a retryable timeout: its wait (full jitter at 0.99 of 200 ms) would end
    // past the 2 s deadline only if the refresh's 1,950 ms count.
    const failing = Effect.suspend(() => Effect.fail(renewed ? timeout() : tokenExpired()));
    const policy = createRetryPolicy({ deadlineMs: 2000 });
    const [run] = await underTestClock([Effect.retry(failing, retrySchedule(policy, { refreshCredentials, random: () => 0.99 }))]);
    const error = failureOf(run!.exit);
    expect([error.reason, retryHistoryOf(error)?.gaveUp, run!.at]).toEqual(['timeout', 'deadline', 1950]);
  });

  it('a fiber that stops waiting leaves the refresh running for the others', async () => {
    let renewed = false;
    let refreshes = 0;
    const refreshCredentials = (): Effect.Effect<void> =>
      Effect.suspend(() => {
        refreshes++;
        return Effect.sleep(500).pipe(Effect.tap(() => Effect.sync(() => (renewed = true))));
      });
    const impatient = Effect.retry(call(() => renewed), retrySchedule(undefined, { refreshCredentials, refreshTimeoutMs: 100, random: () => 0 }));
    const patient = Effect.retry(call(() => renewed), retrySchedule(undefined, { refreshCredentials, random: () => 0 }));
    const [first, second] = await underTestClock([impatient, patient]);
    expect(retryHistoryOf(failureOf(first!.exit))?.gaveUp).toBe('refresh-failed');
    expect(second!.exit).toEqual(Exit.succeed('ok'));
    expect(refreshes).toBe(1);
  });

  it('rejects a bad refreshTimeoutMs where the schedule is made', () => {
    expect(() => retrySchedule(undefined, { refreshTimeoutMs: -1 })).toThrow(/options\.refreshTimeoutMs/);
  });
});

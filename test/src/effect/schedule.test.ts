/** `retrySchedule`: a retry policy as an Effect Schedule, observed under Effect's TestClock (no real time passes). */
import * as Effect from 'effect/Effect';
import * as Exit from 'effect/Exit';
import * as Random from 'effect/Random';
import * as Schedule from 'effect/Schedule';
import { describe, expect, it } from 'vitest';
import { retrySchedule, type RetryDecision } from '../../../src/effect/schedule.js';
import { DEFAULT_RETRY_POLICY, createRetryBudget, retryHistoryOf, type IMError, type RetryPolicy } from '../../../src/index.js';
import { failureOf, invalid, rateLimited, runUnderTestClock, timeout, tokenExpired } from './support.js';

const half = (): number => 0.5;
const run = <A, R>(effect: Effect.Effect<A, never, R>): Promise<A> => Effect.runPromise(effect as Effect.Effect<A>);

describe('retrySchedule with the default policy', () => {
  it('waits the jittered backoff between attempts and gives up at maxAttempts with the last error', async () => {
    const errors = [timeout(), timeout(), timeout()];
    const { starts, exit } = await run(runUnderTestClock(errors, (op) => Effect.retry(op, retrySchedule(DEFAULT_RETRY_POLICY, { random: half }))));
    // 100 ms × 0.5, then 200 ms × 0.5 (full jitter), then no third retry: maxAttempts is 3.
    expect(starts).toEqual([0, 50, 150]);
    const error = failureOf(exit);
    expect(error).toBe(errors[2]);
    expect(retryHistoryOf(error)).toMatchObject({
      totalDelayMs: 150,
      gaveUp: 'max-attempts',
      attempts: [
        { attempt: 1, error: errors[0], delayMs: 50 },
        { attempt: 2, error: errors[1], delayMs: 100 },
        { attempt: 3, error: errors[2], delayMs: 0 },
      ],
    });
  });

  it('succeeds as soon as an attempt does', async () => {
    const { starts, exit } = await run(runUnderTestClock([timeout()], (op) => Effect.retry(op, retrySchedule(undefined, { random: half }))));
    expect(starts).toEqual([0, 50]);
    expect(exit).toEqual(Exit.succeed('ok'));
  });

  it('never retries what the mapping says cannot succeed unchanged', async () => {
    const { starts, exit } = await run(runUnderTestClock([invalid()], (op) => Effect.retry(op, retrySchedule(undefined, { random: half }))));
    expect(starts).toEqual([0]);
    expect(retryHistoryOf(failureOf(exit))?.gaveUp).toBe('not-retryable');
  });

  it("waits at least the vendor's retryAfterMs, with the jitter above it", async () => {
    const { starts } = await run(
      runUnderTestClock([rateLimited(1000), rateLimited(1000)], (op) => Effect.retry(op, retrySchedule(undefined, { random: half }))),
    );
    // rate-limit rule: base 1 s; the hint (1 s) is the floor, half of the remaining 1 s window is added; then 2 s × 0.5.
    expect(starts).toEqual([0, 1500, 1500 + 2000]);
  });

  it("draws from Effect's Random service when no random is given", async () => {
    const fixed: Random.Random = { nextDoubleUnsafe: () => 0.25, nextIntUnsafe: () => 0 };
    const { starts } = await run(
      runUnderTestClock([timeout(), timeout()], (op) => Effect.retry(op, retrySchedule()).pipe(Effect.provideService(Random.Random, fixed))),
    );
    expect(starts).toEqual([0, 25, 75]); // 100 ms × 0.25, then 200 ms × 0.25
    const seeded = () => run(runUnderTestClock([timeout(), timeout()], (op) => Effect.retry(op, retrySchedule()).pipe(Random.withSeed('im'))));
    const [first, second] = [await seeded(), await seeded()];
    expect(first.starts).toEqual(second.starts);
  });
});

describe('expired tokens (after-refresh)', () => {
  it('runs the refresh Effect, then retries at once', async () => {
    const refreshed: IMError[] = [];
    const error = tokenExpired();
    const schedule = retrySchedule(undefined, { random: half, refreshCredentials: (e) => Effect.sync(() => refreshed.push(e)) });
    const { starts, exit } = await run(runUnderTestClock([error], (op) => Effect.retry(op, schedule)));
    expect(refreshed).toEqual([error]);
    expect(starts).toEqual([0, 0]);
    expect(exit).toEqual(Exit.succeed('ok'));
  });

  it('gives up with the token error when the refresh fails, or when there is none', async () => {
    const error = tokenExpired();
    const failing = retrySchedule(undefined, { refreshCredentials: () => Effect.fail('auth server down') });
    const withFailing = await run(runUnderTestClock([error], (op) => Effect.retry(op, failing)));
    expect(withFailing.starts).toEqual([0]);
    expect(failureOf(withFailing.exit)).toBe(error);
    expect(retryHistoryOf(error)?.gaveUp).toBe('refresh-failed');

    const without = await run(runUnderTestClock([tokenExpired()], (op) => Effect.retry(op, retrySchedule())));
    expect(without.starts).toEqual([0]);
    expect(retryHistoryOf(failureOf(without.exit))?.gaveUp).toBe('refresh-failed');
  });
});

describe('limits', () => {
  it('counts time spent in attempts against the deadline, from the first failure', async () => {
    const policy: RetryPolicy = {
      ...DEFAULT_RETRY_POLICY,
      maxAttempts: 10,
      deadlineMs: 1000,
      backoff: { baseMs: 300, multiplier: 1, capMs: 300, jitter: 'none' },
    };
    const { starts, exit } = await run(runUnderTestClock([timeout(), timeout(), timeout()], (op) => Effect.retry(op, retrySchedule(policy)), 400));
    // The deadline bounds the time spent retrying: it starts when attempt 1 fails, at 400. Attempt 2 starts at 700
    // and fails at 1100 (700 ms spent, +300 = 1000: a retry would have no time left: stop).
    expect(starts).toEqual([0, 700]);
    expect(retryHistoryOf(failureOf(exit))).toMatchObject({ gaveUp: 'deadline', attempts: [{ durationMs: 400 }, { durationMs: 400 }] });
  });

  it('takes a token from a shared budget for each retry and stops when none is left', async () => {
    const budget = createRetryBudget({ ratio: 0, capacity: 1 });
    const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, maxAttempts: 5 };
    const { starts, exit } = await run(
      runUnderTestClock([timeout(), timeout(), timeout()], (op) => Effect.retry(op, retrySchedule(policy, { random: half, budget }))),
    );
    expect(starts).toEqual([0, 50]);
    expect(retryHistoryOf(failureOf(exit))?.gaveUp).toBe('budget-exhausted');
    expect(budget.snapshot()).toMatchObject({ calls: 1, granted: 1, refused: 1 });
  });
});

describe('observing decisions', () => {
  it('outputs each decision, and hands the final one to Effect.retryOrElse', async () => {
    const seen: RetryDecision[] = [];
    const errors = [timeout(), invalid()];
    const schedule = retrySchedule(undefined, { random: half }).pipe(Schedule.tap((meta) => Effect.sync(() => seen.push(meta.output))));
    const { exit } = await run(
      runUnderTestClock(errors, (op) => Effect.retryOrElse(op, schedule, (error, decision) => Effect.succeed({ error, decision }))),
    );
    expect(seen).toEqual([{ retry: true, attempt: 1, error: errors[0], delayMs: 50, refresh: false, rule: -1 }]);
    expect(exit).toEqual(Exit.succeed({ error: errors[1], decision: { retry: false, attempt: 2, error: errors[1], reason: 'not-retryable', rule: -1 } }));
  });

  it('starts afresh for every run of the retried effect', async () => {
    const schedule = retrySchedule(undefined, { random: half });
    const first = await run(runUnderTestClock([timeout(), timeout(), timeout()], (op) => Effect.retry(op, schedule)));
    const second = await run(runUnderTestClock([timeout(), timeout(), timeout()], (op) => Effect.retry(op, schedule)));
    expect(second.starts).toEqual(first.starts);
  });
});

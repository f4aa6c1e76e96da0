/** Single-flight credentials refresh: one refresh in flight per function, whatever the concurrency (issue 12). */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { tencent } from '../../../adapters/tencent/index.js';
import { createRetryBudget, isIMError, retryHistoryOf, withRetry, wrap, type IMError } from '../../../src/index.js';
import { virtualClock } from './support/virtual-clock.js';

const EXPIRED = { code: 70001, message: 'UserSig expired' }; // auth/token-expired

describe('single-flight refresh', () => {
  it('1,000 concurrent calls failing with an expired token make one refresh, and none is refused by the budget', async () => {
    const time = virtualClock();
    let token = 1;
    let refreshes = 0;
    const refreshCredentials = async (): Promise<void> => {
      refreshes++;
      await time.after(200, { value: undefined });
      token++;
    };
    const budget = createRetryBudget(); // 3 tokens: would refuse 997 of 1,000 retries that took one
    const call = wrap(() => (token === 2 ? Promise.resolve('ok') : Promise.reject(EXPIRED)), { normalizer: tencent, clock: time.clock, budget, refreshCredentials });
    const results = await time.run(Promise.allSettled(Array.from({ length: 1_000 }, () => call())));
    expect(refreshes).toBe(1);
    expect(results.every((result) => result.status === 'fulfilled')).toBe(true);
    expect(budget.snapshot().refused).toBe(0);
  });

  it('is shared across separate withRetry calls given the same function, not between different functions', async () => {
    const time = virtualClock();
    let a = 0;
    let b = 0;
    let fresh = false;
    const refreshA = async (): Promise<void> => {
      a++;
      await time.after(100, { value: undefined });
      fresh = true;
    };
    const refreshB = async (): Promise<void> => {
      b++;
      await time.after(100, { value: undefined });
    };
    const op = (): Promise<string> => (fresh ? Promise.resolve('ok') : Promise.reject(EXPIRED));
    const options = { normalizer: tencent, clock: time.clock };
    await time.run(
      Promise.allSettled([
        withRetry(op, { ...options, refreshCredentials: refreshA }),
        withRetry(op, { ...options, refreshCredentials: refreshA }),
        withRetry(op, { ...options, refreshCredentials: refreshB }),
      ]),
    );
    expect([a, b]).toEqual([1, 1]);
  });

  it('a call whose attempt began before a refresh succeeded retries with the new credentials, without refreshing again', async () => {
    const time = virtualClock();
    let refreshes = 0;
    let generation = 0;
    const refreshCredentials = async (): Promise<void> => {
      refreshes++;
      await time.after(50, { value: undefined });
      generation++;
    };
    // Call 1 fails at 10 ms and refreshes (10–60 ms); call 2's attempt began at 0 with the old token and fails at 100.
    const make = (failAt: number) => {
      const startedWith = { value: -1 };
      return withRetry(
        ({ attempt }) => {
          startedWith.value = generation;
          return attempt === 1 ? time.after(failAt, { error: EXPIRED }) : Promise.resolve(startedWith.value);
        },
        { normalizer: tencent, clock: time.clock, refreshCredentials },
      );
    };
    const results = await time.run(Promise.all([make(10), make(100)]));
    expect(refreshes).toBe(1);
    expect(results).toEqual([1, 1]);
  });

  it('a refresh that rejects, or outlives refreshTimeoutMs, ends every waiting call with the auth IMError', async () => {
    const time = virtualClock();
    let attempts = 0;
    const op = (): Promise<never> => (attempts++, Promise.reject(EXPIRED));
    const rejecting = (): Promise<void> => time.after(10, { error: new Error('token server down') });
    const hanging = (): Promise<void> => new Promise(() => undefined);
    const outcomes = await time.run(
      Promise.allSettled([
        withRetry(op, { normalizer: tencent, clock: time.clock, refreshCredentials: rejecting }),
        withRetry(op, { normalizer: tencent, clock: time.clock, refreshCredentials: rejecting }),
        withRetry(op, { normalizer: tencent, clock: time.clock, refreshCredentials: hanging, refreshTimeoutMs: 2_000 }),
        withRetry(op, { normalizer: tencent, clock: time.clock, refreshCredentials: hanging, refreshTimeoutMs: 2_000 }),
      ]),
    );
    for (const outcome of outcomes) {
      expect(outcome.status).toBe('rejected');
      const error = (outcome as PromiseRejectedResult).reason as IMError;
      expect(isIMError(error)).toBe(true);
      expect([error.kind, error.reason, retryHistoryOf(error)?.gaveUp]).toEqual(['auth', 'token-expired', 'refresh-failed']);
    }
    expect(attempts).toBe(4);
    expect(time.now()).toBe(2_000);
  });

  it.prop(
    [
      fc.array(fc.record({ startAt: fc.integer({ min: 0, max: 2_000 }), failAfter: fc.integer({ min: 0, max: 500 }) }), { minLength: 1, maxLength: 40 }),
      fc.integer({ min: 0, max: 800 }),
    ],
    { numRuns: 150 },
  )('makes at most one refresh per refresh round under any concurrency', async (calls, refreshMs) => {
    const time = virtualClock();
    let generation = 0;
    let inFlight = 0;
    let most = 0;
    const refreshes: Array<{ start: number; end: number }> = [];
    /** Attempts that failed with the expired token: when they began and failed. */
    const expired: Array<{ began: number; failed: number }> = [];
    const refreshCredentials = async (): Promise<void> => {
      const record = { start: time.now(), end: Number.POSITIVE_INFINITY };
      refreshes.push(record);
      most = Math.max(most, ++inFlight);
      await time.after(refreshMs, { value: undefined });
      inFlight--;
      generation++;
      record.end = time.now();
    };
    const started = calls.map(({ startAt, failAfter }) =>
      time.after(startAt, { value: undefined }).then(() =>
        withRetry(
          () => {
            const began = time.now();
            const seen = generation;
            return time.after(failAfter, { value: undefined }).then(() => {
              // The server accepts only credentials newer than the ones the attempt began with, once refreshed.
              if (seen > 0) return 'ok';
              expired.push({ began, failed: time.now() });
              throw EXPIRED;
            });
          },
          { normalizer: tencent, clock: time.clock, refreshCredentials, policy: undefined },
        ).catch(() => 'failed'),
      ),
    );
    await time.run(Promise.all(started));
    expect(most).toBeLessThanOrEqual(1);
    // Every refresh after the first is asked for by an attempt that began after the previous refresh ended.
    for (let k = 1; k < refreshes.length; k++) {
      const previous = refreshes[k - 1]!;
      const current = refreshes[k]!;
      expect(expired.some(({ began, failed }) => began >= previous.end && failed <= current.start)).toBe(true);
    }
  });
});

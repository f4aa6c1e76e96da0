/** withRetry: examples for each behaviour, and properties over any policy, failures, abort time and deadline. */
import { fc, it } from '@fast-check/vitest';
import { afterEach, describe, expect, vi } from 'vitest';
import { tencent } from '../../../adapters/tencent/index.js';
import {
  DEFAULT_RETRY_POLICY,
  INITIAL_RETRY_STATE,
  createCircuitBreaker,
  createIMError,
  createRetryBudget,
  isIMError,
  planRetry,
  retryHistoryOf,
  withRetry,
  type Clock,
  type IMError,
  type RetryHistory,
  type RetryPolicy,
  type RetryState,
} from '../../../src/index.js';
import { anyIMError, unit, validPolicy as anyPolicy } from './support/arbitraries.js';
import { flush, replay, virtualClock } from './support/virtual-clock.js';
import { rejection } from './support/rejection.js';

const TIMEOUT = { code: 2801, message: 'request timed out' }; // network/timeout, retryable
const TOO_LARGE = { code: 80002, message: 'message too large' }; // message/too-large, not retryable
const EXPIRED = { code: 70001, message: 'UserSig expired' }; // auth/token-expired

/** An operation that fails with `failures` in turn, then resolves with 'ok'; it counts its calls. */
function scripted(failures: readonly unknown[]): { (): Promise<string>; calls: number } {
  const operation = Object.assign(
    async (): Promise<string> => {
      const failure = failures[operation.calls++];
      if (failure !== undefined) throw failure;
      return 'ok';
    },
    { calls: 0 },
  );
  return operation;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('withRetry: examples', () => {
  it('resolves with the first success, after retrying transient failures with the planned waits', async () => {
    const time = virtualClock();
    const operation = scripted([TIMEOUT, TIMEOUT]);
    const retries: Array<[string, number, number]> = [];
    let success: RetryHistory | undefined;
    const result = withRetry(operation, {
      normalizer: tencent,
      clock: time.clock,
      random: replay([0.5, 0.25]).random,
      onRetry: (error, attempt, delayMs) => retries.push([`${error.kind}/${error.reason}`, attempt, delayMs]),
      onSuccess: (history) => (success = history),
    });
    await expect(time.run(result)).resolves.toBe('ok');
    expect(operation.calls).toBe(3);
    // The default backoff, full jitter: 100 ms × 0.5, then 200 ms × 0.25.
    expect(retries).toEqual([
      ['network/timeout', 1, 50],
      ['network/timeout', 2, 50],
    ]);
    expect(time.now()).toBe(100);
    expect(success?.attempts.map((record) => [record.attempt, record.error?.reason, record.delayMs])).toEqual([
      [1, 'timeout', 50],
      [2, 'timeout', 50],
      [3, undefined, 0],
    ]);
    expect(success?.totalDelayMs).toBe(100);
    expect(success?.gaveUp).toBeUndefined();
  });

  it('rejects with the last IMError; its history says what happened and stays out of toJSON', async () => {
    const time = virtualClock();
    const operation = scripted([TIMEOUT, TIMEOUT, TIMEOUT, TIMEOUT]);
    let gaveUp: [IMError, RetryHistory] | undefined;
    const error = await rejection(
      time.run(withRetry(operation, { normalizer: tencent, clock: time.clock, random: () => 0.5, onGiveUp: (e, h) => (gaveUp = [e, h]) })),
    );
    expect(operation.calls).toBe(3);
    expect(error).toMatchObject({ kind: 'network', reason: 'timeout', vendor: 'tencent', code: 2801 });
    expect(error.cause).toBe(TIMEOUT);
    const history = retryHistoryOf(error);
    expect(history).toMatchObject({ totalDelayMs: 150, gaveUp: 'max-attempts' }); // 100 ms × 0.5 + 200 ms × 0.5
    expect(history?.attempts).toHaveLength(3);
    expect(gaveUp?.[0]).toBe(error);
    expect(gaveUp?.[1]).toEqual(history);
    expect(Object.keys(error)).not.toContain('retryHistory');
    expect(JSON.stringify(error)).not.toContain('attempts');
    expect(Object.isFrozen(history)).toBe(true);
  });

  it('never retries an error that cannot succeed unchanged', async () => {
    const operation = scripted([TOO_LARGE]);
    const error = await rejection(withRetry(operation, { normalizer: tencent }));
    expect(operation.calls).toBe(1);
    expect(error).toMatchObject({ kind: 'message', reason: 'too-large' });
    expect(retryHistoryOf(error)?.gaveUp).toBe('not-retryable');
  });

  it('makes the first call synchronously and turns synchronous throws into rejections', async () => {
    let calls = 0;
    const promise = withRetry(
      () => {
        calls++;
        throw new Error('Params validate failed.');
      },
      { normalizer: tencent },
    );
    expect(calls).toBe(1);
    const error = await rejection(promise);
    expect(isIMError(error)).toBe(true);
    expect(error.kind).not.toBe('unknown');
  });

  it('reads the clock once for a first-attempt success, twice when onSuccess listens', async () => {
    let reads = 0;
    const clock: Clock = {
      now: () => 10 * ++reads,
      setTimer: () => {
        throw new Error('a success never waits');
      },
    };
    await expect(withRetry(() => Promise.resolve('ok'), { normalizer: tencent, clock })).resolves.toBe('ok');
    expect(reads).toBe(1); // when the attempt began, in case it failed

    reads = 0;
    let success: RetryHistory | undefined;
    await withRetry(() => Promise.resolve('ok'), { normalizer: tencent, clock, onSuccess: (history) => (success = history) });
    expect(reads).toBe(2);
    expect(success).toEqual({ attempts: [{ attempt: 1, error: undefined, durationMs: 10, delayMs: 0 }], totalDelayMs: 0, gaveUp: undefined });
    expect(Object.isFrozen(success)).toBe(true);
    expect(Object.isFrozen(success?.attempts[0])).toBe(true);
  });

  it('accepts an operation that returns a plain value', async () => {
    await expect(withRetry(() => 42 as unknown as Promise<number>, { normalizer: tencent })).resolves.toBe(42);
  });

  it('ignores hooks that throw or reject', async () => {
    const time = virtualClock();
    const throwing = (): never => {
      throw new Error('hook bug');
    };
    const options = {
      normalizer: tencent,
      clock: time.clock,
      onRetry: throwing,
      onGiveUp: throwing,
      onSuccess: () => Promise.reject(new Error('async hook bug')) as unknown as void,
    };
    await expect(time.run(withRetry(scripted([TIMEOUT]), options))).resolves.toBe('ok');
    const error = await rejection(time.run(withRetry(scripted([TOO_LARGE]), options)));
    expect(error.reason).toBe('too-large');
  });

  it('gives a total error when the normalizer itself throws', async () => {
    const error = await rejection(
      withRetry(() => Promise.reject(new Error('x')), {
        normalizer: () => {
          throw new Error('normalizer bug');
        },
      }),
    );
    expect(error).toMatchObject({ kind: 'client', reason: 'exception' });
  });

  it('uses the global timers by default, so fake timers drive it', async () => {
    vi.useFakeTimers();
    const operation = scripted([TIMEOUT]);
    const promise = withRetry(operation, { normalizer: tencent, random: () => 0.5 }); // waits 100 ms × 0.5
    await vi.advanceTimersByTimeAsync(49);
    expect(operation.calls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(promise).resolves.toBe('ok');
    expect(operation.calls).toBe(2);
  });
});

describe('withRetry: cancellation', () => {
  it('makes no call at all when the signal is already aborted', async () => {
    const controller = new AbortController();
    const reason = new Error('user left the screen');
    controller.abort(reason);
    const operation = scripted([]);
    const error = await rejection(withRetry(operation, { normalizer: tencent, signal: controller.signal }));
    expect(operation.calls).toBe(0);
    expect(error).toMatchObject({ kind: 'client', reason: 'cancelled', vendor: 'tencent' });
    expect(error.cause).toBe(reason);
    expect(retryHistoryOf(error)).toMatchObject({ attempts: [], gaveUp: 'cancelled' });
  });

  it('cancels the pending wait at once and makes no further call', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const operation = scripted([TIMEOUT, TIMEOUT]);
    const promise = withRetry(operation, { normalizer: tencent, signal: controller.signal, random: () => 0.99 });
    const settled = rejection(promise);
    await vi.advanceTimersByTimeAsync(50);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort();
    const error = await settled;
    expect(error.reason).toBe('cancelled');
    expect(vi.getTimerCount()).toBe(0);
    await vi.runAllTimersAsync();
    expect(operation.calls).toBe(1);
    expect(retryHistoryOf(error)?.attempts.map((record) => record.delayMs)).toEqual([50]);
  });

  it('abandons an attempt in flight: rejects at once, ignores its late result, passes the signal on', async () => {
    const time = virtualClock();
    const controller = new AbortController();
    let seen: unknown;
    const promise = withRetry(
      (context) => {
        seen = context.signal;
        return time.after(1_000, { error: TIMEOUT });
      },
      { normalizer: tencent, signal: controller.signal, clock: time.clock },
    );
    const settled = rejection(promise);
    await time.advance(10);
    controller.abort('gone');
    const error = await settled;
    expect(error).toMatchObject({ reason: 'cancelled', cause: 'gone' });
    expect(seen).toBe(controller.signal);
    await time.advance(2_000);
    expect(retryHistoryOf(error)?.attempts).toHaveLength(1);
  });

  it('stops while refreshing credentials if aborted', async () => {
    const controller = new AbortController();
    const operation = scripted([EXPIRED]);
    const promise = withRetry(operation, {
      normalizer: tencent,
      signal: controller.signal,
      refreshCredentials: () => new Promise(() => undefined),
    });
    const settled = rejection(promise);
    await flush();
    controller.abort();
    expect((await settled).reason).toBe('cancelled');
    expect(operation.calls).toBe(1);
  });
});

describe('withRetry: expired credentials', () => {
  it('retries once, at once, after refreshCredentials resolved', async () => {
    const operation = scripted([EXPIRED]);
    const refreshed: IMError[] = [];
    const result = await withRetry(operation, {
      normalizer: tencent,
      refreshCredentials: async (error) => void refreshed.push(error),
    });
    expect(result).toBe('ok');
    expect(operation.calls).toBe(2);
    expect(refreshed.map((error) => error.reason)).toEqual(['token-expired']);
  });

  it('gives up with the token error when the refresh fails, or when there is none', async () => {
    const failing = await rejection(
      withRetry(scripted([EXPIRED]), { normalizer: tencent, refreshCredentials: () => Promise.reject(new Error('no network')) }),
    );
    expect(failing).toMatchObject({ kind: 'auth', reason: 'token-expired' });
    expect(retryHistoryOf(failing)?.gaveUp).toBe('refresh-failed');
    const missing = await rejection(withRetry(scripted([EXPIRED]), { normalizer: tencent }));
    expect(retryHistoryOf(missing)?.gaveUp).toBe('refresh-failed');
  });

  it('does not refresh twice in one call', async () => {
    let refreshes = 0;
    const error = await rejection(
      withRetry(scripted([EXPIRED, EXPIRED]), { normalizer: tencent, refreshCredentials: async () => void refreshes++ }),
    );
    expect(refreshes).toBe(1);
    expect(retryHistoryOf(error)?.gaveUp).toBe('rule-max-retries');
  });
});

describe('withRetry: budget and breaker', () => {
  it('runs a call once on an empty budget, refusing only the retry', async () => {
    const budget = createRetryBudget({ capacity: 0 });
    const operation = scripted([TIMEOUT]);
    const error = await rejection(withRetry(operation, { normalizer: tencent, budget }));
    expect(operation.calls).toBe(1);
    expect(retryHistoryOf(error)?.gaveUp).toBe('budget-exhausted');
    expect(budget.snapshot()).toMatchObject({ refused: 1, granted: 0, calls: 1 });
  });

  it('fails fast with client/circuit-open while the breaker is open, without calling', async () => {
    const time = virtualClock();
    const breaker = createCircuitBreaker({ failureThreshold: 1, cooldownMs: 5_000, clock: time.clock });
    await rejection(time.run(withRetry(scripted([TOO_LARGE, TIMEOUT]), { normalizer: tencent, breaker, clock: time.clock })));
    expect(breaker.state).toBe('closed'); // a validation error is an answer: the service is up
    const first = await rejection(
      time.run(withRetry(scripted([TIMEOUT, TIMEOUT]), { normalizer: tencent, breaker, clock: time.clock, random: () => 0 })),
    );
    expect(first.reason).toBe('timeout');
    expect(retryHistoryOf(first)?.gaveUp).toBe('circuit-open');
    await time.advance(1_000);
    const operation = scripted([]);
    const refused = await rejection(withRetry(operation, { normalizer: tencent, breaker, clock: time.clock }));
    expect(operation.calls).toBe(0);
    expect(refused).toMatchObject({ kind: 'client', reason: 'circuit-open', retryable: true, recovery: 'wait', retryAfterMs: 4_000 });
    expect(retryHistoryOf(refused)?.gaveUp).toBe('circuit-open');
    await time.advance(4_000);
    await expect(withRetry(operation, { normalizer: tencent, breaker, clock: time.clock })).resolves.toBe('ok');
    expect(breaker.state).toBe('closed');
  });

  it('counts in the budget only calls that reach the SDK, not those the breaker turned away', async () => {
    const breaker = createCircuitBreaker({ failureThreshold: 1 });
    const budget = createRetryBudget();
    await rejection(withRetry(scripted([TOO_LARGE]), { normalizer: tencent, breaker, budget }));
    await rejection(withRetry(scripted([{ code: 2801 }, TOO_LARGE]), { normalizer: tencent, breaker, budget, random: () => 0 }));
    expect(breaker.state).toBe('open');
    await rejection(withRetry(scripted([]), { normalizer: tencent, breaker, budget }));
    expect(budget.snapshot()).toMatchObject({ calls: 2 });
  });
});

/** A script of outcomes: an error to fail with, or `undefined` for success. */
const outcomes = fc.array(fc.option(anyIMError, { nil: undefined, freq: 4 }), { minLength: 1, maxLength: 8 });

/** Fails with `script[i]` on call i (success past the end or on `undefined`), each attempt taking `durationMs`. */
function fromScript(time: ReturnType<typeof virtualClock>, script: ReadonlyArray<IMError | undefined>, durationMs: number) {
  const starts: number[] = [];
  const operation = (): Promise<string> => {
    const outcome = script[starts.length];
    starts.push(time.now());
    return time.after(durationMs, outcome === undefined ? { value: 'ok' } : { error: outcome });
  };
  return { operation, starts };
}

describe('withRetry: properties', () => {
  it.prop([anyPolicy, outcomes, fc.integer({ min: 0, max: 3_000 }), unit], { numRuns: 300 })(
    'makes at most maxAttempts calls, each one after the previous failed',
    async (policy, script, durationMs, r) => {
      const time = virtualClock();
      const { operation, starts } = fromScript(time, script, durationMs);
      await time.run(withRetry(operation, { normalizer: tencent, policy, clock: time.clock, random: () => r, refreshCredentials: async () => undefined })).catch(() => undefined);
      expect(starts.length).toBeGreaterThanOrEqual(1);
      expect(starts.length).toBeLessThanOrEqual(policy.maxAttempts);
      const firstSuccess = script.findIndex((outcome) => outcome === undefined);
      if (firstSuccess !== -1) expect(starts.length).toBeLessThanOrEqual(firstSuccess + 1);
    },
  );

  it.prop([anyIMError.filter((error) => !error.retryable && !(error.kind === 'auth' && error.reason === 'token-expired'))], { numRuns: 300 })(
    'never retries a non-retryable error under the default policy',
    async (error) => {
      let calls = 0;
      const time = virtualClock();
      const retried = withRetry(() => (calls++, Promise.reject(error)), { normalizer: tencent, clock: time.clock, refreshCredentials: async () => undefined });
      const rejected = await rejection(time.run(retried));
      expect(calls).toBe(1);
      expect(rejected).toBe(error);
    },
  );

  it.prop([anyPolicy, outcomes, fc.integer({ min: 0, max: 2_000 }), fc.integer({ min: 0, max: 40_000 })], { numRuns: 300 })(
    'starts no attempt once the signal aborted, and rejects with client/cancelled if still pending',
    async (policy, script, durationMs, abortAt) => {
      const time = virtualClock();
      const controller = new AbortController();
      time.clock.setTimer(() => controller.abort(), abortAt);
      const { operation, starts } = fromScript(time, script, durationMs);
      const outcome = await time
        .run(withRetry(operation, { normalizer: tencent, policy, signal: controller.signal, clock: time.clock, random: () => 0.5, refreshCredentials: async () => undefined }))
        .then(() => undefined, (error: IMError) => error);
      for (const start of starts) expect(start).toBeLessThanOrEqual(abortAt);
      if (outcome !== undefined && time.now() >= abortAt && controller.signal.aborted && retryHistoryOf(outcome)?.gaveUp === 'cancelled') {
        expect(outcome.reason).toBe('cancelled');
      }
    },
  );

  it.prop([anyPolicy.map((policy) => ({ ...policy, deadlineMs: policy.deadlineMs ?? 10_000 })), outcomes, fc.integer({ min: 0, max: 5_000 }), unit], { numRuns: 300 })(
    'starts no retry after the deadline (from the first failure), counting the time attempts take, and settles by it',
    async (policy, script, durationMs, r) => {
      const time = virtualClock();
      const { operation, starts } = fromScript(time, script, durationMs);
      await time.run(withRetry(operation, { normalizer: tencent, policy, clock: time.clock, random: () => r, refreshCredentials: async () => undefined })).catch(() => undefined);
      // Attempt 1 runs from 0 to durationMs; the deadline bounds what follows its failure.
      for (const start of starts.slice(1)) expect(start).toBeLessThan(durationMs + policy.deadlineMs);
      if (starts.length > 1) expect(time.now()).toBeLessThanOrEqual(durationMs + policy.deadlineMs);
    },
  );

  it.prop([anyPolicy, outcomes, fc.array(unit, { minLength: 10, maxLength: 10 })], { numRuns: 300 })(
    'takes every decision through planRetry: same delays and give-up point as folding planRetry',
    async (policy, script, randoms) => {
      const time = virtualClock();
      const source = replay(randoms);
      const { operation } = fromScript(time, script, 0);
      const delays: number[] = [];
      let history: RetryHistory | undefined;
      await time
        .run(
          withRetry(operation, {
            normalizer: tencent,
            policy,
            clock: time.clock,
            random: source.random,
            refreshCredentials: async () => undefined,
            onRetry: (_error, _attempt, delayMs) => delays.push(delayMs),
            onSuccess: (h) => (history = h),
            onGiveUp: (_error, h) => (history = h),
          }),
        )
        .catch(() => undefined);
      const expected = fold(policy, script, randoms);
      expect(delays).toEqual(expected.delays);
      expect(history?.gaveUp).toBe(expected.gaveUp);
      expect(source.draws()).toBe(expected.draws);
    },
  );
});

/** What planRetry alone says for a script of outcomes when attempts take no time. */
function fold(policy: RetryPolicy, script: ReadonlyArray<IMError | undefined>, randoms: readonly number[]) {
  const delays: number[] = [];
  let state: RetryState = INITIAL_RETRY_STATE;
  for (let index = 0; ; index++) {
    const outcome = script[index];
    if (outcome === undefined) return { delays, gaveUp: undefined, draws: index };
    const plan = planRetry(policy, { ...state, elapsedMs: delays.reduce((a, b) => a + b, 0) }, outcome, randoms[index] ?? 0.5);
    if (!plan.retry) return { delays, gaveUp: plan.reason, draws: index + 1 };
    delays.push(plan.delayMs);
    state = plan.next;
  }
}

describe('withRetry: an IMError of its own making', () => {
  it('keeps the cause of a cancellation and marks it not retryable', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(withRetry(scripted([]), { normalizer: (raw) => createIMError({ kind: 'unknown', reason: 'unrecognized', vendor: 'unknown', retryable: false, recovery: 'none', cause: raw }), signal: controller.signal }));
    expect(error).toMatchObject({ kind: 'client', reason: 'cancelled', retryable: false, vendor: 'unknown' });
  });

  it('uses the default policy when none is given', () => {
    expect(DEFAULT_RETRY_POLICY.maxAttempts).toBe(3);
  });
});

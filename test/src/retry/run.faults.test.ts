/**
 * withRetry's fault paths (issue 12): whatever the operation, the refresh and user code do, a call settles with an
 * IMError — by its deadline once a first attempt failed, always with `attemptTimeoutMs` — and the success path
 * reads no clock and arms no timer.
 */
import { fc, it } from '@fast-check/vitest';
import { afterEach, describe, expect, vi } from 'vitest';
import { tencent } from '../../../adapters/tencent/index.js';
import { createCircuitBreaker, isIMError, retryHistoryOf, withRetry, type AttemptContext, type IMError, type RetryPolicy } from '../../../src/index.js';
import { DEFAULT_RETRY_POLICY } from '../../../src/retry/default-policy.js';
import { validPolicy } from './support/arbitraries.js';
import { flush, virtualClock } from './support/virtual-clock.js';
import { rejection } from './support/rejection.js';

const TIMEOUT = { code: 2801, message: 'request timed out' }; // network/timeout, retryable
const EXPIRED = { code: 70001, message: 'UserSig expired' }; // auth/token-expired

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('whatever user code throws, the call rejects with an IMError', () => {
  it('a breaker outcomeOf that throws', async () => {
    const breaker = createCircuitBreaker({
      outcomeOf: () => {
        throw new Error('outcomeOf bug');
      },
    });
    const error = await rejection(withRetry(() => Promise.reject(TIMEOUT), { normalizer: tencent, breaker, policy: { ...DEFAULT_RETRY_POLICY, maxAttempts: 1 } }));
    expect(error.reason).toBe('timeout');
  });

  it('a refreshCredentials that throws synchronously: the auth error, refresh-failed', async () => {
    const error = await rejection(
      withRetry(() => Promise.reject(EXPIRED), {
        normalizer: tencent,
        refreshCredentials: () => {
          throw new Error('no token server');
        },
      }),
    );
    expect([error.kind, error.reason]).toEqual(['auth', 'token-expired']);
    expect(retryHistoryOf(error)?.gaveUp).toBe('refresh-failed');
  });

  it('a random source, a clock or a custom breaker that throws: client/exception, with the throw as cause', async () => {
    const boom = new Error('user code');
    const throwing = (): never => {
      throw boom;
    };
    const viaRandom = await rejection(withRetry(() => Promise.reject(TIMEOUT), { normalizer: tencent, random: throwing }));
    expect([viaRandom.kind, viaRandom.reason, viaRandom.cause]).toEqual(['client', 'exception', boom]);
    const viaClock = await rejection(withRetry(() => Promise.reject(TIMEOUT), { normalizer: tencent, clock: { now: throwing, setTimer: throwing } }));
    expect(viaClock.reason).toBe('exception');
    const viaBreaker = await rejection(withRetry(() => 'ok', { normalizer: tencent, breaker: { state: 'closed', admit: throwing, snapshot: throwing } }));
    expect(viaBreaker.reason).toBe('exception');
    expect(retryHistoryOf(viaBreaker)?.gaveUp).toBe('not-retryable');
  });

  it('a failureOf that throws: what it threw is the raw error', async () => {
    const error = await rejection(
      withRetry(() => ({ code: 0 }), {
        normalizer: tencent,
        policy: { ...DEFAULT_RETRY_POLICY, maxAttempts: 1 },
        failureOf: () => {
          throw TIMEOUT;
        },
      }),
    );
    expect(error.reason).toBe('timeout');
  });
});

describe('attemptTimeoutMs', () => {
  it('abandons an unsettled attempt as network/timeout, aborts its signal, and does not retry a call not known idempotent', async () => {
    const time = virtualClock();
    const signals: Array<AttemptContext['signal']> = [];
    const promise = withRetry(
      (context) => {
        signals.push(context.signal);
        return new Promise<never>(() => undefined);
      },
      { normalizer: tencent, clock: time.clock, attemptTimeoutMs: 5_000 },
    );
    const error = await rejection(time.run(promise));
    expect([error.kind, error.reason, error.retryable]).toEqual(['network', 'timeout', true]);
    expect(retryHistoryOf(error)).toMatchObject({ gaveUp: 'not-idempotent', attempts: [{ durationMs: 5_000 }] });
    expect(signals).toHaveLength(1);
    expect(signals[0]?.aborted).toBe(true);
    expect(time.now()).toBe(5_000);
    expect(time.pending()).toBe(0);
  });

  it('retries a timed-out attempt of an idempotent call; the per-call option wins over the policy', async () => {
    const time = virtualClock();
    let calls = 0;
    const promise = withRetry(
      () => (++calls < 3 ? new Promise<never>(() => undefined) : Promise.resolve('ok')),
      { normalizer: tencent, clock: time.clock, idempotent: true, attemptTimeoutMs: 100, policy: { ...DEFAULT_RETRY_POLICY, attemptTimeoutMs: 60_000 }, random: () => 0 },
    );
    await expect(time.run(promise)).resolves.toBe('ok');
    expect(calls).toBe(3);
    expect(time.now()).toBe(200);
  });

  it('arms no timer and reads no clock on the success path of the default policy', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const now = vi.spyOn(Date, 'now');
    let resolve: (value: string) => void = () => undefined;
    const promise = withRetry(() => new Promise<string>((settle) => (resolve = settle)), { normalizer: tencent });
    await flush();
    expect(vi.getTimerCount()).toBe(0);
    resolve('ok');
    await expect(promise).resolves.toBe('ok');
    expect(now).not.toHaveBeenCalled();
  });

  it('records an untimed first attempt as lasting 0 ms (not the clock reading) when it fails', async () => {
    const error = await rejection(withRetry(() => Promise.reject(new Error('x'))));
    expect(retryHistoryOf(error)?.attempts.map((record) => record.durationMs)).toEqual([0]);
  });

  it('passes the same frozen context to every first attempt nothing can cut (no allocation per call)', async () => {
    const contexts: AttemptContext[] = [];
    await withRetry((context) => contexts.push(context));
    await withRetry((context) => contexts.push(context));
    expect(contexts[0]).toBe(contexts[1]);
    expect(contexts[0]).toEqual({ attempt: 1, signal: undefined });
  });
});

describe('deadline semantics', () => {
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, deadlineMs: 1_000, maxAttempts: 10, backoff: { baseMs: 100, multiplier: 1, capMs: 100, jitter: 'none' } };

  it('does not bound the first attempt: a long first attempt is never cut by the default policy', async () => {
    const time = virtualClock();
    const promise = withRetry(() => time.after(120_000, { value: 'uploaded' }), { normalizer: tencent, clock: time.clock });
    await expect(time.run(promise)).resolves.toBe('uploaded');
  });

  it('bounds a retry attempt by what is left of the deadline, and aborts its signal', async () => {
    const time = virtualClock();
    const signals: Array<AttemptContext['signal']> = [];
    const promise = withRetry(
      (context) => {
        signals.push(context.signal);
        return context.attempt === 1 ? time.after(50_000, { error: TIMEOUT }) : new Promise<never>(() => undefined);
      },
      { normalizer: tencent, clock: time.clock, policy },
    );
    const error = await rejection(time.run(promise));
    // The first attempt ran 50 s (not bounded); the retry waited 100 ms and was cut 900 ms later.
    expect(time.now()).toBe(51_000);
    expect(error.reason).toBe('timeout');
    expect(retryHistoryOf(error)?.gaveUp).toBe('deadline');
    expect(signals[1]?.aborted).toBe(true);
  });

  it('counts the time after a slow refresh: re-checked before the retry', async () => {
    const time = virtualClock();
    let calls = 0;
    const promise = withRetry(() => (++calls, Promise.reject(EXPIRED)), {
      normalizer: tencent,
      clock: time.clock,
      policy,
      refreshCredentials: () => time.after(5_000, { value: undefined }),
    });
    const error = await rejection(time.run(promise));
    // The refresh outlived what was left of the deadline: the call ends at 1 s with the auth error.
    expect(time.now()).toBe(1_000);
    expect([error.kind, retryHistoryOf(error)?.gaveUp]).toEqual(['auth', 'refresh-failed']);
    expect(calls).toBe(1);
  });
});

/** What one attempt (or refresh) does. */
type Behaviour = 'never' | 'reject' | 'expired' | 'throw' | 'resolve';
const behaviour = fc.constantFrom<Behaviour>('never', 'reject', 'expired', 'throw', 'resolve');

function act(time: ReturnType<typeof virtualClock>, what: Behaviour, ms: number): Promise<string> {
  switch (what) {
    case 'never':
      return new Promise(() => undefined);
    case 'reject':
      return time.after(ms, { error: TIMEOUT });
    case 'expired':
      return time.after(ms, { error: EXPIRED });
    case 'throw':
      throw new Error('synchronous throw');
    case 'resolve':
      return time.after(ms, { value: 'ok' });
  }
}

const script = fc.array(fc.record({ what: behaviour, ms: fc.integer({ min: 0, max: 5_000 }) }), { minLength: 1, maxLength: 8 });

describe('withRetry: settling laws (virtual clock)', () => {
  it.prop(
    [
      validPolicy.map((policy) => ({
        ...policy,
        deadlineMs: policy.deadlineMs ?? 10_000,
        rules: [{ when: { kind: 'auth', reason: 'token-expired' }, action: 'after-refresh', maxRetries: 3 } as const, ...(policy.rules ?? [])],
      })),
      fc.constantFrom<'reject' | 'expired' | 'throw'>('reject', 'expired', 'throw'),
      fc.integer({ min: 0, max: 5_000 }),
      script,
      script,
      fc.option(fc.integer({ min: 1, max: 5_000 }), { nil: undefined }),
    ],
    { numRuns: 300 },
  )('once a first attempt failed, a call settles with an IMError by its deadline, whatever the operation and refresh do', async (policy, first, firstMs, attempts, refreshes, attemptTimeoutMs) => {
    const time = virtualClock();
    // When the first attempt fails: it throws at once, or fails (or is cut by its timeout), whichever comes first.
    const failedAt = first === 'throw' ? 0 : Math.min(firstMs, attemptTimeoutMs ?? Number.POSITIVE_INFINITY);
    let refreshIndex = 0;
    const promise = withRetry(
      ({ attempt }) => {
        if (attempt === 1) return act(time, first, firstMs);
        const step = attempts[(attempt - 2) % attempts.length] ?? { what: 'never' as const, ms: 0 };
        return act(time, step.what, step.ms);
      },
      {
        normalizer: tencent,
        policy,
        clock: time.clock,
        attemptTimeoutMs,
        idempotent: true,
        random: () => 0.5,
        refreshCredentials: async () => {
          const step = refreshes[refreshIndex++ % refreshes.length] ?? { what: 'never' as const, ms: 0 };
          await act(time, step.what, step.ms);
        },
      },
    );
    const outcome = await time.run(promise).then(
      () => undefined,
      (error: unknown) => error,
    );
    if (outcome !== undefined) expect(isIMError(outcome)).toBe(true);
    expect(time.now()).toBeLessThanOrEqual(failedAt + policy.deadlineMs);
  });

  it.prop([validPolicy.map((policy) => ({ ...policy, deadlineMs: undefined })), script, fc.integer({ min: 1, max: 5_000 }), fc.boolean()], { numRuns: 200 })(
    'with attemptTimeoutMs a call always settles, even with no deadline and attempts that never settle',
    async (policy, attempts, attemptTimeoutMs, idempotent) => {
      const time = virtualClock();
      const promise = withRetry(({ attempt }) => {
        const step = attempts[(attempt - 1) % attempts.length] ?? { what: 'never' as const, ms: 0 };
        return act(time, step.what, step.ms);
      }, { normalizer: tencent, policy, clock: time.clock, attemptTimeoutMs, idempotent, refreshCredentials: () => new Promise(() => undefined), refreshTimeoutMs: 1_000 });
      const outcome = await time.run(promise).then(
        () => undefined,
        (error: unknown) => error,
      );
      // `time.run` throws when the call can never settle (no timer left to fire); here it settled.
      if (outcome !== undefined) expect(isIMError(outcome)).toBe(true);
    },
  );
});

/** Retry settings checked once, where a policy, `wrap`, `wrapClient` or `withRetry` is made (issue 12). */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { tencent } from '../../../adapters/tencent/index.js';
import { DEFAULT_RETRY_POLICY, withRetry, wrap, wrapClient, type RetryPolicy } from '../../../src/index.js';
import { MAX_DELAY_MS, createRetryPolicy, validateRetryPolicy } from '../../../src/retry/validate.js';
import { virtualClock } from './support/virtual-clock.js';

const TIMEOUT = { code: 2801, message: 'request timed out' };

describe('createRetryPolicy / validateRetryPolicy', () => {
  it.each([
    [{ maxAttempts: 0 }, RangeError, 'policy.maxAttempts'],
    [{ maxAttempts: -1 }, RangeError, 'policy.maxAttempts'],
    [{ maxAttempts: Number.NaN }, RangeError, 'policy.maxAttempts'],
    [{ maxAttempts: 2.5 }, RangeError, 'policy.maxAttempts'],
    [{ maxAttempts: Number.POSITIVE_INFINITY }, RangeError, 'policy.maxAttempts'],
    [{ maxAttempts: undefined }, TypeError, 'policy.maxAttempts'],
    [{ maxAttempts: '3' }, TypeError, 'policy.maxAttempts'],
    [{ deadlineMs: -1 }, RangeError, 'policy.deadlineMs'],
    [{ deadlineMs: Number.POSITIVE_INFINITY }, RangeError, 'policy.deadlineMs'],
    [{ maxRetryAfterMs: Number.NaN }, RangeError, 'policy.maxRetryAfterMs'],
    [{ attemptTimeoutMs: -5 }, RangeError, 'policy.attemptTimeoutMs'],
    [{ rateLimitMinWaitMs: Number.NaN }, RangeError, 'policy.rateLimitMinWaitMs'],
    [{ backoff: { ...DEFAULT_RETRY_POLICY.backoff, baseMs: -1 } }, RangeError, 'policy.backoff.baseMs'],
    [{ backoff: { ...DEFAULT_RETRY_POLICY.backoff, capMs: Number.NaN } }, RangeError, 'policy.backoff.capMs'],
    [{ backoff: { ...DEFAULT_RETRY_POLICY.backoff, multiplier: 0.5 } }, RangeError, 'policy.backoff.multiplier'],
    [{ backoff: { ...DEFAULT_RETRY_POLICY.backoff, jitter: 'some' } }, TypeError, 'policy.backoff.jitter'],
    [{ rules: [{ when: { kind: 'network' }, action: 'backoff', maxRetries: -1 }] }, RangeError, 'policy.rules[0].maxRetries'],
    [{ rules: [{ when: { kind: 'network' }, action: 'backoff', backoff: { capMs: -1 } }] }, RangeError, 'policy.rules[0].backoff.capMs'],
    [{ rules: [{ when: { kind: 'network' }, action: 'again' }] }, TypeError, 'policy.rules[0].action'],
    [{ rules: {} }, TypeError, 'policy.rules'],
  ] as const)('rejects %j with a %o naming %s', (overrides, type, field) => {
    expect(() => createRetryPolicy(overrides as unknown as Partial<RetryPolicy>)).toThrow(type);
    expect(() => createRetryPolicy(overrides as unknown as Partial<RetryPolicy>)).toThrow(field);
  });

  it('accepts a policy without rules (and without otherwise)', () => {
    const { rules: _rules, otherwise: _otherwise, ...bare } = DEFAULT_RETRY_POLICY;
    const policy = validateRetryPolicy(bare);
    expect(policy.rules).toEqual([]);
    expect(policy.otherwise).toBe('retry-if-retryable');
  });

  it('clamps delays below the timer limit (2^31 − 1 ms), so a huge wait is not fired after 1 ms', () => {
    const policy = createRetryPolicy({ deadlineMs: 2 ** 40, maxRetryAfterMs: 2 ** 31, backoff: { baseMs: 2 ** 32, multiplier: 2, capMs: 2 ** 33, jitter: 'none' } });
    expect([policy.deadlineMs, policy.maxRetryAfterMs, policy.backoff.baseMs, policy.backoff.capMs]).toEqual([MAX_DELAY_MS, MAX_DELAY_MS, MAX_DELAY_MS, MAX_DELAY_MS]);
  });

  it.prop([fc.oneof(fc.double(), fc.integer({ min: -10, max: 10 }), fc.constantFrom(undefined, null, '1', true))])(
    'accepts maxAttempts only as an integer ≥ 1, otherwise throws a TypeError or RangeError',
    (maxAttempts) => {
      const build = (): RetryPolicy => createRetryPolicy({ maxAttempts: maxAttempts as number });
      if (typeof maxAttempts === 'number' && Number.isInteger(maxAttempts) && maxAttempts >= 1) expect(build().maxAttempts).toBe(maxAttempts);
      else expect(build).toThrow(typeof maxAttempts === 'number' ? RangeError : TypeError);
    },
  );
});

describe('entry points check their options when they are made', () => {
  const bad = { ...DEFAULT_RETRY_POLICY, maxAttempts: Number.NaN };

  it('withRetry throws synchronously, before any call; wrap and wrapClient at creation', () => {
    let calls = 0;
    const op = (): string => String(++calls);
    expect(() => withRetry(op, { normalizer: tencent, policy: bad })).toThrow(RangeError);
    expect(() => wrap(op, { normalizer: tencent, policy: bad })).toThrow('policy.maxAttempts');
    expect(() => wrapClient({ op }, { normalizer: tencent, policy: bad })).toThrow(RangeError);
    expect(() => withRetry(op, { attemptTimeoutMs: -1 })).toThrow('options.attemptTimeoutMs');
    expect(() => withRetry(op, { refreshTimeoutMs: Number.NaN })).toThrow(RangeError);
    expect(() => withRetry(op, { normalizer: 'tencent' as never })).toThrow(TypeError);
    expect(() => withRetry(op, { refreshCredentials: 'later' as never })).toThrow('options.refreshCredentials');
    expect(calls).toBe(0);
  });

  it('withRetry(fn) works without options; the default normalizer reads platform errors only', async () => {
    await expect(withRetry(() => 'ok')).resolves.toBe('ok');
    const time = virtualClock();
    let calls = 0;
    // A vendor error is not read without the vendor's adapter: unknown, not retried.
    const vendor = await withRetry(() => (calls++, Promise.reject(TIMEOUT)), { clock: time.clock }).catch((error: unknown) => error);
    expect(vendor).toMatchObject({ kind: 'unknown' });
    expect(calls).toBe(1);
    // A platform error is: a socket reset is a retryable network error.
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    let platformCalls = 0;
    const platform = withRetry(() => (++platformCalls < 2 ? Promise.reject(reset) : Promise.resolve('ok')), { clock: time.clock, random: () => 0 });
    await expect(time.run(platform)).resolves.toBe('ok');
    expect(platformCalls).toBe(2);
  });

  it('withRetry keeps nothing per options object (it checks again, allocating nothing); wrappers check theirs once', async () => {
    const options: { attemptTimeoutMs: number } = { attemptTimeoutMs: 5 };
    await withRetry(() => 'ok', options);
    options.attemptTimeoutMs = -1;
    expect(() => withRetry(() => 'ok', options)).toThrow(RangeError);
  });

  it('runs a policy that has no rules', async () => {
    const time = virtualClock();
    const { rules: _rules, ...bare } = DEFAULT_RETRY_POLICY;
    let calls = 0;
    const promise = withRetry(() => (++calls < 2 ? Promise.reject(TIMEOUT) : 'ok'), { normalizer: tencent, policy: bare, clock: time.clock });
    await expect(time.run(promise)).resolves.toBe('ok');
  });
});

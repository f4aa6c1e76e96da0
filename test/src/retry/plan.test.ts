/** The pure retry planner: laws over every policy, state, error and random number; the default policy's rules. */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { easemob } from '../../../adapters/easemob/index.js';
import { jmessage } from '../../../adapters/jmessage/index.js';
import { tencent } from '../../../adapters/tencent/index.js';
import { DEFAULT_RETRY_POLICY, INITIAL_RETRY_STATE, backoffDelay, planRetry, ruleFor, type RetryPolicy, type RetryState } from '../../../src/index.js';
import { anyIMError, anyPolicy, anyState, backoff, unit } from './support/arbitraries.js';

const runs = { numRuns: 3000 };

/** The cap the planner applies to an error: the selecting rule's, else the policy's; bogus caps count as 0. */
function capFor(policy: RetryPolicy, error: Parameters<typeof planRetry>[2]): number {
  const [, rule] = ruleFor(policy, error);
  const cap = rule?.backoff?.capMs ?? policy.backoff.capMs;
  return Number.isFinite(cap) && cap > 0 ? cap : 0;
}

/** The least wait a retry of `error` may have: the vendor's hint, or for a rate limit without one the minimum. */
function floorFor(policy: RetryPolicy, error: Parameters<typeof planRetry>[2]): number {
  const hint = Number.isFinite(error.retryAfterMs) && (error.retryAfterMs ?? 0) > 0 ? (error.retryAfterMs as number) : 0;
  if (hint > 0) return hint;
  const minimum = policy.rateLimitMinWaitMs ?? 1000;
  return error.kind === 'rate-limit' && Number.isFinite(minimum) && minimum > 0 ? minimum : 0;
}

describe('planRetry laws', () => {
  it.prop([anyPolicy, anyState, anyIMError, unit], runs)('plans every delay within [floor, max(cap, floor)]: no cap cuts the vendor window', (policy, state, error, r) => {
    const plan = planRetry(policy, state, error, r);
    if (!plan.retry) return;
    const floor = plan.refresh ? 0 : floorFor(policy, error);
    expect(plan.delayMs).toBeGreaterThanOrEqual(floor);
    expect(plan.delayMs).toBeLessThanOrEqual(Math.max(capFor(policy, error), floor));
    expect(Number.isFinite(plan.delayMs)).toBe(true);
  });

  it.prop([anyPolicy, anyState, anyIMError, unit], runs)('never plans an attempt past maxAttempts', (policy, state, error, r) => {
    const plan = planRetry(policy, state, error, r);
    if (state.attempt + 1 >= policy.maxAttempts) expect(plan.retry).toBe(false);
    if (plan.retry) expect(plan.next.attempt + 1).toBeLessThanOrEqual(policy.maxAttempts);
  });

  it.prop([anyPolicy, anyState, anyIMError, unit], runs)('never plans a wait that ends past the deadline', (policy, state, error, r) => {
    const plan = planRetry(policy, state, error, r);
    if (plan.retry && policy.deadlineMs !== undefined) expect(state.elapsedMs + plan.delayMs).toBeLessThanOrEqual(policy.deadlineMs);
  });

  it.prop([anyPolicy, anyState, anyIMError, unit], runs)(
    'retries an error only if a rule says so, or it is retryable and the policy retries those',
    (policy, state, error, r) => {
      const plan = planRetry(policy, state, error, r);
      if (!plan.retry) return;
      const [, rule] = ruleFor(policy, error);
      if (rule === undefined) expect(policy.otherwise === 'retry-if-retryable' && error.retryable).toBe(true);
      else expect(rule.action).not.toBe('never');
      if (rule?.action !== 'after-refresh') expect(error.retryable).toBe(true);
      expect(plan.refresh).toBe(rule?.action === 'after-refresh');
      if (plan.refresh) expect(plan.delayMs).toBe(0);
    },
  );

  it.prop([anyPolicy, anyIMError, fc.array(unit, { minLength: 12, maxLength: 12 })], runs)(
    'grants no rule more than its maxRetries over a whole call',
    (policy, error, randoms) => {
      let state: RetryState = INITIAL_RETRY_STATE;
      let granted = 0;
      for (const r of randoms) {
        const plan = planRetry(policy, state, error, r);
        if (!plan.retry) break;
        granted++;
        state = plan.next;
      }
      const [, rule] = ruleFor(policy, error);
      expect(granted).toBeLessThanOrEqual(Math.max(0, policy.maxAttempts - 1));
      if (rule?.maxRetries !== undefined) expect(granted).toBeLessThanOrEqual(rule.maxRetries);
    },
  );

  it.prop([anyPolicy, anyState, anyIMError, unit])('is pure: same inputs, same plan', (policy, state, error, r) => {
    expect(planRetry(policy, state, error, r)).toEqual(planRetry(policy, state, error, r));
  });
});

describe('backoffDelay', () => {
  it.prop([backoff, fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 100_000 }), unit], runs)(
    'stays within the jitter’s range and the cap',
    (settings, retry, previous, r) => {
      const delay = backoffDelay(settings, retry, previous, r);
      const cap = Number.isFinite(settings.capMs) && settings.capMs > 0 ? settings.capMs : 0;
      const base = Math.min(Number.isFinite(settings.baseMs) && settings.baseMs > 0 ? settings.baseMs : 0, cap);
      const growth = Number.isFinite(settings.multiplier) && settings.multiplier >= 1 ? settings.multiplier : 1;
      const exponential = Math.min(cap, base * growth ** (retry - 1));
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThanOrEqual(cap);
      switch (settings.jitter) {
        case 'none':
          expect(delay).toBe(exponential);
          break;
        case 'full':
          expect(delay).toBeLessThanOrEqual(exponential);
          break;
        case 'equal':
          expect(delay).toBeGreaterThanOrEqual(exponential / 2);
          expect(delay).toBeLessThanOrEqual(exponential);
          break;
        case 'decorrelated':
          expect(delay).toBeGreaterThanOrEqual(base);
          break;
      }
    },
  );

  it('doubles up to the cap, then stays there (before jitter)', () => {
    const settings = { baseMs: 200, multiplier: 2, capMs: 1000, jitter: 'none' } as const;
    expect([1, 2, 3, 4, 5].map((retry) => backoffDelay(settings, retry, 0, 0.5))).toEqual([200, 400, 800, 1000, 1000]);
  });

  it('jitters after the cap: clients failing for long stay spread over [0, cap]', () => {
    const settings = { baseMs: 200, multiplier: 2, capMs: 1000, jitter: 'full' } as const;
    expect(backoffDelay(settings, 10, 0, 0)).toBe(0);
    expect(backoffDelay(settings, 10, 0, 0.5)).toBe(500);
    expect(backoffDelay(settings, 10, 0, 0.999)).toBeCloseTo(999);
  });
});

describe('the default policy, rule by rule', () => {
  const first = INITIAL_RETRY_STATE;
  const plan = (raw: ReturnType<typeof tencent.normalize>, r: number, state: RetryState = first) =>
    planRetry(DEFAULT_RETRY_POLICY, state, raw, r);

  it('retries network errors with full jitter from 100 ms, doubling, three calls in all', () => {
    expect(DEFAULT_RETRY_POLICY.backoff).toEqual({ baseMs: 100, multiplier: 2, capMs: 10_000, jitter: 'full' });
    const timeout = tencent.normalize({ code: 2801, message: 'timeout' });
    expect(timeout.kind).toBe('network');
    const one = plan(timeout, 0.5);
    expect(one).toMatchObject({ retry: true, delayMs: 50, refresh: false }); // 100 ms × 0.5
    if (!one.retry) throw new Error('unreachable');
    const two = plan(timeout, 0.5, one.next);
    expect(two).toMatchObject({ retry: true, delayMs: 100 }); // 200 ms × 0.5
    if (!two.retry) throw new Error('unreachable');
    expect(plan(timeout, 0.5, two.next)).toEqual({ retry: false, reason: 'max-attempts', rule: -1 });
  });

  it('retries transient server errors (Easemob 500 server busy)', () => {
    const busy = easemob.normalize({ type: 500, message: 'server busy' });
    expect(busy.retryable).toBe(true);
    expect(plan(busy, 0.25)).toMatchObject({ retry: true, delayMs: 25 });
  });

  it('waits out Tencent 9506 (5 requests/s): its 200 ms first, then 1 s of jitter on top', () => {
    const limited = tencent.normalize({ code: 9506, message: 'too frequent' });
    expect(limited.retryAfterMs).toBe(200);
    expect(plan(limited, 0)).toMatchObject({ retry: true, delayMs: 200 });
    expect(plan(limited, 0.5)).toMatchObject({ retry: true, delayMs: 700 });
  });

  it('waits out JMessage 803010 (60 messages/min): at least 1 s', () => {
    const limited = jmessage.normalize({ code: 803010, message: 'beyond the frequency limit' });
    expect(plan(limited, 0)).toMatchObject({ retry: true, delayMs: 1000 });
    expect(plan(limited, 0.5)).toMatchObject({ retry: true, delayMs: 1500 });
  });

  it('does not hold a call open for a hint past 10 s (Tencent 70050: "try again after 1 minute")', () => {
    const tooLong = tencent.normalize({ code: 70050, message: 'too many logins' });
    expect(plan(tooLong, 0.5)).toMatchObject({ retry: false, reason: 'retry-after-too-long' });
  });

  it('retries an expired token once, at once, after a refresh', () => {
    const expired = tencent.normalize({ code: 70001, message: 'UserSig expired' });
    const one = plan(expired, 0.9);
    expect(one).toMatchObject({ retry: true, delayMs: 0, refresh: true });
    if (!one.retry) throw new Error('unreachable');
    expect(plan(expired, 0.9, one.next)).toMatchObject({ retry: false, reason: 'rule-max-retries' });
  });

  it('never retries a cancelled call, nor anything that needs a person or a change', () => {
    const cancelled = tencent.normalize(Object.assign(new Error('aborted'), { name: 'AbortError' }));
    expect(plan(cancelled, 0.5)).toMatchObject({ retry: false, reason: 'not-retryable' });
    for (const raw of [{ code: 80002, message: 'too large' }, { code: 70398, message: 'limit' }, { code: 20001, message: 'bad' }]) {
      expect(plan(tencent.normalize(raw), 0.5)).toMatchObject({ retry: false, reason: 'not-retryable' });
    }
    expect(plan(easemob.normalize({ type: 206, message: 'kicked' }), 0.5)).toMatchObject({ retry: false, reason: 'not-retryable' });
  });

  it('stops at the 30 s deadline', () => {
    const timeout = tencent.normalize({ code: 2801, message: 'timeout' });
    // A wait ending at 30 s exactly would leave the retry no time to run in: stop.
    expect(plan(timeout, 0.5, { ...first, elapsedMs: 29_950 })).toMatchObject({ retry: false, reason: 'deadline' });
    expect(plan(timeout, 0.5, { ...first, elapsedMs: 29_949 })).toMatchObject({ retry: true, delayMs: 50 }); // 1 ms left
  });
});

describe('rate-limit floors (issue 12)', () => {
  const hinted = jmessage.normalize({ code: 803010, message: 'frequency limit' });

  it('keeps the vendor window a floor no cap cuts: a rule with capMs 500 does not retry JMessage 803010 inside 1 s', () => {
    expect(hinted.retryAfterMs).toBe(1000);
    const policy: RetryPolicy = {
      ...DEFAULT_RETRY_POLICY,
      rules: [{ when: { kind: 'rate-limit' }, action: 'backoff', backoff: { baseMs: 100, capMs: 500 } }],
    };
    for (const r of [0, 0.5, 0.999]) {
      const plan = planRetry(policy, INITIAL_RETRY_STATE, hinted, r);
      expect(plan).toMatchObject({ retry: true });
      if (plan.retry) expect(plan.delayMs).toBe(1000);
    }
  });

  it('waits at least rateLimitMinWaitMs (default 1 s) for a rate limit without a hint, never at once', () => {
    const bare = easemob.normalize({ type: 'error', error: 'reach_limit' });
    const unhinted = { ...bare, kind: 'rate-limit', retryable: true, retryAfterMs: undefined } as unknown as Parameters<typeof planRetry>[2];
    const noMinimum: RetryPolicy = { ...DEFAULT_RETRY_POLICY, rateLimitMinWaitMs: undefined };
    expect(planRetry(noMinimum, INITIAL_RETRY_STATE, unhinted, 0)).toMatchObject({ retry: true, delayMs: 1000 });
    const custom: RetryPolicy = { ...DEFAULT_RETRY_POLICY, rateLimitMinWaitMs: 2500 };
    expect(planRetry(custom, INITIAL_RETRY_STATE, unhinted, 0)).toMatchObject({ retry: true, delayMs: 2500 });
  });
});

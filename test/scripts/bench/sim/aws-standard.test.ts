import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { AWS_STANDARD, createAwsStandardRetry, type AwsErrorType } from '../../../../scripts/bench/sim/aws-standard.js';
import { seededRandom } from '../../../../scripts/bench/sim/random.js';
import { virtualClock } from '../support/clock.js';

class Fail extends Error {
  constructor(readonly type: AwsErrorType) {
    super(type);
  }
}
const classify = (error: unknown): AwsErrorType => (error instanceof Fail ? error.type : 'CLIENT_ERROR');

/** Runs one call whose attempts fail with `failures` in order, then succeed; returns attempt times and the outcome. */
async function runCall(strategy: ReturnType<typeof createAwsStandardRetry>, failures: readonly AwsErrorType[], clock: ReturnType<typeof virtualClock>) {
  const times: number[] = [];
  let outcome: 'ok' | 'failed' | 'pending' = 'pending';
  strategy
    .run(async () => {
      const index = times.push(clock.clock.now()) - 1;
      const failure = failures[index];
      if (failure !== undefined) throw new Fail(failure);
      return 'ok';
    })
    .then(
      () => (outcome = 'ok'),
      () => (outcome = 'failed'),
    );
  await clock.advance(60_000);
  return { times, outcome };
}

describe('the AWS-standard-like strategy', () => {
  it.prop([fc.integer(), fc.array(fc.constantFrom<AwsErrorType>('TRANSIENT', 'THROTTLING'), { maxLength: 5 })])(
    'makes at most 3 attempts; the n-th retry waits below base × 2^n (500 ms base when throttled)',
    async (seed, failures) => {
      const clock = virtualClock();
      const strategy = createAwsStandardRetry({ classify, clock: clock.clock, random: seededRandom(seed) });
      const { times, outcome } = await runCall(strategy, failures, clock);
      expect(times).toHaveLength(Math.min(failures.length + 1, AWS_STANDARD.maxAttempts));
      expect(outcome).toBe(failures.length < AWS_STANDARD.maxAttempts ? 'ok' : 'failed');
      for (let retry = 0; retry + 1 < times.length; retry++) {
        const base = failures[retry] === 'THROTTLING' ? AWS_STANDARD.throttlingBaseDelayMs : AWS_STANDARD.baseDelayMs;
        const wait = times[retry + 1]! - times[retry]!;
        expect(wait).toBeGreaterThanOrEqual(0);
        expect(wait).toBeLessThan(base * 2 ** retry);
      }
    },
  );

  it('never retries client errors', async () => {
    const clock = virtualClock();
    const strategy = createAwsStandardRetry({ classify, clock: clock.clock, random: seededRandom(1) });
    expect((await runCall(strategy, ['CLIENT_ERROR'], clock)).times).toHaveLength(1);
    expect(strategy.capacity()).toBe(AWS_STANDARD.initialTokens);
  });

  it('takes 10 per transient retry, 5 per throttled one, stops at an empty quota, and pays back on success', async () => {
    const clock = virtualClock();
    const strategy = createAwsStandardRetry({ classify, clock: clock.clock, random: seededRandom(2) });
    for (let call = 0; call < 25; call++) await runCall(strategy, ['TRANSIENT', 'TRANSIENT', 'TRANSIENT'], clock);
    expect(strategy.capacity()).toBe(0);
    expect((await runCall(strategy, ['TRANSIENT', 'TRANSIENT'], clock)).times).toHaveLength(1);
    await runCall(strategy, [], clock);
    expect(strategy.capacity()).toBe(AWS_STANDARD.noRetryIncrement);
    for (let call = 0; call < 9; call++) await runCall(strategy, [], clock);
    expect(strategy.capacity()).toBe(10);
    const retried = await runCall(strategy, ['THROTTLING'], clock);
    expect(retried).toEqual({ times: expect.any(Array), outcome: 'ok' });
    expect(strategy.capacity()).toBe(10);
    await runCall(strategy, ['TRANSIENT', 'THROTTLING', 'TRANSIENT'], clock);
    expect(strategy.capacity()).toBe(10 - AWS_STANDARD.timeoutRetryCost);
  });

  it('never holds more than the initial quota', async () => {
    const clock = virtualClock();
    const strategy = createAwsStandardRetry({ classify, clock: clock.clock, random: seededRandom(3) });
    for (let call = 0; call < 5; call++) await runCall(strategy, [], clock);
    expect(strategy.capacity()).toBe(AWS_STANDARD.initialTokens);
  });
});

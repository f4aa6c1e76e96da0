import { describe, expect, it } from 'vitest';
import { tencent } from '../../../../adapters/tencent/index.js';
import { seededRandom } from '../../../../scripts/bench/sim/random.js';
import { TRANSIENT_SCENARIO, type Scenario } from '../../../../scripts/bench/sim/scenario.js';
import { FAILURES, SimulatedSdkError, createVendor, type Outcome } from '../../../../scripts/bench/sim/vendor.js';
import { virtualClock } from '../support/clock.js';

const base: Scenario = { ...TRANSIENT_SCENARIO, failureRate: 0, outage: undefined, capacityPerSecond: 1_000_000 };

/** Sends `count` calls at the current time and returns how each settled and when. */
async function send(scenario: Scenario, count: number, at = 0): Promise<Array<{ outcome: Outcome | 'ok'; code?: number; ms: number }>> {
  const { clock, advance } = virtualClock();
  await advance(at);
  const vendor = createVendor(scenario, clock, seededRandom(7));
  const settled: Array<{ outcome: Outcome | 'ok'; code?: number; ms: number }> = [];
  for (let i = 0; i < count; i++) {
    vendor.call().then(
      () => settled.push({ outcome: 'ok', ms: clock.now() - at }),
      (error: unknown) => settled.push({ outcome: 'transient', code: (error as SimulatedSdkError).code, ms: clock.now() - at }),
    );
  }
  expect(vendor.sends).toEqual(Array.from({ length: count }, () => at));
  await advance(1_000);
  return settled;
}

describe('the simulated vendor', () => {
  it('answers every call within the scenario latency', async () => {
    const settled = await send(base, 200);
    expect(settled).toHaveLength(200);
    for (const { outcome, ms } of settled) {
      expect(outcome).toBe('ok');
      expect(ms).toBeGreaterThanOrEqual(base.latencyMs.min);
      expect(ms).toBeLessThanOrEqual(base.latencyMs.max);
    }
  });

  it('fails about failureRate of calls with Tencent 2801, which im-errors reads as a retryable timeout', async () => {
    const settled = await send({ ...base, failureRate: 0.05 }, 4_000);
    const failed = settled.filter(({ code }) => code !== undefined);
    expect(failed.length / settled.length).toBeGreaterThan(0.03);
    expect(failed.length / settled.length).toBeLessThan(0.07);
    expect(new Set(failed.map(({ code }) => code))).toEqual(new Set([FAILURES.transient.code]));
    const error = tencent.normalize(new SimulatedSdkError(FAILURES.transient.code, FAILURES.transient.message));
    expect([error.kind, error.reason, error.retryable]).toEqual(['network', 'timeout', true]);
  });

  it('fails every call sent during the outage with 2800, and none after it', async () => {
    const scenario = { ...base, outage: { startMs: 1_000, endMs: 2_000 } };
    expect((await send(scenario, 50, 1_000)).every(({ code }) => code === FAILURES.down.code)).toBe(true);
    expect((await send(scenario, 50, 1_999)).every(({ code }) => code === FAILURES.down.code)).toBe(true);
    expect((await send(scenario, 50, 2_000)).every(({ outcome }) => outcome === 'ok')).toBe(true);
    const error = tencent.normalize(new SimulatedSdkError(FAILURES.down.code, FAILURES.down.message));
    expect([error.kind, error.retryable]).toEqual(['network', true]);
  });

  it('admits capacityPerSecond / 10 calls per 100 ms slice; the rest fail with 2996, a rate limit', async () => {
    const settled = await send({ ...base, capacityPerSecond: 300 }, 50);
    expect(settled.filter(({ outcome }) => outcome === 'ok')).toHaveLength(30);
    expect(settled.filter(({ code }) => code === FAILURES.overloaded.code)).toHaveLength(20);
    const error = tencent.normalize(new SimulatedSdkError(FAILURES.overloaded.code, FAILURES.overloaded.message));
    expect([error.kind, error.retryable]).toEqual(['rate-limit', true]);
  });
});

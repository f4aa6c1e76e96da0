/**
 * The storm harness on a small scale (20 clients): the logs it keeps are consistent, runs are deterministic, and the
 * strategies behave as their settings say. The benchmark numbers themselves come from `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { CONTENDERS } from '../../../scripts/bench/sim/contenders.js';
import { IM_ERRORS } from '../../../scripts/bench/sim/im-errors.js';
import { AWS_STANDARD_LIKE, NO_RETRY, P_RETRY } from '../../../scripts/bench/sim/peers.js';
import { OUTAGE_SCENARIO, TRANSIENT_SCENARIO, withClients } from '../../../scripts/bench/sim/scenario.js';
import { runStorm, type StormResult } from '../../../scripts/bench/storm.js';
import { DEFAULT_RETRY_BUDGET } from '../../../src/index.js';

const clients = 20;
const transient = withClients(TRANSIENT_SCENARIO, clients);
const outage = withClients(OUTAGE_SCENARIO, clients);
const withoutTiming = ({ realMs: _realMs, ...rest }: StormResult) => rest;

describe('runStorm', () => {
  it('is deterministic, leaves no call unsettled, and restores real time', async () => {
    const realSetTimeout = globalThis.setTimeout;
    const realRandom = Math.random;
    const first = await runStorm(outage, IM_ERRORS);
    const second = await runStorm(outage, IM_ERRORS);
    expect(withoutTiming(second)).toEqual(withoutTiming(first));
    expect(first.unsettled).toBe(0);
    expect(globalThis.setTimeout).toBe(realSetTimeout);
    expect(Math.random).toBe(realRandom);
  });

  it('gives every contender the same logical calls, and without retries the vendor sees exactly those', async () => {
    const results: ReturnType<typeof withoutTiming>[] = [];
    // One at a time: virtual time is installed on the global object.
    for (const contender of CONTENDERS) results.push(withoutTiming(await runStorm(transient, contender)));
    const none = results.find((result) => result.contender === NO_RETRY.name)!;
    for (const result of results) expect(result.logicalCalls).toBe(none.logicalCalls);
    expect(none.vendorCalls).toBe(none.logicalCalls);
    expect(none.amplification).toBe(1);
    expect(none.successRate).toBeCloseTo(0.95, 1);
  });

  it('without retries, nothing started in the outage succeeds and the load in it is exactly 1×', async () => {
    const result = await runStorm(outage, NO_RETRY);
    expect(result.outage).toMatchObject({ amplification: 1, successRate: 0 });
  });

  it('p-retry retries through the outage until every call succeeds, multiplying load', async () => {
    const result = await runStorm(outage, P_RETRY);
    expect(result.successRate).toBe(1);
    expect(result.outage!.amplification).toBeGreaterThan(3);
    expect(result.outage!.drainMs).toBeGreaterThan(10_000);
  });

  it('AWS standard-like makes at most 3 calls per logical call', async () => {
    const result = await runStorm(outage, AWS_STANDARD_LIKE);
    expect(result.vendorCalls).toBeLessThanOrEqual(3 * result.logicalCalls);
    expect(result.outage!.amplification).toBeGreaterThan(2);
  });

  it("im-errors' retries stay within its budget: ratio × calls + reserve, per client", async () => {
    const result = await runStorm(outage, IM_ERRORS);
    const retries = result.vendorCalls - result.logicalCalls;
    expect(retries).toBeGreaterThan(0);
    expect(retries).toBeLessThanOrEqual(DEFAULT_RETRY_BUDGET.ratio * result.logicalCalls + DEFAULT_RETRY_BUDGET.capacity * clients);
    expect(result.giveUps['budget-exhausted']).toBeGreaterThan(0);
  });
});

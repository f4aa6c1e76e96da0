/**
 * The cluster retry budget on the in-process fleet, in virtual time: six instances through a vendor outage keep the
 * fleet's load within ratio × calls + the reserve (plus the documented overshoot), where six local budgets would
 * each spend their own reserve and ratio.
 */
import { describe, expect, it } from 'vitest';
import { createRetryBudget, type RetryBudget } from '../../../src/index.js';
import { createMemoryFleet } from '../../../src/redis/memory-fleet.js';
import { createSharedRetryBudget } from '../../../src/redis/shared-budget.js';

const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Every call fails: each instance retries as long as its budget lets it. Returns [calls, retries]. */
async function outage(budgets: readonly RetryBudget[], advance: (ms: number) => void, seconds: number, perSecond: number): Promise<[number, number]> {
  let calls = 0;
  let retries = 0;
  for (let tick = 0; tick < seconds * perSecond; tick++) {
    for (const budget of budgets) {
      budget.recordCall();
      calls++;
      while (budget.tryRetry()) retries++;
    }
    advance(1000 / perSecond);
    await flush();
  }
  return [calls, retries];
}

describe('a shared retry budget', () => {
  it('holds six instances to ≤ 1.1× load fleet-wide through a 10 s outage', async () => {
    let now = 0;
    const fleet = createMemoryFleet();
    const budgets = Array.from({ length: 6 }, (_, index) =>
      createSharedRetryBudget({ scope: 'tencent:1', fleet, instanceId: `pod-${index}`, now: () => now, everyMs: 100, everyCalls: 10 }),
    );
    const [calls, retries] = await outage(budgets, (ms) => (now += ms), 10, 20);
    // The rule: retries ≤ 0.1 × calls + 3 per 10 s window; each instance's start reserve (3) is the overshoot.
    expect(retries).toBeLessThanOrEqual(0.1 * calls + 3 + 6 * 3);
    expect((calls + retries) / calls).toBeLessThanOrEqual(1.11);
  });

  it('does not let calls made before an outage pay for a burst of retries in it (the bank is capped at the reserve)', async () => {
    let now = 0;
    const fleet = createMemoryFleet();
    const budgets = Array.from({ length: 6 }, (_, index) =>
      createSharedRetryBudget({ scope: 'tencent:1', fleet, instanceId: `pod-${index}`, now: () => now, everyMs: 100, everyCalls: 10 }),
    );
    // 5 s of calls that succeed: 600 calls, whose 10 % the sliding window alone would still count.
    for (let tick = 0; tick < 100; tick++) {
      for (const budget of budgets) budget.recordCall();
      now += 50;
      await flush();
    }
    const [calls, retries] = await outage(budgets, (ms) => (now += ms), 1, 20);
    // The fleet's reserve, 10 % of the outage's calls, and each instance's own deposits since its last reconcile
    // (at most its capacity): far below the window's 0.1 × 720 + 3.
    expect(retries).toBeLessThanOrEqual(3 + 0.1 * calls + 6 * 3);
    expect(retries).toBeLessThan(0.1 * (600 + calls));
  });

  it('spends one reserve for the fleet in a blip, where six local budgets spend six', async () => {
    let now = 0;
    const fleet = createMemoryFleet();
    const shared = Array.from({ length: 6 }, (_, index) =>
      createSharedRetryBudget({ scope: 'tencent:1', fleet, instanceId: `pod-${index}`, now: () => now, everyMs: 100 }),
    );
    const local = Array.from({ length: 6 }, () => createRetryBudget());
    // Warm: a healthy second (every instance has reconciled), then one failing call each.
    for (let tick = 0; tick < 10; tick++) {
      for (const budget of [...shared, ...local]) budget.recordCall();
      now += 100;
      await flush();
    }
    const blip = (budgets: readonly RetryBudget[]): number => {
      let retries = 0;
      for (const budget of budgets) {
        budget.recordCall();
        while (budget.tryRetry()) retries++;
      }
      return retries;
    };
    // 66 calls in the window: the fleet may retry 0.1 × 66 + 3 = 9.6, shared out as six shares.
    expect(blip(shared)).toBeLessThanOrEqual(Math.floor(0.1 * 66 + 3));
    expect(blip(local)).toBe(6 * 3);
  });

  it('shares what the fleet may retry among the live instances', async () => {
    let now = 0;
    const fleet = createMemoryFleet();
    const make = (id: string): RetryBudget => createSharedRetryBudget({ scope: 'app', fleet, instanceId: id, now: () => now, everyCalls: 1, capacity: 4 });
    const [a, b] = [make('a'), make('b')];
    a.recordCall();
    await flush();
    b.recordCall();
    await flush();
    // The window allows 4 + 0.2, but the fleet never holds more than its reserve unspent: 4, halved.
    expect(b.remaining).toBeCloseTo(4 / 2, 3);
    now += 20_000; // a's heartbeat and both calls are gone
    b.recordCall();
    await flush();
    expect(b.remaining).toBeCloseTo(4, 3);
  });
});

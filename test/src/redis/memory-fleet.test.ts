/**
 * The fleet steps in JavaScript (the model the Redis scripts are compared with): the budget's share is what the
 * window allows divided among the live instances; the breaker opens on a quorum only and leases its probe to one
 * instance at a time. Virtual time: `now` is an argument.
 */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { breakerStep, budgetStep, createMemoryFleet, type BreakerStepArgs } from '../../../src/redis/memory-fleet.js';

const WINDOW = 10_000;
const SLICE = 1000;
const budgetArgs = { windowMs: WINDOW, sliceMs: SLICE, ratio: 100, capacity: 3000, ttlMs: 3000 };

const budgetEvents = fc.array(
  fc.record({ step: fc.integer({ min: 0, max: 2500 }), id: fc.constantFrom('a', 'b', 'c'), calls: fc.nat(30), retries: fc.nat(5) }),
  { maxLength: 60 },
);

describe('budgetStep', () => {
  it.prop([budgetEvents])('shares what ratio × calls + capacity − retries leaves in the window, never more than the capped bank, among the live', (events) => {
    const state = createMemoryFleet().budget('app');
    let now = 0;
    // The fleet's unspent tokens: every call deposits the ratio, every retry takes one, and it never holds more than
    // the capacity (a local budget's rule).
    let bank = 3000;
    const seen: Array<{ at: number; id: string; calls: number; retries: number }> = [];
    for (const event of events) {
      now += event.step;
      seen.push({ at: now, ...event });
      const [share, calls, retries, live] = budgetStep(state, { now, ...event, ...budgetArgs });
      const oldest = (Math.floor(now / SLICE) - WINDOW / SLICE + 1) * SLICE;
      const inWindow = seen.filter((past) => past.at >= oldest);
      const expectedCalls = inWindow.reduce((sum, past) => sum + past.calls, 0);
      const expectedRetries = inWindow.reduce((sum, past) => sum + past.retries, 0);
      const beats = new Map(seen.map((past) => [past.id, past.at]));
      const expectedLive = [...beats.values()].filter((at) => at >= now - 3000).length;
      expect([calls, retries, live]).toEqual([expectedCalls, expectedRetries, expectedLive]);
      bank = Math.min(3000, bank + 100 * event.calls - 1000 * event.retries);
      expect(share).toBe(Math.floor(Math.max(0, Math.min(100 * expectedCalls + 3000 - 1000 * expectedRetries, bank)) / expectedLive));
    }
  });
});

const IDS = ['a', 'b', 'c', 'd', 'e'] as const;
const reports = fc.array(
  fc.record({
    step: fc.integer({ min: 0, max: 800 }),
    id: fc.constantFrom(...IDS),
    state: fc.constantFrom('closed' as const, 'open' as const, 'half-open' as const),
    wantsProbe: fc.boolean(),
    probe: fc.constantFrom(undefined, 'success' as const, 'failure' as const),
  }),
  { maxLength: 80 },
);
const breakerArgs = { cooldownMs: 2000, quorum: 500, ttlMs: 3000, leaseMs: 1000 };

function args(now: number, report: { id: string; state: BreakerStepArgs['state']; wantsProbe: boolean; probe: BreakerStepArgs['probe'] }): BreakerStepArgs {
  return { now, ...report, openedAt: report.state === 'closed' ? undefined : now, ...breakerArgs };
}

describe('breakerStep', () => {
  it.prop([fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 5 })])(
    'a closed fleet opens exactly when ⌈q × live⌉ instances opened within the cool-down',
    (live, opened) => {
      const open = Math.min(opened, live);
      // Every instance reports closed first (all live), then `open` of them report an open circuit.
      const fresh = createMemoryFleet().breaker('app');
      for (const id of IDS.slice(0, live)) breakerStep(fresh, args(1, { id, state: 'closed', wantsProbe: false, probe: undefined }));
      let last = breakerStep(fresh, args(2, { id: IDS[0], state: 'closed', wantsProbe: false, probe: undefined }));
      IDS.slice(0, open).forEach((id) => {
        last = breakerStep(fresh, args(3, { id, state: 'open', wantsProbe: false, probe: undefined }));
        const count = last[4];
        if (count < Math.ceil(0.5 * live)) expect(last[0]).toBe('closed');
      });
      expect(last[0]).toBe(open >= Math.ceil(0.5 * live) && open > 0 ? 'open' : 'closed');
    },
  );

  it.prop([reports])('leases the probe to one instance at a time', (sequence) => {
    const state = createMemoryFleet().breaker('app');
    let now = 0;
    let holder: { id: string; until: number } | undefined;
    for (const report of sequence) {
      now += report.step;
      const released = holder !== undefined && report.id === holder.id && report.probe !== undefined;
      const [, , mayProbe] = breakerStep(state, args(now, report));
      if (released) holder = undefined;
      if (mayProbe === 1) {
        if (holder !== undefined && holder.until > now) expect(report.id).toBe(holder.id);
        holder = { id: report.id, until: now + breakerArgs.leaseMs };
      }
    }
  });

  it.prop([reports])('is never open past its cool-down, and says how long is left', (sequence) => {
    const state = createMemoryFleet().breaker('app');
    let now = 0;
    for (const report of sequence) {
      now += report.step;
      const [fleet, retryAfterMs] = breakerStep(state, args(now, report));
      if (fleet === 'open') expect(retryAfterMs > 0 && retryAfterMs <= breakerArgs.cooldownMs).toBe(true);
      else expect(retryAfterMs).toBe(0);
    }
  });
});

/**
 * Model-based: the same random sequence of budget deposits and breaker reports, with clock steps, applied to the
 * in-memory steps and to the Lua scripts on the real Redis (through node-redis and ioredis alike), gives the same
 * answer at every step — tolerance zero: both compute in integers (thousandths of a token) from the caller's `now`.
 */
import { fc } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptRunner, type ScriptRunner } from '../../../src/redis/client.js';
import { BREAKER_SCRIPT, BUDGET_SCRIPT } from '../../../src/redis/fleet-scripts.js';
import { breakerStep, budgetStep, createMemoryFleet } from '../../../src/redis/memory-fleet.js';
import { RUN_SHARED, bothClients, sharedUrl } from '../../support/redis.js';

const budgetSequence = fc.array(
  fc.record({ step: fc.integer({ min: 0, max: 3000 }), id: fc.constantFrom('a', 'b', 'c'), calls: fc.nat(40), retries: fc.nat(6) }),
  { minLength: 1, maxLength: 40 },
);
const breakerSequence = fc.array(
  fc.record({
    step: fc.integer({ min: 0, max: 900 }),
    id: fc.constantFrom('a', 'b', 'c', 'd'),
    state: fc.constantFrom('closed' as const, 'open' as const, 'half-open' as const),
    opened: fc.integer({ min: 0, max: 1500 }),
    wantsProbe: fc.boolean(),
    probe: fc.constantFrom(undefined, 'success' as const, 'failure' as const),
  }),
  { minLength: 1, maxLength: 40 },
);

describe.runIf(RUN_SHARED)('the fleet scripts against their in-memory model', () => {
  let clients: Awaited<ReturnType<typeof bothClients>>;
  let runners: Array<readonly [string, ScriptRunner]>;
  let run = 0;
  beforeAll(async () => {
    clients = await bothClients(sharedUrl());
    runners = [
      ['node-redis', scriptRunner(clients.node)],
      ['ioredis', scriptRunner(clients.io)],
    ];
  });
  afterAll(() => clients?.close());

  it('budget: the same share, window counts and live instances at every step', async () => {
    await fc.assert(
      fc.asyncProperty(budgetSequence, async (sequence) => {
        for (const [name, runner] of runners) {
          const scope = `model-budget-${name}-${run++}`;
          const keys = [`t:{${scope}}:calls`, `t:{${scope}}:retries`, `t:{${scope}}:beats`, `t:{${scope}}:bank`];
          const memory = createMemoryFleet().budget(scope);
          let now = 1_700_000_000_000;
          for (const { step, id, calls, retries } of sequence) {
            now += step;
            const args = { now, id, calls, retries, windowMs: 10_000, sliceMs: 1000, ratio: 100, capacity: 3000, ttlMs: 3000 };
            const reply = await runner(BUDGET_SCRIPT, keys, [now, id, calls, retries, 10_000, 1000, 100, 3000, 3000]);
            expect(reply, name).toEqual([...budgetStep(memory, args)]);
          }
        }
      }),
      { numRuns: 25 },
    );
  });

  it('breaker: the same state, cool-down, lease, live, opens and recovery at every step', async () => {
    await fc.assert(
      fc.asyncProperty(breakerSequence, async (sequence) => {
        for (const [name, runner] of runners) {
          const scope = `model-breaker-${name}-${run++}`;
          const keys = [`t:{${scope}}:beats`, `t:{${scope}}:opens`, `t:{${scope}}:fleet`];
          const memory = createMemoryFleet().breaker(scope);
          let now = 1_700_000_000_000;
          for (const { step, id, state, opened, wantsProbe, probe } of sequence) {
            now += step;
            const openedAt = state === 'closed' ? undefined : now - opened;
            const args = { now, id, state, openedAt, wantsProbe, probe, cooldownMs: 2000, quorum: 500, ttlMs: 3000, leaseMs: 1000 };
            const reply = await runner(BREAKER_SCRIPT, keys, [now, id, state, openedAt ?? '', wantsProbe ? 1 : 0, probe ?? '', 2000, 500, 3000, 1000]);
            expect(reply, name).toEqual([...breakerStep(memory, args)]);
          }
        }
      }),
      { numRuns: 25 },
    );
  });
});

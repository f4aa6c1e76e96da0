/**
 * The quorum breaker on the in-process fleet, in virtual time: one bad node cannot open the circuit for all, a
 * quorum does, and after the cool-down one instance probes for the fleet.
 */
import { describe, expect, it } from 'vitest';
import { createIMError } from '../../../src/imerror.js';
import type { CircuitBreaker } from '../../../src/index.js';
import { createMemoryFleet } from '../../../src/redis/memory-fleet.js';
import { createSharedCircuitBreaker } from '../../../src/redis/shared-breaker.js';

const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const down = createIMError({ kind: 'server', reason: 'busy', retryable: true, recovery: 'retry', vendor: 'tencent', cause: undefined });

function fleetOf(size: number) {
  let now = 0;
  const fleet = createMemoryFleet();
  const breakers = Array.from({ length: size }, (_, index) =>
    createSharedCircuitBreaker({ scope: 'tencent:1', fleet, instanceId: `pod-${index}`, now: () => now, everyCalls: 1, failureThreshold: 3, cooldownMs: 1000, leaseMs: 500 }),
  );
  return { breakers, advance: (ms: number) => (now += ms) };
}

/** One call through `breaker` ending with `error` (undefined: success); true when it was admitted. */
function call(breaker: CircuitBreaker, error: typeof down | undefined): boolean {
  const pass = breaker.admit();
  if (pass.admitted) pass.settle(error);
  return pass.admitted;
}

async function everyoneCalls(breakers: readonly CircuitBreaker[], failing: (index: number) => boolean): Promise<boolean[]> {
  const admitted = breakers.map((breaker, index) => call(breaker, failing(index) ? down : undefined));
  await flush();
  return admitted;
}

describe('a shared circuit breaker', () => {
  it('is not opened for all by one bad node', async () => {
    const { breakers, advance } = fleetOf(6);
    for (let round = 0; round < 5; round++) {
      await everyoneCalls(breakers, (index) => index === 0);
      advance(10);
    }
    expect(breakers[0]?.state).toBe('open');
    expect(await everyoneCalls(breakers, () => false)).toEqual([false, true, true, true, true, true]);
  });

  it('opens for all on a quorum (3 of 6), within one reconcile', async () => {
    const { breakers, advance } = fleetOf(6);
    for (let round = 0; round < 4; round++) {
      await everyoneCalls(breakers, (index) => index < 3);
      advance(10);
    }
    await everyoneCalls(breakers, () => false); // the healthy ones report and hear the verdict
    expect(await everyoneCalls(breakers, () => false)).toEqual([false, false, false, false, false, false]);
  });

  it('lets one instance probe after the cool-down, and its success closes the circuit for all', async () => {
    const { breakers, advance } = fleetOf(4);
    for (let round = 0; round < 4; round++) {
      await everyoneCalls(breakers, () => true);
      advance(10);
    }
    advance(1000);
    // Each asks: the refusals carry reports that want a probe; one instance gets the lease.
    await everyoneCalls(breakers, () => false);
    await everyoneCalls(breakers, () => false);
    const probes = breakers.map((breaker) => breaker.admit());
    expect(probes.filter((pass) => pass.admitted)).toHaveLength(1);
    for (const pass of probes) if (pass.admitted) pass.settle(undefined);
    await flush();
    await everyoneCalls(breakers, () => false);
    await everyoneCalls(breakers, () => false);
    expect(await everyoneCalls(breakers, () => false)).toEqual([true, true, true, true]);
  });
});

/**
 * Redis killed, restarted, slowed and flushed, on servers these tests start themselves (never the shared one): no
 * call fails because of Redis, the fallback is reported once and the recovery once, the limits fall back to
 * 1/`expectedInstances` of each window, scripts are reloaded after `SCRIPT FLUSH`, and no timer is left behind.
 * Real time: each test ≤ 2 s with a hard timeout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RestLimitTable } from '../../../src/redis/limit-table.js';
import { createVendorRateLimiter, type VendorRateLimiter } from '../../../src/redis/rate-limiter.js';
import { createSharedBudgetStore } from '../../../src/redis/shared-budget.js';
import { RUN_OWN, bothClients, startOwnServer, type OwnServer } from '../../support/redis.js';

const HARD = 2000;
const LIMITS: RestLimitTable = {
  vendor: 'tencent',
  fallback: { windows: [{ per: 'call', points: 10, durationMs: 1000 }], source: 'test' },
  apis: {},
};

async function admitted(limiter: VendorRateLimiter, count: number): Promise<{ admitted: number; other: unknown[] }> {
  let ok = 0;
  const other: unknown[] = [];
  for (let i = 0; i < count; i++) {
    await limiter.acquire('v4/openim/sendmsg').then(
      () => ok++,
      (error: unknown) => {
        if ((error as { kind?: string }).kind !== 'rate-limit') other.push(error);
      },
    );
  }
  return { admitted: ok, other };
}

const timeouts = (): number => process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length;

describe.runIf(RUN_OWN).each(['node-redis', 'ioredis'] as const)('Redis faults through %s', (name) => {
  let server: OwnServer;
  let clients: Awaited<ReturnType<typeof bothClients>>;
  const client = () => (name === 'node-redis' ? clients.node : clients.io);
  beforeAll(async () => {
    server = await startOwnServer();
    clients = await bothClients(server.url);
  }, 10_000);
  afterAll(async () => {
    await clients?.close();
    await server?.kill();
  });

  it('killed: no call fails, the fallback is reported once, each instance keeps 1/expectedInstances', { timeout: HARD }, async () => {
    const events: string[] = [];
    const limiter = createVendorRateLimiter({
      limits: LIMITS,
      app: `kill-${name}`,
      redis: client(),
      now: () => 1_800_000_000_100, // one window throughout, however long the fallback takes
      expectedInstances: 2,
      timeoutMs: 100,
      onFallback: () => events.push('fallback'),
      onRecover: () => events.push('recover'),
    });
    expect((await admitted(limiter, 1)).admitted).toBe(1);
    await server.kill();
    const during = await admitted(limiter, 8);
    expect(during.other).toEqual([]);
    expect(during.admitted).toBe(5); // 10 per second / 2 expected instances
    expect(events).toEqual(['fallback']);
  });

  it('restarted: the recovery is reported once and Redis counts again', { timeout: 4000 }, async () => {
    const events: string[] = [];
    const limiter = createVendorRateLimiter({
      limits: LIMITS,
      app: `restart-${name}`,
      redis: client(),
      expectedInstances: 2,
      timeoutMs: 100,
      onFallback: () => events.push('fallback'),
      onRecover: () => events.push('recover'),
    });
    await server.kill();
    await admitted(limiter, 2);
    await server.restart();
    // The client reconnects by itself; calls go on meanwhile.
    for (let i = 0; i < 60 && !events.includes('recover'); i++) {
      await admitted(limiter, 1);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(events).toEqual(['fallback', 'recover']);
  });

  it('slowed: a round trip past the deadline decides locally, within the deadline', { timeout: HARD }, async () => {
    const other = await bothClients(server.url);
    const events: string[] = [];
    const limiter = createVendorRateLimiter({ limits: LIMITS, app: `slow-${name}`, redis: client(), timeoutMs: 50, onFallback: () => events.push('fallback') });
    await admitted(limiter, 1);
    const sleeping = other.io.call('DEBUG', 'SLEEP', '0.4').catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const started = Date.now();
    const result = await admitted(limiter, 1);
    expect(Date.now() - started).toBeLessThan(300);
    expect(result).toEqual({ admitted: 1, other: [] });
    expect(events).toEqual(['fallback']);
    await sleeping;
    await other.close();
  });

  it('flushed: the budget script is loaded again after SCRIPT FLUSH, and answers as before', { timeout: HARD }, async () => {
    let now = 1_000_000;
    const store = createSharedBudgetStore({ scope: `flush-${name}`, redis: client(), now: () => now, instanceId: 'a' });
    expect(await store.reconcile({ calls: 10, retries: 0 })).toEqual({ tokens: 3 }); // the window allows 4, the bank holds the reserve
    await clients.io.call('SCRIPT', 'FLUSH');
    now += 10;
    expect(await store.reconcile({ calls: 10, retries: 1 })).toEqual({ tokens: 3 });
  });

  it('leaves no timer behind once calls have settled', { timeout: HARD }, async () => {
    const before = timeouts();
    const limiter = createVendorRateLimiter({ limits: LIMITS, app: `timers-${name}`, redis: client(), timeoutMs: 500 });
    await admitted(limiter, 5);
    expect(timeouts()).toBe(before);
  });
});

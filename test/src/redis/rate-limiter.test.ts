/**
 * The vendor rate limiter against the real Redis, through node-redis and ioredis, and in memory. Its windows are the
 * clock's own (a 1 s window is the clock's second): the tests give it a clock of their own, so no window ends in the
 * middle of a test and the next one is reached by moving the clock; Redis's key expiry runs in real time (the explicit
 * exception to the fake-timer rule; each test ≤ 2 s with a hard timeout).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tencent } from '../../../adapters/tencent/index.js';
import { isIMError, type IMError } from '../../../src/imerror.js';
import type { RedisClient } from '../../../src/redis/client.js';
import type { RestLimitTable } from '../../../src/redis/limit-table.js';
import { createVendorRateLimiter, type VendorRateLimiter } from '../../../src/redis/rate-limiter.js';
import { RUN_SHARED, bothClients, sharedUrl } from '../../support/redis.js';

const HARD = 2000;

/** A small table, so a window fills in a few calls. */
const LIMITS: RestLimitTable = {
  vendor: 'easemob',
  fallback: { windows: [{ per: 'call', points: 5, durationMs: 1000 }], source: 'test' },
  apis: {
    'POST /messages/users': {
      windows: [
        { per: 'call', points: 10, durationMs: 1000 },
        { per: 'unit', points: 12, durationMs: 1000 },
      ],
      unit: 'recipient',
      maxUnitsPerCall: 6,
      source: 'test',
    },
  },
};

/** The limiters' clock: in the middle of a second, moved only by the tests. */
let time = 1_800_000_000_400;
const clock = (): number => time;

let app = 0;
const fresh = (): string => `app-${process.pid}-${Date.now()}-${app++}`;

/** How many of `count` acquisitions were admitted, and the errors of the others. */
async function tally(limiter: VendorRateLimiter, api: string, count: number, units = 1): Promise<{ admitted: number; errors: IMError[] }> {
  let admitted = 0;
  const errors: IMError[] = [];
  for (let i = 0; i < count; i++) {
    await limiter.acquire(api, units).then(
      () => admitted++,
      (error: unknown) => errors.push(error as IMError),
    );
  }
  return { admitted, errors };
}

function behaves(make: (app: string, lease?: number) => VendorRateLimiter): void {
  it('admits a window’s points, then refuses locally with a rate-limit IMError and retryAfterMs', { timeout: HARD }, async () => {
    const limiter = make(fresh());
    const { admitted, errors } = await tally(limiter, 'GET /users', 7);
    expect(admitted).toBe(5);
    expect(errors).toHaveLength(2);
    const [error] = errors;
    expect(isIMError(error)).toBe(true);
    expect([error?.kind, error?.reason, error?.retryable, error?.recovery]).toEqual(['rate-limit', 'too-many-requests', true, 'wait']);
    expect(error?.retryAfterMs).toBeGreaterThan(0);
    expect(error?.retryAfterMs).toBeLessThanOrEqual(1000);
  });

  it('admits again once the window has passed', { timeout: HARD }, async () => {
    const limiter = make(fresh());
    const first = await tally(limiter, 'GET /users', 6);
    const wait = first.errors[0]?.retryAfterMs ?? 1000;
    expect(wait).toBe(600); // the rest of the clock's second
    time += wait - 1;
    expect((await tally(limiter, 'GET /users', 1)).admitted).toBe(0);
    time += 1;
    expect((await tally(limiter, 'GET /users', 1)).admitted).toBe(1);
    time -= wait; // back to the middle of a second for the other tests
  });

  it('counts every window: recipients as well as calls', { timeout: HARD }, async () => {
    const limiter = make(fresh());
    // 12 recipients a second: two calls of 6 pass, the third is refused by the recipient window, as is one more
    // recipient, though only 2 of the 10 calls a second were made.
    expect((await tally(limiter, 'POST /messages/users', 3, 6)).admitted).toBe(2);
    expect((await tally(limiter, 'POST /messages/users', 1, 1)).admitted).toBe(0);
  });

  it('refuses a call carrying more units than one call may, as a validation error', { timeout: HARD }, async () => {
    const error = await make(fresh())
      .acquire('POST /messages/users', 7)
      .then(() => undefined, (caught: unknown) => caught as IMError);
    expect([error?.kind, error?.retryable]).toEqual(['validation', false]);
  });

  it('holds every limiter of the app back after a vendor refusal seen by one', { timeout: HARD }, async () => {
    const name = fresh();
    const [seen, other] = [make(name), make(name)];
    await seen.refused('GET /users', 1000);
    const { admitted, errors } = await tally(other, 'GET /users', 1);
    expect(admitted).toBe(0);
    expect(errors[0]?.retryAfterMs).toBe(600);
    // 1000 ms from the middle of a second reach into the next one, and no further.
    time += 600;
    expect((await tally(other, 'GET /users', 1)).admitted).toBe(0);
    time += 1000;
    expect((await tally(other, 'GET /users', 1)).admitted).toBe(1);
    time -= 1600;
  });

  it('holds back for the rest of the window only after a refusal without a wait, as the vendor counts', { timeout: HARD }, async () => {
    const limiter = make(fresh());
    await limiter.refused('GET /users');
    expect((await tally(limiter, 'GET /users', 1)).errors[0]?.retryAfterMs).toBe(600);
    time += 600;
    expect((await tally(limiter, 'GET /users', 5)).admitted).toBe(5);
    time -= 600;
  });

  it('call: never calls the vendor when refused, and a vendor rate-limit answer holds the fleet back', { timeout: HARD }, async () => {
    const name = fresh();
    const [a, b] = [make(name), make(name)];
    let sent = 0;
    const overLimit = { ActionStatus: 'FAIL', ErrorCode: 60007, ErrorInfo: 'REST API call frequency limit' };
    const normalize = (raw: unknown): IMError => tencent.normalize(raw);
    const refusedByVendor = await a
      .call('GET /users', () => (sent++, Promise.reject(overLimit)), { normalize })
      .then(() => undefined, (error: unknown) => error as IMError);
    expect(refusedByVendor?.kind).toBe('rate-limit');
    const refusedLocally = await b
      .call('GET /users', () => (sent++, Promise.resolve('sent')), { normalize })
      .then(() => undefined, (error: unknown) => error as IMError);
    expect([refusedLocally?.kind, sent]).toEqual(['rate-limit', 1]);
  });

  it('holds nothing back for a refusal read after the window its call was sent in (the vendor’s next second is whole)', { timeout: HARD }, async () => {
    const limiter = make(fresh());
    await limiter.refused('GET /users', undefined, time - 1000);
    expect((await tally(limiter, 'GET /users', 1)).admitted).toBe(1);
  });

  it('with a lease of 3, two limiters of one app still admit no more than the window', { timeout: HARD }, async () => {
    const name = fresh();
    const [a, b] = [make(name, 3), make(name, 3)];
    const results = await Promise.all([tally(a, 'GET /users', 5), tally(b, 'GET /users', 5)]);
    const admitted = results.reduce((sum, result) => sum + result.admitted, 0);
    expect(admitted).toBeLessThanOrEqual(5);
    expect(admitted).toBeGreaterThanOrEqual(3);
  });
}

describe('in memory (no Redis: this process is the fleet)', () => {
  // In memory a limiter is the whole fleet: the cases with two limiters of one app use one limiter twice.
  const limiters = new Map<string, VendorRateLimiter>();
  behaves((name, lease) => {
    const key = `${name}:${lease ?? 1}`;
    const known = limiters.get(key) ?? createVendorRateLimiter({ limits: LIMITS, app: name, lease, now: clock });
    limiters.set(key, known);
    return known;
  });
});

describe.runIf(RUN_SHARED).each(['node-redis', 'ioredis'] as const)('on Redis through %s', (name) => {
  let clients: Awaited<ReturnType<typeof bothClients>>;
  beforeAll(async () => {
    clients = await bothClients(sharedUrl());
  });
  afterAll(() => clients?.close());
  const client = (): RedisClient => (name === 'node-redis' ? clients.node : clients.io);
  behaves((app, lease) => createVendorRateLimiter({ limits: LIMITS, app, redis: client(), lease, now: clock }));

  it('shares one window between two instances (limiters) of the app', { timeout: HARD }, async () => {
    const app = fresh();
    const [a, b] = [createVendorRateLimiter({ limits: LIMITS, app, redis: client(), now: clock }), createVendorRateLimiter({ limits: LIMITS, app, redis: client(), now: clock })];
    const [first, second] = await Promise.all([tally(a, 'GET /users', 4), tally(b, 'GET /users', 4)]);
    expect(first.admitted + second.admitted).toBe(5);
  });
});

describe('a grant that arrives after its window ended (a slow round trip)', () => {
  it('is taken again in the window the call will land in, so the vendor’s next second is not overrun', { timeout: HARD }, async () => {
    const late = 1_800_000_001_050;
    // The first reading is in the last 100 ms of a second; the grant is read back 150 ms later, in the next second.
    const readings = [1_800_000_000_900];
    const limiter = createVendorRateLimiter({ limits: LIMITS, app: fresh(), now: () => readings.shift() ?? late });
    await limiter.acquire('GET /users');
    // The next second holds the call that was sent in it: 4 more of its 5, then a wait.
    const { admitted, errors } = await tally(limiter, 'GET /users', 5);
    expect(admitted).toBe(4);
    expect(errors[0]?.retryAfterMs).toBe(950);
  });
});

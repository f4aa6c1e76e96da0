/**
 * `npm run example:server` with `REDIS_URL` set: the same session with the limiter on the shared Redis (the `redis`
 * project; real round trips, the session's virtual clock for the windows). A round trip late on a busy machine falls
 * back to the same limits in memory (`expectedInstances: 1`), so the answers are the same either way.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../examples/server/main.js';
import { RUN_SHARED, sharedUrl } from '../support/redis.js';

describe.runIf(RUN_SHARED)('examples/server on Redis', () => {
  // About 420 HTTP calls on 127.0.0.1 and as many Redis round trips: seconds on a loaded machine, nothing waits on time.
  it('gives its clients the same answers with the limiter on Redis', { timeout: 20_000 }, async () => {
    const { lines, vendor, store } = await main(() => undefined, { start: 1_800_000_000_000, redisUrl: sharedUrl() });
    expect(store).toBe('redis');
    expect(lines).toContain('  clients got: 200 × 200 sent, 10 × 429 rate-limit/too-many-requests');
    expect(lines).toContain('  clients got: 10 × 200 sent, 10 × 429 rate-limit/too-many-requests');
    expect(vendor).toEqual({ ok: 402, refused: 1, 'unknown-account': 1, outage: 1 });
  });
});

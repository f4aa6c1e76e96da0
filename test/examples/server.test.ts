/**
 * `npm run example:server` never rots: its scripted session against the fake Tencent REST API gives the same answers
 * on every run (the limiter's windows and the vendor's seconds share the session's virtual clock; the HTTP calls are
 * real, on 127.0.0.1, and nothing sleeps). Memory store: no Redis needed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startFakeTencent, TENCENT_BODIES } from '../../examples/server/fake-vendor.js';
import { main } from '../../examples/server/main.js';
import { PROBLEM_TYPES, startMessageService } from '../../examples/server/service.js';
import { createVendorRateLimiter, tencentRestLimits } from '../../src/redis/index.js';

const START = 1_800_000_000_000;

describe('examples/server', () => {
  // About 420 HTTP calls on 127.0.0.1: a second or more on a loaded machine (nothing waits on time).
  it('plays the session: sent, unknown account, a burst held back locally, a vendor refusal holding the rest back, a gateway failure', { timeout: 20_000 }, async () => {
    const { lines, vendor, store } = await main(() => undefined, { start: START, redisUrl: undefined });
    expect(store).toBe('memory');
    const after = (heading: string, offset = 1): string => lines[lines.findIndex((line) => line.startsWith(heading)) + offset] ?? '';
    expect(after('▸ 1.')).toMatch(/^ {2}200 sent \(MsgKey \d+-1\)$/);
    expect(after('▸ 2.')).toMatch(/^ {2}404 application\/problem\+json user\/not-found — \S*[\u4e00-\u9fff]/);
    // 200 through, 10 answered by the limiter; the vendor saw exactly its limit and refused none.
    expect(after('▸ 3.')).toBe('  clients got: 200 × 200 sent, 10 × 429 rate-limit/too-many-requests');
    expect(after('▸ 3.', 2)).toBe('  the vendor received 200 of them and refused 0');
    expect(after('▸ 3.', 3)).toMatch(/^ {2}e\.g\. 429 application\/problem\+json rate-limit\/too-many-requests, Retry-After: 1 — /);
    // 190 + 10 fill the vendor's second; the 11th is its 60007; the 9 after it never reach the vendor.
    expect(after('▸ 4.')).toBe('  clients got: 10 × 200 sent, 10 × 429 rate-limit/too-many-requests');
    expect(after('▸ 4.', 2)).toBe('  the vendor received 11: after its first 60007 the limiter held the rest of the second back');
    expect(after('▸ 4.', 4)).toMatch(/^ {2}the next second: 200 sent/);
    expect(after('▸ 5.')).toMatch(/^ {2}503 application\/problem\+json server\/busy/);
    expect(vendor).toEqual({ ok: 1 + 200 + 190 + 10 + 1, refused: 1, 'unknown-account': 1, outage: 1 });
    expect(lines.at(-1)).toBe('the vendor received 405 calls: 402 sent, 1 refused over its limit, 1 during the outage');
  });

  it('answers a vendor 60007 as problem details with a wait, and never calls the vendor while held back', async () => {
    let time = START + 500;
    const vendor = await startFakeTencent({ now: () => time, limitPerSecond: 0 });
    const limiter = createVendorRateLimiter({ limits: tencentRestLimits, app: 'test', now: () => time });
    const service = await startMessageService({ vendorUrl: vendor.url, sdkAppId: 'test', limiter });
    try {
      const post = () => fetch(`${service.url}/messages`, { method: 'POST', body: JSON.stringify({ to: 'bob', text: 'hi' }) });
      const first = await post();
      expect(first.status).toBe(429);
      expect(first.headers.get('content-type')).toBe('application/problem+json');
      expect(first.headers.get('retry-after')).toBeNull(); // 60007 says no wait: the vendor's own answer
      const body = (await first.json()) as Record<string, unknown>;
      expect(body).toMatchObject({ type: `${PROBLEM_TYPES}rate-limit/too-many-requests`, status: 429, kind: 'rate-limit', reason: 'too-many-requests' });
      // The vendor's words and code stay on the server.
      expect(JSON.stringify(body)).not.toContain(String(TENCENT_BODIES.overLimit.ErrorCode));
      expect(JSON.stringify(body)).not.toContain(TENCENT_BODIES.overLimit.ErrorInfo);
      const held = await post();
      expect([held.status, held.headers.get('retry-after'), (await held.json()) as unknown]).toMatchObject([429, '1', { retryAfterMs: 500 }]);
      expect(vendor.log.map((call) => call.outcome)).toEqual(['refused']);
      time += 500; // the vendor's next second: the limiter lets calls through again
      expect((await post()).status).toBe(429);
      expect(vendor.log).toHaveLength(2);
    } finally {
      await service.close();
      await vendor.close();
    }
  });

  it('has its npm script, running the built session', () => {
    const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
    // The built file (CI runs every example:* script after the build); this test reads the sources only.
    expect(scripts['example:server']).toMatch(/^npm run build --silent && node \w+\/examples\/server\/main\.js$/);
  });
});

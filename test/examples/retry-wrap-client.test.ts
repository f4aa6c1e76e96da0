/** The retry example runs and tells what happened: a retry, a rate limit waited out, a give-up, the budget. */
import { describe, expect, it } from 'vitest';
import { main } from '../../examples/retry-wrap-client.js';

describe('examples/retry-wrap-client', () => {
  it('prints each step', async () => {
    const lines = await main(() => undefined);
    const text = lines.join('\n');
    expect(text).toContain('retry: attempt 1 failed with network/timeout (code 2801)');
    expect(text).toContain('ok: C2Calice, GROUPteam (2 calls)');
    expect(text).toMatch(/retry: attempt 1 failed with rate-limit\/too-many-requests \(code 9506\); waiting (\d+) ms/);
    const wait = Number(/too-many-requests \(code 9506\); waiting (\d+) ms/.exec(text)?.[1]);
    expect(wait).toBeGreaterThanOrEqual(200); // Tencent's documented window is the floor
    expect(text).toContain('give up: message/too-large (code 80002) after 1 attempt(s) (not-retryable)');
    expect(text).toContain('4 calls reached the server for 3 reads (without a budget: up to 9); every 10 calls earn one retry');
    // 3 tokens of reserve pay the timeout's retry, the rate limit's and the outage's first; the 5 calls after the
    // first (which found the budget full) earned 0.5 more.
    expect(lines.at(-1)).toBe('budget: 0.5 of 3 tokens left, 3 retries granted, 3 refused, 6 calls');
  });
});

/**
 * The first attempt of a plain call (no signal, attempt timeout, breaker, clock or duration-reading hook) runs in a
 * small async function of its own, the success path of most calls: it reads no clock, and a failure goes on to the
 * full runner with nothing lost (the budget counts the call once, failureOf is read, the refresh generation is the
 * one from when the attempt began).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRetryBudget, withRetry } from '../../../src/index.js';
import { tencent } from '../../../adapters/tencent/index.js';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('a plain call', () => {
  it('succeeds without reading the clock', async () => {
    const now = vi.spyOn(Date, 'now');
    await expect(withRetry(async () => 'ok', { normalizer: tencent })).resolves.toBe('ok');
    expect(now).not.toHaveBeenCalled();
  });

  it('retries a first failure in the full runner, counting the call once in the budget', async () => {
    vi.useFakeTimers();
    const budget = createRetryBudget();
    const attempts: number[] = [];
    const pending = withRetry(
      async ({ attempt }) => {
        attempts.push(attempt);
        if (attempt === 1) throw { code: 2801, message: 'timeout' }; // Tencent's retryable network timeout
        return 'sent';
      },
      { normalizer: tencent, budget },
    );
    await vi.runAllTimersAsync();
    await expect(pending).resolves.toBe('sent');
    expect(attempts).toEqual([1, 2]);
    expect(budget.snapshot()).toMatchObject({ calls: 1, granted: 1 });
  });

  it('reads a resolved failure with failureOf and retries it', async () => {
    vi.useFakeTimers();
    let attempt = 0;
    const pending = withRetry(async () => (++attempt === 1 ? { code: 2801 } : { code: 0 }), {
      normalizer: tencent,
      failureOf: (result) => ((result as { code: number }).code === 0 ? undefined : result),
    });
    await vi.runAllTimersAsync();
    await expect(pending).resolves.toEqual({ code: 0 });
    expect(attempt).toBe(2);
  });

  it('refreshes once for concurrent first failures with an expired token, then retries each', async () => {
    vi.useFakeTimers();
    let fresh = false;
    let refreshes = 0;
    const refreshCredentials = async (): Promise<void> => {
      refreshes++;
      await Promise.resolve();
      fresh = true;
    };
    const calls = Array.from({ length: 20 }, () =>
      withRetry(async () => (fresh ? 'ok' : Promise.reject({ code: 70001, message: 'UserSig expired' })), { normalizer: tencent, refreshCredentials }),
    );
    await vi.runAllTimersAsync();
    await expect(Promise.all(calls)).resolves.toEqual(Array.from({ length: 20 }, () => 'ok'));
    expect(refreshes).toBe(1);
  });
});

/** The Redis guard on fake timers: a late or failed round trip answers undefined, reported once; recovery once. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { redisGuard } from '../../../src/redis/guard.js';

describe('redisGuard', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers a round trip’s value and leaves no timer behind', async () => {
    const guard = redisGuard({ timeoutMs: 50 });
    expect(await guard.attempt(() => Promise.resolve(7))).toBe(7);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('answers undefined past the deadline, and reports the fallback once per outage', async () => {
    const events: string[] = [];
    const guard = redisGuard({ timeoutMs: 50, onFallback: () => events.push('fallback'), onRecover: () => events.push('recover') });
    const late = guard.attempt(() => new Promise<number>(() => undefined));
    await vi.advanceTimersByTimeAsync(50);
    expect(await late).toBeUndefined();
    expect(await guard.attempt(() => Promise.reject(new Error('ECONNREFUSED')))).toBeUndefined();
    expect(guard.down).toBe(true);
    expect(events).toEqual(['fallback']);
    expect(await guard.attempt(() => Promise.resolve('PONG'))).toBe('PONG');
    expect(events).toEqual(['fallback', 'recover']);
    expect(guard.down).toBe(false);
  });

  it('survives a trip that throws synchronously and hooks that throw', async () => {
    const guard = redisGuard({
      onFallback: () => {
        throw new Error('hook');
      },
    });
    expect(
      await guard.attempt(() => {
        throw new Error('sync');
      }),
    ).toBeUndefined();
  });
});

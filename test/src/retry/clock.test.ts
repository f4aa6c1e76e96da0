/** The sleep an abort cancels at once, and the race of an attempt with an abort. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { raceAbort, sleep, systemClock } from '../../../src/retry/clock.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('sleep', () => {
  it('waits on the clock and clears its timer when aborted', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const slept = sleep(1_000, systemClock, controller.signal);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort();
    await expect(slept).resolves.toBe('aborted');
    expect(vi.getTimerCount()).toBe(0);
    await expect(sleep(10, systemClock, controller.signal)).resolves.toBe('aborted');
  });

  it('sets no timer for a wait of 0, and copes with a clock that fires at once', async () => {
    vi.useFakeTimers();
    await expect(sleep(0, systemClock, undefined)).resolves.toBe('slept');
    expect(vi.getTimerCount()).toBe(0);
    const cancel = vi.fn();
    const instant = { now: () => 0, setTimer: (callback: () => void) => (callback(), cancel) };
    await expect(sleep(5, instant, undefined)).resolves.toBe('slept');
    expect(cancel).toHaveBeenCalled();
  });
});

describe('raceAbort', () => {
  it('settles like the promise when not aborted', async () => {
    await expect(raceAbort(Promise.resolve(1), new AbortController().signal)).resolves.toEqual({ aborted: false, value: 1 });
    await expect(raceAbort(Promise.reject(new Error('x')), undefined)).rejects.toThrow('x');
  });

  it('settles as aborted at once, swallowing the late rejection', async () => {
    const controller = new AbortController();
    let reject: (error: Error) => void = () => undefined;
    const pending = new Promise<never>((_, r) => (reject = r));
    const raced = raceAbort(pending, controller.signal);
    controller.abort();
    await expect(raced).resolves.toEqual({ aborted: true });
    reject(new Error('late')); // no unhandled rejection
  });
});

describe('systemClock: delays past the timer limit', () => {
  it('clamps a wait of 2^31 ms or more below 2^31 − 1 ms instead of firing after 1 ms', async () => {
    vi.useFakeTimers();
    try {
      let fired = false;
      systemClock.setTimer(() => (fired = true), 2 ** 31 + 5);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(fired).toBe(false);
      await vi.advanceTimersByTimeAsync(2 ** 31);
      expect(fired).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

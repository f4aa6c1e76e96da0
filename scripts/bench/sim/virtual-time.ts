/**
 * Virtual time for the storm: `@sinonjs/fake-timers` replaces the global timers, `Date` and `performance` (p-retry
 * and cockatiel wait with the global `setTimeout`), and `Math.random` is replaced by a seeded generator (p-retry's
 * and cockatiel's jitter read it). im-errors gets the same clock through its injectable `Clock`. Nothing sleeps:
 * an hour of simulated traffic runs in seconds.
 */
import { withGlobal, type Clock as FakeClock } from '@sinonjs/fake-timers';
import type { Clock } from '../../../src/index.js';
import type { Random } from './random.js';

/** The installed virtual time. Call `restore` when done: real timers and `Math.random` come back. */
export interface VirtualTime {
  /** The same virtual time, in the shape im-errors' `clock` option takes. */
  readonly clock: Clock;
  /**
   * Advances virtual time in `stepMs` steps, running every timer and the promise jobs they start, until `done()` is
   * true or `limitMs` of virtual time has passed. Resolves to the virtual time reached.
   */
  readonly runUntil: (done: () => boolean, stepMs: number, limitMs: number) => Promise<number>;
  readonly restore: () => void;
}

/** Installs virtual time at 0 on the global object; `random` stands in for `Math.random` until `restore`. */
export function installVirtualTime(random: Random): VirtualTime {
  const fake: FakeClock = withGlobal(globalThis).install({
    now: 0,
    toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'],
    loopLimit: Number.MAX_SAFE_INTEGER,
  });
  const realRandom = Math.random;
  Math.random = random;

  const clock: Clock = {
    now: () => fake.now,
    setTimer: (callback, ms) => {
      const id = fake.setTimeout(callback, ms);
      return () => fake.clearTimeout(id);
    },
  };

  const runUntil = async (done: () => boolean, stepMs: number, limitMs: number): Promise<number> => {
    while (!done() && fake.now < limitMs) await fake.tickAsync(Math.min(stepMs, limitMs - fake.now));
    return fake.now;
  };

  const restore = (): void => {
    Math.random = realRandom;
    fake.uninstall();
  };

  return { clock, runUntil, restore };
}

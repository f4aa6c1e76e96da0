/** A virtual clock for the bench tests: `@sinonjs/fake-timers` not installed on the global, handed in as a Clock. */
import { createClock } from '@sinonjs/fake-timers';
import type { Clock } from '../../../../src/index.js';

/** A virtual clock at 0 and the way to advance it (timers and the promise jobs they start run; nothing sleeps). */
export function virtualClock(): { readonly clock: Clock; readonly advance: (ms: number) => Promise<void> } {
  const fake = createClock(0, Number.MAX_SAFE_INTEGER);
  const clock: Clock = {
    now: () => fake.now,
    setTimer: (callback, ms) => {
      const id = fake.setTimeout(callback, ms);
      return () => fake.clearTimeout(id);
    },
  };
  return { clock, advance: async (ms) => void (await fake.tickAsync(ms)) };
}

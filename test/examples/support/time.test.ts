/** The examples' virtual time: waits take no real time but add up exactly; the seeded jitter repeats itself. */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { seededRandom, virtualClock } from '../../../examples/support/time.js';

describe('virtualClock', () => {
  it.prop([fc.array(fc.nat({ max: 60_000 }), { maxLength: 20 })])('moves on by exactly the waits, one after another', async (waits) => {
    const { clock, elapsed } = virtualClock();
    for (const ms of waits) {
      const before = clock.now();
      await new Promise<void>((resolve) => clock.setTimer(resolve, ms));
      expect(clock.now() - before).toBe(ms);
    }
    expect(elapsed()).toBe(waits.reduce((sum, ms) => sum + ms, 0));
  });

  it.prop([fc.nat({ max: 60_000 })])('a cancelled timer neither fires nor moves time', async (ms) => {
    const { clock, elapsed } = virtualClock();
    let fired = false;
    const cancel = clock.setTimer(() => (fired = true), ms);
    cancel();
    await Promise.resolve();
    await Promise.resolve();
    expect(fired).toBe(false);
    expect(elapsed()).toBe(0);
  });
});

describe('seededRandom', () => {
  it.prop([fc.integer(), fc.integer({ min: 1, max: 200 })])('gives numbers in [0, 1), the same for the same seed', (seed, count) => {
    const draw = (random: () => number) => Array.from({ length: count }, random);
    const numbers = draw(seededRandom(seed));
    for (const n of numbers) {
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThan(1);
    }
    expect(draw(seededRandom(seed))).toEqual(numbers);
  });

  it('spreads its numbers (not a constant)', () => {
    const numbers = Array.from({ length: 1000 }, seededRandom(2024));
    const mean = numbers.reduce((sum, n) => sum + n, 0) / numbers.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
    expect(new Set(numbers).size).toBe(1000);
  });
});

import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { seededRandom, uniform, within } from '../../../../scripts/bench/sim/random.js';

describe('seededRandom', () => {
  it.prop([fc.integer()])('gives numbers in [0, 1), the same sequence for the same seed', (seed) => {
    const a = seededRandom(seed);
    const b = seededRandom(seed);
    for (let i = 0; i < 100; i++) {
      const x = a();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      expect(b()).toBe(x);
    }
  });

  it('differs between seeds and is roughly uniform', () => {
    const a = seededRandom(1);
    const b = seededRandom(2);
    expect(Array.from({ length: 10 }, a)).not.toEqual(Array.from({ length: 10 }, b));
    const random = seededRandom(42);
    const n = 100_000;
    let below = 0;
    for (let i = 0; i < n; i++) if (random() < 0.05) below++;
    expect(below / n).toBeGreaterThan(0.045);
    expect(below / n).toBeLessThan(0.055);
  });
});

describe('uniform / within', () => {
  it.prop([fc.integer(), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true })])(
    'stay in [low, high)',
    (seed, low, width) => {
      const random = seededRandom(seed);
      const high = low + width;
      const x = uniform(random, low, high);
      expect(x).toBeGreaterThanOrEqual(low);
      expect(x).toBeLessThanOrEqual(high);
      const y = within(random, { min: low, max: high });
      expect(y).toBeGreaterThanOrEqual(low);
      expect(y).toBeLessThanOrEqual(high);
    },
  );
});

import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  amplification,
  completionTimes,
  degradedAfter,
  drainTime,
  peakPerSecond,
  percentile,
  successRate,
  type CallRecord,
} from '../../../../scripts/bench/sim/metrics.js';

const call = (startMs: number, endMs: number | undefined, ok: boolean): CallRecord => ({ startMs, endMs, ok });

describe('percentile', () => {
  it.prop([fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1 }), fc.double({ min: 0, max: 100, noNaN: true })])(
    'is one of the values, at least as many values at or below it as p says',
    (values, p) => {
      const value = percentile(values, p);
      expect(values).toContain(value);
      const atOrBelow = values.filter((v) => v <= value).length;
      expect(atOrBelow / values.length).toBeGreaterThanOrEqual(p / 100 - 1e-9);
    },
  );

  it.prop([fc.array(fc.integer(), { minLength: 1 }), fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true })])(
    'grows with p; p100 is the maximum',
    (values, p, q) => {
      const [low, high] = p <= q ? [p, q] : [q, p];
      expect(percentile(values, low)).toBeLessThanOrEqual(percentile(values, high));
      expect(percentile(values, 100)).toBe(Math.max(...values));
    },
  );

  it('nearest rank on a known list; NaN for none', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('storm metrics', () => {
  const outage = { startMs: 10, endMs: 20 };

  it('amplification counts sends and starts inside the window only', () => {
    const calls = [call(5, 6, true), call(10, 30, true), call(15, 16, false)];
    const sends = [5, 10, 12, 14, 15, 19, 20, 25];
    expect(amplification(calls, sends, outage)).toBe(5 / 2);
    expect(amplification([], sends, outage)).toBeNaN();
  });

  it('success rate counts unsettled calls as failed', () => {
    expect(successRate([call(0, 1, true), call(0, undefined, false), call(0, 2, false), call(0, 3, true)])).toBe(0.5);
    expect(completionTimes([call(1, 4, true), call(2, undefined, false)])).toEqual([3]);
  });

  it('drain: until the last call started before recovery settled', () => {
    expect(drainTime([call(5, 6, true), call(15, 27, true), call(21, 60, true)], 20)).toBe(7);
    expect(drainTime([call(5, 6, true)], 20)).toBe(0);
    expect(drainTime([call(15, undefined, false)], 20)).toBe(Number.POSITIVE_INFINITY);
  });

  it('degraded: the end of the last 1-s bin after recovery with under 99 % success', () => {
    const calls = [call(0, 1, false), call(20_100, 1, false), call(20_200, 1, true), call(22_500, 1, false), call(23_000, 1, true)];
    expect(degradedAfter(calls, 20_000, 30_000)).toBe(3_000);
    expect(degradedAfter([call(20_100, 1, true)], 20_000, 30_000)).toBe(0);
  });

  it('peak per second: the busiest 1-s bin of the window', () => {
    expect(peakPerSecond([0, 999, 1_000, 1_500, 1_600, 1_700, 5_000], { startMs: 0, endMs: 2_000 })).toBe(4);
    expect(peakPerSecond([], { startMs: 0, endMs: 2_000 })).toBe(0);
  });
});

import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { median, runRounds } from '../../../scripts/bench/rounds.js';

describe('median', () => {
  it.prop([fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 1 })])('has as many values at or below it as at or above', (values) => {
    const m = median(values);
    expect(values.filter((v) => v <= m).length * 2).toBeGreaterThanOrEqual(values.length);
    expect(values.filter((v) => v >= m).length * 2).toBeGreaterThanOrEqual(values.length);
  });

  it('averages the middle two of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('runRounds', () => {
  it('times every task each round, ratios to the first, and runs each sample’s work', async () => {
    const runs = [0, 0];
    const rows = await runRounds(
      { rounds: 2, timeMs: 5 },
      [
        { name: 'a', code: 'a()', sample: () => void runs[0]!++ },
        { name: 'b', code: 'b()', sample: async () => void runs[1]!++ },
      ],
      1,
    );
    expect(rows.map((row) => [row.name, row.code])).toEqual([
      ['a', 'a()'],
      ['b', 'b()'],
    ]);
    expect(rows[0]!.ratio).toBe(1);
    for (const row of rows) {
      expect(row.nsPerOp).toBeGreaterThan(0);
      expect(row.ratioRange[0]).toBeLessThanOrEqual(row.ratio);
      expect(row.ratio).toBeLessThanOrEqual(row.ratioRange[1]);
    }
    expect(runs[0]).toBeGreaterThanOrEqual(rows[0]!.samples);
    expect(runs[1]).toBeGreaterThanOrEqual(rows[1]!.samples);
  }, 30_000); // real (short) timing runs: tinybench's warm-up and minimum samples take seconds on a loaded machine
});

import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { SUBJECTS, median, runOverhead } from '../../../scripts/bench/overhead.js';

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

describe('runOverhead', () => {
  it('measures every subject; ratios are to the first (bare) subject', async () => {
    const rows = await runOverhead({ rounds: 2, timeMs: 5, batch: 10 });
    expect(rows.map((row) => row.name)).toEqual(SUBJECTS.map((subject) => subject.name));
    expect(rows[0]?.ratio).toBe(1);
    for (const row of rows) {
      expect(row.nsPerCall).toBeGreaterThan(0);
      expect(row.samples).toBeGreaterThan(0);
      expect(row.ratioRange[0]).toBeLessThanOrEqual(row.ratio);
      expect(row.ratio).toBeLessThanOrEqual(row.ratioRange[1]);
    }
  });

  it('every subject resolves with the operation’s value', async () => {
    const values = await Promise.all(SUBJECTS.map((subject) => subject.make()()));
    for (const value of values) expect(value).toEqual({ ok: true });
  });
});

import { describe, expect, it } from 'vitest';
import { SUBJECTS, runOverhead } from '../../../scripts/bench/overhead.js';

describe('runOverhead', () => {
  it('measures every subject; ratios are to the first (bare) subject', async () => {
    const rows = await runOverhead({ rounds: 2, timeMs: 5, batch: 10 });
    expect(rows.map((row) => row.name)).toEqual(SUBJECTS.map((subject) => subject.name));
    expect(rows[0]?.ratio).toBe(1);
    for (const row of rows) {
      expect(row.nsPerOp).toBeGreaterThan(0);
      expect(row.samples).toBeGreaterThan(0);
      expect(row.ratioRange[0]).toBeLessThanOrEqual(row.ratio);
      expect(row.ratio).toBeLessThanOrEqual(row.ratioRange[1]);
    }
  }, 30_000); // real (short) timing runs: tinybench's warm-up and minimum samples take seconds on a loaded machine

  it('every subject resolves with the operation’s value', async () => {
    const values = await Promise.all(SUBJECTS.map((subject) => subject.make()()));
    for (const value of values) expect(value).toEqual({ ok: true });
  });
});

/** Issue 16's targets as the bench judges and prints them (scripts/bench/targets.ts), on numbers given here. */
import { describe, expect, it } from 'vitest';
import { judge, LIMITS, overheadRatios, targetsReport, type TargetsRun } from '../../../scripts/bench/targets.js';
import type { PairedRow } from '../../../scripts/bench/paired.js';

const row = (name: string, perRound: number[], ratio = 1): PairedRow => ({ name, nsPerOp: perRound[0]! / 10, ratio, rounds: perRound.length, perRound });

describe('the targets of issue 16', () => {
  it('judge: a limit is met at or below it, a strict one only below', () => {
    expect(judge('x', 1.5, LIMITS.normalize).met).toBe(true);
    expect(judge('x', 1.51, LIMITS.normalize).met).toBe(false);
    expect(judge('x', 1, LIMITS.retryVsPRetry, true).met).toBe(false);
    expect(judge('x', 0.99, LIMITS.retryVsPRetry, true).met).toBe(true);
  });

  it('overheadRatios: the overhead above the bare call, round by round, over the reference, the median', () => {
    const rows = [row('bare call', [100, 100, 100]), row('withRetry', [180, 190, 300]), row('cockatiel retry', [200, 200, 200])];
    // (80/100, 90/100, 200/100) -> median 0.9
    expect(overheadRatios(rows, 'cockatiel retry').withRetry).toBeCloseTo(0.9);
    expect(overheadRatios(rows, 'cockatiel retry')['cockatiel retry']).toBe(1);
  });

  it('prints PASS or FAIL with the miss for each target', () => {
    const rows = [row('new Error(sameText)', [10]), row('normalize, vendor adapter', [14], 1.4), row("normalize, 'im-errors/all'", [20], 2)];
    const run: TargetsRun = {
      normalize: rows,
      normalizeNoStacks: rows,
      heap: { count: 50_000, plainError: 500, imError: 900, ratio: 1.8 },
      overhead: [row('bare call', [1]), row('withRetry', [2])],
      overheadVsCockatiel: { withRetry: 0.8 },
      results: [judge('normalize, vendor adapter', 1.4, 1.5), judge("normalize, 'im-errors/all'", 2, 1.5)],
    };
    const report = targetsReport(run);
    expect(report).toContain('- PASS normalize, vendor adapter: 1.40× (target ≤ 1.50×)');
    expect(report).toContain("- FAIL (missed by 33 %) normalize, 'im-errors/all': 2.00× (target ≤ 1.50×)");
    expect(report).toContain('retained heap: plain Error 500 B, IMError 900 B');
  });
});

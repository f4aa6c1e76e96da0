/** The cluster benchmark's numbers are what their definitions say, on hand-made logs (no process, no clock). */
import { describe, expect, it } from 'vitest';
import { amplification, clusterRow, clusterTable, loadRatio, percentile, vendorShares, type VendorSecond } from '../../../../scripts/bench/cluster/metrics.js';
import { SLICE_MS, type InstanceReport } from '../../../../scripts/bench/cluster/protocol.js';

const second = (ok: number, refused = 0, failed = 0): VendorSecond => ({ ok, refused, failed });
const OUTAGE = { fromMs: 2000, toMs: 4000 };

function report(firsts: number[], retries: number[], extra: Partial<InstanceReport> = {}): InstanceReport {
  return { index: 0, asked: 0, delivered: 0, failed: 0, shed: 0, lost: 0, lostErrors: [], firsts, retries, acquireUs: [], fallbacks: 0, recoveries: 0, ...extra };
}

describe('cluster bench metrics', () => {
  it('counts refusals and throughput outside the outage, the first second and the one after the outage left out', () => {
    // s0 warm-up, s1 steady, s2–s3 outage, s4 recovering, s5 steady.
    const seconds = [second(10, 90), second(200, 50), second(0, 0, 300), second(0, 0, 300), second(100, 100), second(180, 0)];
    const { refusedShare, limitShare } = vendorShares(seconds, 200, OUTAGE);
    expect(refusedShare).toBeCloseTo(50 / 430);
    expect(limitShare).toBeCloseTo(380 / 2 / 200);
  });

  it('amplification: attempts sent in the outage ÷ first attempts sent in it, fleet-wide', () => {
    const at = (ms: number, count: number): number[] => Object.assign(new Array<number>(60).fill(0), { [ms / SLICE_MS]: count });
    const a = report(at(2500, 100), at(2600, 5));
    const b = report(at(1000, 50), at(3900, 5)); // its first attempts were before the outage
    expect(amplification([a, b], OUTAGE)).toBeCloseTo(110 / 100);
    expect(amplification([report(at(4000, 1), at(4000, 1))], OUTAGE)).toBeNaN();
  });

  it('load ratio: the vendor’s calls per second during the outage ÷ before it', () => {
    const seconds = [second(0), second(200, 10), second(0, 0, 300), second(0, 0, 330), second(200)];
    expect(loadRatio(seconds, OUTAGE)).toBeCloseTo(315 / 210);
  });

  it('percentiles by nearest rank; a row sums the instances; the table prints each row', () => {
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(percentile([5, 1, 3, 2, 4], 99)).toBe(5);
    expect(percentile([], 50)).toBe(0);
    const row = clusterRow('(x)', [second(0), second(200)], [report([1], [0], { asked: 3, lost: 1, acquireUs: [10, 30] }), report([2], [1], { asked: 4, acquireUs: [20] })], 200, undefined);
    expect([row.asked, row.lost, row.p50Us, row.firsts, row.retries]).toEqual([7, 1, 20, [3], [1]]);
    expect(clusterTable([row])).toContain('| (x) | 0.0 % | 100.0 % |');
  });
});

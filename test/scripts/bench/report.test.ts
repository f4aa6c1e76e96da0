import { describe, expect, it } from 'vitest';
import { bestPeerP99, outageTable, roundsTable, targetLines, transientTable } from '../../../scripts/bench/report.js';
import type { Contender } from '../../../scripts/bench/sim/contender.js';
import type { StormResult } from '../../../scripts/bench/storm.js';

const contender = (name: string, peer: boolean): Contender => ({ name, settings: '', peer, forClient: () => (operation) => operation() });
const subject = contender('subject', false);
const peers = [contender('fast peer', true), contender('slow peer', true), contender('baseline', false)];

function result(name: string, scenario: StormResult['scenario'], fields: Partial<StormResult>): StormResult {
  return {
    scenario,
    contender: name,
    logicalCalls: 100,
    vendorCalls: 110,
    outcomes: { ok: 100, transient: 10, down: 0, overloaded: 0 },
    amplification: 1.1,
    successRate: 1,
    p50Ms: 50,
    p99Ms: 200,
    unsettled: 0,
    giveUps: {},
    sendsPerSecond: [],
    virtualMs: 1,
    realMs: 1,
    ...fields,
  };
}

const outage = (amplification: number) => ({ amplification, successRate: 0, drainMs: 100, degradedMs: 0, peakLoadAfterRecovery: 1 });

describe('bestPeerP99', () => {
  it('is the lowest p99 in (a) among peers only', () => {
    const results = [
      result('baseline', 'transient', { p99Ms: 50 }),
      result('slow peer', 'transient', { p99Ms: 300 }),
      result('fast peer', 'transient', { p99Ms: 180 }),
      result('fast peer', 'outage', { p99Ms: 10 }),
    ];
    expect(bestPeerP99(results, peers)).toEqual({ name: 'fast peer', p99Ms: 180 });
    expect(bestPeerP99([], peers)).toBeUndefined();
  });
});

describe('targetLines', () => {
  const best = { name: 'fast peer', p99Ms: 200 };

  it('says met when within the targets', () => {
    const lines = targetLines('subject', [result('subject', 'transient', { p99Ms: 220 }), result('subject', 'outage', { outage: outage(1.2) })], best);
    expect(lines).toEqual([
      '- amplification during the outage: 1.20× (target ≤ 1.20×): met',
      '- p99 completion in (a): 220 ms vs best peer fast peer 200 ms = 1.10× (target ≤ 1.10×): met',
      '- calls that failed in (a): 0 of 100',
    ]);
  });

  it('says by how much a target is missed', () => {
    const a = result('subject', 'transient', { p99Ms: 280, successRate: 0.97, giveUps: { 'max-attempts': 1, 'budget-exhausted': 2 } });
    const lines = targetLines('subject', [a, result('subject', 'outage', { outage: outage(1.26) })], best);
    expect(lines[0]).toMatch(/1\.26× .*missed by 5\.0 %$/);
    expect(lines[1]).toMatch(/1\.40× .*missed by 27\.3 %$/);
    expect(lines[2]).toBe('- calls that failed in (a): 3 of 100 (gave up: 2 budget-exhausted, 1 max-attempts)');
  });
});

describe('tables', () => {
  it('one row per contender that has a result, in the contenders’ order', () => {
    const results = [
      result('slow peer', 'transient', { p99Ms: 400 }),
      result('subject', 'transient', { p99Ms: 200, successRate: 0.99826 }),
      result('subject', 'outage', { outage: outage(1.244) }),
    ];
    const a = transientTable(results, [subject, ...peers], 200).split('\n');
    expect(a).toHaveLength(4);
    expect(a[2]).toBe('| subject | 99.83 % | 50 ms | 200 ms | 1.00× | 1.100 |');
    expect(a[3]).toContain('| slow peer |');
    const b = outageTable(results, [subject, ...peers]).split('\n');
    expect(b).toHaveLength(3);
    expect(b[2]).toBe('| subject | 1.24× | 100.00 % | 0.00 % | 100 ms | 0 ms | 1.00× |');
  });

  it('micro-benchmarks: ns per operation, ratio to the baseline, range', () => {
    const rows = roundsTable(
      [
        { name: 'bare call', code: 'await op()', nsPerOp: 101.4, ratio: 1, ratioRange: [1, 1], samples: 9 },
        { name: 'wrapped', code: 'await w()', nsPerOp: 250, ratio: 2.5, ratioRange: [2.25, 2.75], samples: 9 },
      ],
      { task: 'call', unit: 'call', baseline: 'bare' },
    ).split('\n');
    expect(rows[0]).toBe('| call | code | ns/call | × bare | × bare, range over rounds |');
    expect(rows[2]).toBe('| bare call | `await op()` | 101 | 1.00× | 1.00× – 1.00× |');
    expect(rows[3]).toBe('| wrapped | `await w()` | 250 | 2.50× | 2.25× – 2.75× |');
  });
});

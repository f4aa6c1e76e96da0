/**
 * The benchmark report as markdown: the overhead table, the two storm tables, the what-if table, and a reading of
 * issue 3's targets (amplification during the outage ≤ 1.2×; p99 completion in (a) within 10 % of the best peer).
 */
import type { RoundRow } from './rounds.js';
import type { Contender } from './sim/contender.js';
import type { StormResult } from './storm.js';

/** Issue 3's targets. */
export const TARGETS = {
  /** Vendor calls per logical call during the outage, at most. */
  outageAmplification: 1.2,
  /** p99 completion in (a), at most this multiple of the best peer's. */
  p99VsBestPeer: 1.1,
} as const;

const percent = (share: number, digits = 2): string => `${(share * 100).toFixed(digits)} %`;
const ms = (value: number): string => (Number.isFinite(value) ? `${Math.round(value).toLocaleString('en-US')} ms` : '∞');
const times = (value: number): string => `${value.toFixed(2)}×`;
const table = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
  [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');

/** A micro-benchmark's table: each task's time per operation and its ratio to the first task, `baseline`. */
export function roundsTable(rows: readonly RoundRow[], columns: { readonly task: string; readonly unit: string; readonly baseline: string }): string {
  return table(
    [columns.task, 'code', `ns/${columns.unit}`, `× ${columns.baseline}`, `× ${columns.baseline}, range over rounds`],
    rows.map((row) => [
      row.name,
      `\`${row.code}\``,
      row.nsPerOp.toFixed(0),
      times(row.ratio),
      `${times(row.ratioRange[0])} – ${times(row.ratioRange[1])}`,
    ]),
  );
}

/** The best (lowest) p99 in (a) among `peers`, with its name. */
export function bestPeerP99(results: readonly StormResult[], peers: readonly Contender[]): { name: string; p99Ms: number } | undefined {
  const names = new Set(peers.filter((peer) => peer.peer).map((peer) => peer.name));
  return results
    .filter((result) => result.scenario === 'transient' && names.has(result.contender))
    .map((result) => ({ name: result.contender, p99Ms: result.p99Ms }))
    .sort((a, b) => a.p99Ms - b.p99Ms)[0];
}

/** The results of `scenario` for `contenders`, in the contenders' order. */
function resultsOf(results: readonly StormResult[], contenders: readonly Contender[], scenario: StormResult['scenario']): StormResult[] {
  return contenders.flatMap((contender) =>
    results.filter((result) => result.contender === contender.name && result.scenario === scenario),
  );
}

/** Table (a): success, completion p50/p99 (and p99 against the best peer), vendor calls per logical call. */
export function transientTable(results: readonly StormResult[], contenders: readonly Contender[], best: number): string {
  return table(
    ['strategy', 'success', 'p50', 'p99', 'p99 ÷ best peer', 'vendor calls per call'],
    resultsOf(results, contenders, 'transient')
      .map((result) => [
        result.contender,
        percent(result.successRate),
        ms(result.p50Ms),
        ms(result.p99Ms),
        times(result.p99Ms / best),
        result.amplification.toFixed(3),
      ]),
  );
}

/** Table (b): amplification during the outage, success, drain, how long calls kept failing, peak load after it. */
export function outageTable(results: readonly StormResult[], contenders: readonly Contender[]): string {
  return table(
    [
      'strategy',
      'amplification during outage',
      'success, all calls',
      'success, calls started in outage',
      'drain after recovery',
      'failing after recovery',
      'peak load after recovery',
    ],
    resultsOf(results, contenders, 'outage').flatMap((result) =>
      result.outage === undefined
        ? []
        : [
            [
              result.contender,
              times(result.outage.amplification),
              percent(result.successRate),
              percent(result.outage.successRate),
              ms(result.outage.drainMs),
              ms(result.outage.degradedMs),
              times(result.outage.peakLoadAfterRecovery),
            ],
          ],
    ),
  );
}

/** The what-if table: each variant's numbers on both targets. */
export function whatIfTable(variants: readonly Contender[], results: readonly StormResult[], best: number): string {
  return table(
    ['im-errors variant', 'settings', '(a) success', '(a) p99 ÷ best peer', '(b) amplification during outage', '(b) failing after recovery'],
    variants.map((variant) => {
      const a = results.find((result) => result.contender === variant.name && result.scenario === 'transient');
      const b = results.find((result) => result.contender === variant.name && result.scenario === 'outage');
      return [
        variant.name,
        variant.settings,
        a === undefined ? '–' : percent(a.successRate),
        a === undefined ? '–' : `${ms(a.p99Ms)} (${times(a.p99Ms / best)})`,
        b?.outage === undefined ? '–' : times(b.outage.amplification),
        b?.outage === undefined ? '–' : ms(b.outage.degradedMs),
      ];
    }),
  );
}

/** One line per target: the measured value, the target, and met or missed by how much. */
export function targetLines(subject: string, results: readonly StormResult[], best: { name: string; p99Ms: number }): string[] {
  const a = results.find((result) => result.contender === subject && result.scenario === 'transient');
  const b = results.find((result) => result.contender === subject && result.scenario === 'outage');
  const verdict = (value: number, limit: number): string =>
    value <= limit ? 'met' : `missed by ${((value / limit - 1) * 100).toFixed(1)} %`;
  const lines: string[] = [];
  if (b?.outage !== undefined) {
    const value = b.outage.amplification;
    lines.push(`- amplification during the outage: ${times(value)} (target ≤ ${times(TARGETS.outageAmplification)}): ${verdict(value, TARGETS.outageAmplification)}`);
  }
  if (a !== undefined) {
    const ratio = a.p99Ms / best.p99Ms;
    lines.push(
      `- p99 completion in (a): ${ms(a.p99Ms)} vs best peer ${best.name} ${ms(best.p99Ms)} = ${times(ratio)} (target ≤ ${times(TARGETS.p99VsBestPeer)}): ${verdict(ratio, TARGETS.p99VsBestPeer)}`,
    );
    const failed = Math.round(a.logicalCalls * (1 - a.successRate));
    const reasons = Object.entries(a.giveUps)
      .sort(([, x], [, y]) => y - x)
      .map(([reason, count]) => `${count} ${reason}`)
      .join(', ');
    lines.push(`- calls that failed in (a): ${failed} of ${a.logicalCalls}${reasons === '' ? '' : ` (gave up: ${reasons})`}`);
  }
  return lines;
}

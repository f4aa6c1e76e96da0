/**
 * The cluster benchmark's numbers, as plain functions of what the vendor counted per second and what each instance
 * reported: the share of calls the vendor refused and the throughput it accepted (outside the outage, the first
 * second left out), the load amplification during the outage (calls sent ÷ first attempts sent, fleet-wide), and the
 * time the shared state added to each granted call.
 */
import { SLICE_MS, type InstanceReport } from './protocol.js';

/** What the vendor counted in one second of the run. */
export interface VendorSecond {
  readonly ok: number;
  readonly refused: number;
  readonly failed: number;
}

/** A window of the run, in ms from its start. */
export interface Span {
  readonly fromMs: number;
  readonly toMs: number;
}

/**
 * One scenario's measured numbers. The counts and per-slice series are the instances' reports summed fleet-wide
 * (same names and meanings as {@link InstanceReport}'s).
 */
export interface ClusterRow extends Pick<InstanceReport, 'asked' | 'delivered' | 'shed' | 'failed' | 'lost' | 'firsts' | 'retries'> {
  readonly scenario: string;
  /** Calls the vendor refused (60007) ÷ calls it received, outside the outage. */
  readonly refusedShare: number;
  /** Calls the vendor accepted per second ÷ its limit, outside the outage. */
  readonly limitShare: number;
  /** Calls sent to the vendor during the outage ÷ first attempts sent during it (1 + retries per call). */
  readonly amplification: number;
  /** The vendor's load during the outage ÷ its load before it (calls received per second). */
  readonly loadRatio: number;
  /** The time a granted `acquire` took, µs. */
  readonly p50Us: number;
  readonly p99Us: number;
  /** Fallbacks to local limits the instances reported (Redis late or down). */
  readonly fallbacks: number;
}

/** The `p`-th percentile (0–100) of `values`, nearest rank; 0 for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const inSpan = (ms: number, span: Span | undefined): boolean => span !== undefined && ms >= span.fromMs && ms < span.toMs;

/** The seconds outside `outage` and after the first: the steady state. */
function steadySeconds(seconds: readonly VendorSecond[], outage: Span | undefined): VendorSecond[] {
  // A second touching the outage (or the one after it, as the fleet recovers) is not steady.
  return seconds.filter((_, s) => s >= 1 && !(outage !== undefined && s * 1000 < outage.toMs + 1000 && (s + 1) * 1000 > outage.fromMs));
}

/** The vendor's refused share and accepted throughput (÷ `limit`) over the steady seconds. */
export function vendorShares(seconds: readonly VendorSecond[], limit: number, outage: Span | undefined): { refusedShare: number; limitShare: number } {
  const steady = steadySeconds(seconds, outage);
  const ok = steady.reduce((sum, s) => sum + s.ok, 0);
  const refused = steady.reduce((sum, s) => sum + s.refused, 0);
  const received = steady.reduce((sum, s) => sum + s.ok + s.refused + s.failed, 0);
  return { refusedShare: received === 0 ? 0 : refused / received, limitShare: steady.length === 0 ? 0 : ok / steady.length / limit };
}

/** Fleet-wide: attempts sent in `span` ÷ first attempts sent in it (1 = no retry reached the vendor). */
export function amplification(reports: readonly InstanceReport[], span: Span): number {
  let firsts = 0;
  let retries = 0;
  for (const report of reports) {
    report.firsts.forEach((count, i) => {
      if (inSpan(i * SLICE_MS, span)) firsts += count;
    });
    report.retries.forEach((count, i) => {
      if (inSpan(i * SLICE_MS, span)) retries += count;
    });
  }
  return firsts === 0 ? Number.NaN : (firsts + retries) / firsts;
}

/** Calls the vendor received per second during `outage` ÷ per second before it (the first second left out). */
export function loadRatio(seconds: readonly VendorSecond[], outage: Span): number {
  const received = (s: VendorSecond): number => s.ok + s.refused + s.failed;
  const mean = (list: readonly VendorSecond[]): number => (list.length === 0 ? Number.NaN : list.reduce((sum, s) => sum + received(s), 0) / list.length);
  const before = seconds.filter((_, s) => s >= 1 && (s + 1) * 1000 <= outage.fromMs);
  const during = seconds.filter((_, s) => s * 1000 >= outage.fromMs && (s + 1) * 1000 <= outage.toMs);
  return mean(during) / mean(before);
}

/** The element-wise sum of equal-length rows. */
const sumRows = (rows: ReadonlyArray<readonly number[]>): number[] => (rows[0] ?? []).map((_, i) => rows.reduce((total, row) => total + (row[i] ?? 0), 0));

/** One scenario's row. */
export function clusterRow(scenario: string, seconds: readonly VendorSecond[], reports: readonly InstanceReport[], limit: number, outage: Span | undefined): ClusterRow {
  const all = reports.flatMap((report) => report.acquireUs);
  const sum = (pick: (report: InstanceReport) => number): number => reports.reduce((total, report) => total + pick(report), 0);
  return {
    scenario,
    ...vendorShares(seconds, limit, outage),
    amplification: outage === undefined ? Number.NaN : amplification(reports, outage),
    loadRatio: outage === undefined ? Number.NaN : loadRatio(seconds, outage),
    firsts: sumRows(reports.map((r) => r.firsts)),
    retries: sumRows(reports.map((r) => r.retries)),
    p50Us: percentile(all, 50),
    p99Us: percentile(all, 99),
    asked: sum((r) => r.asked),
    delivered: sum((r) => r.delivered),
    shed: sum((r) => r.shed),
    failed: sum((r) => r.failed),
    lost: sum((r) => r.lost),
    fallbacks: sum((r) => r.fallbacks),
  };
}

const pct = (value: number): string => `${(value * 100).toFixed(1)} %`;
const micro = (us: number): string => (us >= 1000 ? `${(us / 1000).toFixed(1)} ms` : `${us.toFixed(0)} µs`);

/** The markdown table of the scenarios' rows. */
export function clusterTable(rows: readonly ClusterRow[]): string {
  const lines = [
    '| scenario | refused by the vendor | throughput ÷ vendor limit | 10 s outage: attempts per call sent | 10 s outage: vendor load ÷ before | p50 / p99 added per call | calls lost |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    lines.push(`| ${row.scenario} | ${pct(row.refusedShare)} | ${pct(row.limitShare)} | ${row.amplification.toFixed(3)}× | ${row.loadRatio.toFixed(2)}× | ${micro(row.p50Us)} / ${micro(row.p99Us)} | ${row.lost} |`);
  }
  return lines.join('\n');
}

/**
 * What a storm run measured, computed from two logs: every logical call (when it started, when and how it settled)
 * and every call the vendor received. The numbers of the report are plain functions of those logs.
 */
import type { Window } from './scenario.js';

/** One logical call: what the app asked for once, however many attempts it took. */
export interface CallRecord {
  readonly startMs: number;
  /** When it settled; undefined if it had not by the end of the run. */
  endMs: number | undefined;
  ok: boolean;
}

/** The `p`-th percentile (0–100) of `values`, nearest rank; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** True when `t` lies in `window`. */
export function inWindow(t: number, window: Window): boolean {
  return t >= window.startMs && t < window.endMs;
}

/**
 * Load amplification in `window`: calls the vendor received in it, per logical call started in it. 1 means no
 * retries reached the vendor; 3 means every call was tried three times.
 */
export function amplification(calls: readonly CallRecord[], sends: readonly number[], window: Window): number {
  const started = calls.filter((call) => inWindow(call.startMs, window)).length;
  const sent = sends.filter((t) => inWindow(t, window)).length;
  return started === 0 ? Number.NaN : sent / started;
}

/** The share of logical calls that succeeded (unsettled calls count as failed). */
export function successRate(calls: readonly CallRecord[]): number {
  return calls.length === 0 ? Number.NaN : calls.filter((call) => call.ok).length / calls.length;
}

/** How long each settled call took, from start to settling (success or failure). */
export function completionTimes(calls: readonly CallRecord[]): number[] {
  return calls.flatMap((call) => (call.endMs === undefined ? [] : [call.endMs - call.startMs]));
}

/**
 * Time to drain the backlog after `recoveryMs`: until the last logical call started before recovery settled (0 when
 * all had settled by then; Infinity when some never did).
 */
export function drainTime(calls: readonly CallRecord[], recoveryMs: number): number {
  let last = recoveryMs;
  for (const call of calls) {
    if (call.startMs >= recoveryMs) continue;
    if (call.endMs === undefined) return Number.POSITIVE_INFINITY;
    last = Math.max(last, call.endMs);
  }
  return last - recoveryMs;
}

/** The busiest second of `window`: the most calls the vendor received in one 1-s bin of it. */
export function peakPerSecond(sends: readonly number[], window: Window): number {
  const bins = new Map<number, number>();
  for (const t of sends) {
    if (!inWindow(t, window)) continue;
    const bin = Math.floor((t - window.startMs) / 1_000);
    bins.set(bin, (bins.get(bin) ?? 0) + 1);
  }
  return Math.max(0, ...bins.values());
}

/**
 * How long after `recoveryMs` calls kept failing: the end of the last 1-s bin (calls grouped by start time, up to
 * `untilMs`) in which fewer than `threshold` of the calls succeeded; 0 when service was normal from the first bin.
 */
export function degradedAfter(calls: readonly CallRecord[], recoveryMs: number, untilMs: number, threshold = 0.99): number {
  const bins = new Map<number, { ok: number; all: number }>();
  for (const call of calls) {
    if (call.startMs < recoveryMs || call.startMs >= untilMs) continue;
    const bin = Math.floor((call.startMs - recoveryMs) / 1_000);
    const counts = bins.get(bin) ?? { ok: 0, all: 0 };
    counts.all += 1;
    if (call.ok) counts.ok += 1;
    bins.set(bin, counts);
  }
  let last = -1;
  for (const [bin, { ok, all }] of bins) if (ok / all < threshold) last = Math.max(last, bin);
  return (last + 1) * 1_000;
}

/**
 * Calls the vendor received in each 1-s bin from 0 to `untilMs` (the last bin may be partial): what the storm
 * charts draw.
 */
export function perSecond(sends: readonly number[], untilMs: number): number[] {
  const bins = new Array<number>(Math.max(0, Math.ceil(untilMs / 1_000))).fill(0);
  for (const t of sends) {
    const bin = Math.floor(t / 1_000);
    if (bin >= 0 && bin < bins.length) bins[bin] = (bins[bin] ?? 0) + 1;
  }
  return bins;
}

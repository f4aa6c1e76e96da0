/**
 * Issue 16's targets, measured and judged: normalize against `new Error(sameText)` at the same call depth (default
 * stacks, and stacks off), retained heap per IMError against a plain Error, and withRetry's success-path overhead
 * against cockatiel's and p-retry's, `wrap` and `wrapClient` beside it. CPU time, medians of paired rounds
 * (`paired.ts`); each line says met, or by how much it is missed.
 */
import { ExponentialBackoff, handleAll, retry } from 'cockatiel';
import pRetry from 'p-retry';
import { tencent } from '../../adapters/tencent/index.js';
import { normalize as normalizeAll } from '../../src/all.js';
import { withRetry, wrap, wrapClient } from '../../src/index.js';
import { runHeap, type HeapResult } from './heap.js';
import { normalizeMix } from './normalize-mix.js';
import { median } from './rounds.js';
import { pairedRounds, type PairedRow } from './paired.js';

/** The targets' limits. */
export const LIMITS = {
  /** normalize ÷ new Error, default stack policy. */
  normalize: 1.5,
  /** normalize ÷ new Error with `Error.stackTraceLimit = 0` around both loops. */
  normalizeNoStacks: 2.0,
  /** Retained bytes per IMError ÷ per plain Error. */
  heap: 3,
  /** withRetry's success-path overhead ÷ cockatiel's. */
  retryVsCockatiel: 0.85,
  /** withRetry's success-path overhead ÷ p-retry's: below 1. */
  retryVsPRetry: 1,
} as const;

/** One judged target. */
export interface TargetResult {
  readonly target: string;
  readonly value: number;
  readonly limit: number;
  /** `<` for a strict limit (below p-retry), `≤` otherwise. */
  readonly strict: boolean;
  readonly met: boolean;
}

/** What the targets run measured. */
export interface TargetsRun {
  readonly normalize: readonly PairedRow[];
  readonly normalizeNoStacks: readonly PairedRow[];
  readonly heap: HeapResult;
  readonly overhead: readonly PairedRow[];
  /** Overhead (CPU above the bare call) of each wrapper ÷ cockatiel's, median over paired rounds. */
  readonly overheadVsCockatiel: Readonly<Record<string, number>>;
  readonly results: readonly TargetResult[];
}

let sink = 0;

/** The normalize tasks: the baseline first, each a batch of `passes` passes over the mix. */
function normalizeTasks(passes: number, stacksOff: boolean): Array<{ name: string; batch: () => void }> {
  const mix = normalizeMix();
  // The app's one function that makes the error, the same depth for all: `new Error(text)` or the adapter's normalize.
  const plainError = (text: string): Error => new Error(text);
  const limited = (body: () => void) => (): void => {
    if (!stacksOff) return body();
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      body();
    } finally {
      Error.stackTraceLimit = limit;
    }
  };
  return [
    { name: 'new Error(sameText)', batch: limited(() => { for (let p = 0; p < passes; p++) for (const item of mix) sink += plainError(item.message).message.length; }) },
    { name: 'normalize, vendor adapter', batch: limited(() => { for (let p = 0; p < passes; p++) for (const item of mix) sink += item.normalize(item.raw).kind.length; }) },
    { name: "normalize, 'im-errors/all'", batch: limited(() => { for (let p = 0; p < passes; p++) for (const item of mix) sink += normalizeAll(item.raw).kind.length; }) },
  ];
}

/** The success-path subjects, bare first, each a batch of `calls` awaited calls. */
function overheadTasks(calls: number): Array<{ name: string; batch: () => Promise<void> }> {
  const value = { ok: true } as const;
  const operation = async (): Promise<typeof value> => value;
  const options = { normalizer: tencent };
  const wrapped = wrap(operation, options);
  const chat = wrapClient({ getMessageList: operation }, options);
  const policy = retry(handleAll, { maxAttempts: 3, backoff: new ExponentialBackoff() });
  const loop = (call: () => Promise<unknown>) => async (): Promise<void> => {
    for (let i = 0; i < calls; i++) await call();
  };
  return [
    { name: 'bare call', batch: loop(operation) },
    { name: 'withRetry', batch: loop(() => withRetry(operation, options)) },
    { name: 'wrap', batch: loop(() => wrapped()) },
    { name: 'wrapClient', batch: loop(() => chat.getMessageList()) },
    { name: 'cockatiel retry', batch: loop(() => policy.execute(operation)) },
    { name: 'p-retry', batch: loop(() => pRetry(operation)) },
  ];
}

/** Each row's overhead above the bare call (row 0) ÷ `reference`'s, per round; the median. */
export function overheadRatios(rows: readonly PairedRow[], reference: string): Record<string, number> {
  const bare = rows[0]!.perRound;
  const ref = rows.find((row) => row.name === reference)!.perRound;
  return Object.fromEntries(
    rows.slice(1).map((row) => [row.name, median(row.perRound.map((ns, round) => (ns - bare[round]!) / Math.max(ref[round]! - bare[round]!, 1)))]),
  );
}

export const judge = (target: string, value: number, limit: number, strict = false): TargetResult => ({
  target,
  value,
  limit,
  strict,
  met: strict ? value < limit : value <= limit,
});

/** Measures every target; `quick` for a smoke run (few rounds: not numbers to quote). */
export async function runTargets(quick: boolean): Promise<TargetsRun> {
  const rounds = quick ? 5 : 25;
  const passes = quick ? 4 : 20;
  const normalizeSettings = { rounds, warmup: 3, ops: passes * normalizeMix().length };
  const normalize = await pairedRounds(normalizeTasks(passes, false), normalizeSettings);
  const normalizeNoStacks = await pairedRounds(normalizeTasks(passes, true), normalizeSettings);
  const heap = runHeap(quick ? 5_000 : 50_000);
  const calls = quick ? 500 : 2_000;
  const overhead = await pairedRounds(overheadTasks(calls), { rounds: quick ? 5 : 31, warmup: 3, ops: calls });
  const vsCockatiel = overheadRatios(overhead, 'cockatiel retry');
  const vsPRetry = overheadRatios(overhead, 'p-retry');
  const results = [
    judge('normalize, vendor adapter ÷ new Error (default stacks)', normalize[1]!.ratio, LIMITS.normalize),
    judge("normalize, 'im-errors/all' ÷ new Error (default stacks)", normalize[2]!.ratio, LIMITS.normalize),
    judge('normalize, vendor adapter ÷ new Error (stacks off)', normalizeNoStacks[1]!.ratio, LIMITS.normalizeNoStacks),
    judge("normalize, 'im-errors/all' ÷ new Error (stacks off)", normalizeNoStacks[2]!.ratio, LIMITS.normalizeNoStacks),
    judge(`retained heap per IMError ÷ plain Error (${heap.count.toLocaleString('en-US')} each)`, heap.ratio, LIMITS.heap),
    judge("withRetry success-path overhead ÷ cockatiel's", vsCockatiel.withRetry!, LIMITS.retryVsCockatiel),
    judge("withRetry success-path overhead ÷ p-retry's", vsPRetry.withRetry!, LIMITS.retryVsPRetry, true),
  ];
  if (sink === -1) throw new Error('unreachable');
  return { normalize, normalizeNoStacks, heap, overhead, overheadVsCockatiel: vsCockatiel, results };
}

const times = (value: number): string => `${value.toFixed(2)}×`;

/** The report: one line per target, met or missed by how much, then what was measured. */
export function targetsReport(run: TargetsRun): string {
  const lines = run.results.map(({ target, value, limit, strict, met }) => {
    const verdict = met ? 'PASS' : `FAIL (missed by ${((value / limit - 1) * 100).toFixed(0)} %)`;
    return `- ${verdict} ${target}: ${times(value)} (target ${strict ? '<' : '≤'} ${times(limit)})`;
  });
  const ns = (rows: readonly PairedRow[]): string => rows.map((row) => `${row.name} ${row.nsPerOp.toFixed(0)} ns (${times(row.ratio)})`).join('; ');
  const overhead = run.overhead.map((row) => `${row.name} ${row.nsPerOp.toFixed(0)} ns`).join('; ');
  const vs = Object.entries(run.overheadVsCockatiel).map(([name, ratio]) => `${name} ${times(ratio)}`).join('; ');
  return [
    ...lines,
    '',
    `CPU time per operation, medians of ${run.normalize[0]!.rounds} paired rounds:`,
    `- normalize, default stacks: ${ns(run.normalize)}`,
    `- normalize, stacks off: ${ns(run.normalizeNoStacks)}`,
    `- retained heap: plain Error ${run.heap.plainError.toFixed(0)} B, IMError ${run.heap.imError.toFixed(0)} B`,
    `- success path (${run.overhead[0]!.rounds} rounds): ${overhead}`,
    `- overhead above the bare call ÷ cockatiel's: ${vs}`,
  ].join('\n');
}

/**
 * Success-path overhead: what wrapping a call that succeeds costs, for im-errors' entry points and its peers, around
 * the same `async () => value`, measured in one tinybench run. Each sample awaits a batch of calls in a row, so the
 * timer's own cost (≈ tens of ns) is spread over the batch and ns/call is mean sample time ÷ batch.
 */
import { ExponentialBackoff, handleAll, retry } from 'cockatiel';
import pRetry from 'p-retry';
import { Bench } from 'tinybench';
import { tencent } from '../../adapters/tencent/index.js';
import { withRetry, wrap, wrapClient } from '../../src/index.js';

/** One wrapped call measured. */
export interface OverheadSubject {
  readonly name: string;
  /** The call as written, for the report. */
  readonly code: string;
  /** Builds the call once (wrappers, policies); the returned function is what is timed. */
  readonly make: () => () => Promise<unknown>;
}

/** What one subject cost. */
export interface OverheadRow {
  readonly name: string;
  readonly code: string;
  /** Time per call, in ns: the median over rounds of each round's mean. */
  readonly nsPerCall: number;
  /** Time per call ÷ the bare call's in the same round: the median over rounds. */
  readonly ratio: number;
  /** The lowest and highest per-round ratio. */
  readonly ratioRange: readonly [number, number];
  /** Samples (batches) taken over all rounds. */
  readonly samples: number;
}

/** How long to measure. */
export interface OverheadSettings {
  /** Rounds: every subject is measured once per round, so drift in machine load hits all subjects alike. */
  readonly rounds: number;
  /** Time per subject per round, in ms. */
  readonly timeMs: number;
  /** Calls awaited per sample. */
  readonly batch: number;
}

/** The operation every subject wraps: an async function that succeeds at once. */
const value = { ok: true } as const;
const operation = async (): Promise<typeof value> => value;

/** The subjects, bare first (the ratios are to it). */
export const SUBJECTS: readonly OverheadSubject[] = [
  { name: 'bare call', code: 'await op()', make: () => operation },
  {
    name: 'im-errors withRetry',
    code: 'await withRetry(op, { normalizer: tencent })',
    make: () => {
      const options = { normalizer: tencent };
      return () => withRetry(operation, options);
    },
  },
  {
    name: 'im-errors wrap',
    code: 'const call = wrap(op, { normalizer: tencent }); await call()',
    make: () => wrap(operation, { normalizer: tencent }),
  },
  {
    name: 'im-errors wrapClient',
    code: 'const chat = wrapClient({ getMessageList: op }, { normalizer: tencent }); await chat.getMessageList()',
    make: () => {
      const chat = wrapClient({ getMessageList: operation }, { normalizer: tencent });
      return () => chat.getMessageList();
    },
  },
  { name: 'p-retry', code: 'await pRetry(op)', make: () => () => pRetry(operation) },
  {
    name: 'cockatiel retry',
    code: 'await retry(handleAll, { maxAttempts: 3, backoff: new ExponentialBackoff() }).execute(op)',
    make: () => {
      const policy = retry(handleAll, { maxAttempts: 3, backoff: new ExponentialBackoff() });
      return () => policy.execute(operation);
    },
  },
];

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 === 1 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** One round: every subject measured by one tinybench run; mean ns per call and samples, in subject order. */
async function round(settings: OverheadSettings, subjects: readonly OverheadSubject[]): Promise<Array<{ ns: number; samples: number }>> {
  const bench = new Bench({ time: settings.timeMs, warmup: true, throws: true });
  for (const subject of subjects) {
    const call = subject.make();
    bench.add(subject.name, async () => {
      for (let i = 0; i < settings.batch; i++) await call();
    });
  }
  await bench.run();
  return bench.tasks.map((task) => {
    const { result } = task;
    if (result.state !== 'completed') throw new Error(`overhead: ${task.name} did not complete (${result.state})`);
    return { ns: (result.latency.mean * 1e6) / settings.batch, samples: result.latency.samplesCount };
  });
}

/**
 * Measures every subject, `rounds` times over, in one process. The first subject is the bare call: each round's
 * ratios are to the bare call of the same round.
 */
export async function runOverhead(settings: OverheadSettings, subjects: readonly OverheadSubject[] = SUBJECTS): Promise<OverheadRow[]> {
  const rounds: Array<Array<{ ns: number; samples: number }>> = [];
  for (let i = 0; i < settings.rounds; i++) rounds.push(await round(settings, subjects));
  return subjects.map((subject, index) => {
    const ns = rounds.map((measured) => measured[index]!.ns);
    const ratios = rounds.map((measured) => measured[index]!.ns / measured[0]!.ns);
    return {
      name: subject.name,
      code: subject.code,
      nsPerCall: median(ns),
      ratio: median(ratios),
      ratioRange: [Math.min(...ratios), Math.max(...ratios)],
      samples: rounds.reduce((sum, measured) => sum + measured[index]!.samples, 0),
    };
  });
}

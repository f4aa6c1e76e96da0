/**
 * `npm run bench -- --only=retry`: the retry runtime's fault-path costs: aborting one signal shared by 20,000
 * pending calls (issue 12: it took 14 s), and the success path of `withRetry` against a bare call (issue 16: no
 * clock read, no timer, no allocation of its own).
 */
import { withRetry } from '../../src/index.js';
import { median } from './rounds.js';
import { runOverhead, SUBJECTS } from './overhead.js';
import type { RoundRow } from './rounds.js';

/** One measurement of the shared-signal abort. */
export interface AbortRow {
  readonly calls: number;
  /** From `abort()` to every call settled (client/cancelled), median over the runs, in ms. */
  readonly settleMs: number;
  /** Making the pending calls (each adds itself to the signal), median, in ms. */
  readonly startMs: number;
  readonly runs: number;
}

/** Starts `calls` pending calls on one signal, aborts it, and times both halves. */
async function abortOnce(calls: number): Promise<{ startMs: number; settleMs: number }> {
  const controller = new AbortController();
  const never = (): Promise<never> => new Promise(() => undefined);
  const options = { signal: controller.signal };
  const started = performance.now();
  const pending: Array<Promise<unknown>> = [];
  for (let i = 0; i < calls; i++) pending.push(withRetry(never, options).catch((error: unknown) => error));
  const startMs = performance.now() - started;
  await new Promise((resolve) => setImmediate(resolve));
  const aborting = performance.now();
  controller.abort('bench');
  await Promise.all(pending);
  return { startMs, settleMs: performance.now() - aborting };
}

/** The shared-signal abort, `runs` times. */
export async function runAbort(calls: number, runs: number): Promise<AbortRow> {
  const starts: number[] = [];
  const settles: number[] = [];
  await abortOnce(1_000); // warm-up
  for (let run = 0; run < runs; run++) {
    const { startMs, settleMs } = await abortOnce(calls);
    starts.push(startMs);
    settles.push(settleMs);
  }
  return { calls, runs, startMs: median(starts), settleMs: median(settles) };
}

/** The success path: a bare call and `withRetry` with no options and with an adapter. */
export function runRetryOverhead(quick: boolean): Promise<RoundRow[]> {
  const subjects = [
    ...SUBJECTS.slice(0, 2),
    {
      name: 'im-errors withRetry (no options)',
      code: 'await withRetry(op)',
      make: () => {
        const op = async (): Promise<number> => 1;
        return () => withRetry(op);
      },
    },
  ];
  return runOverhead(quick ? { rounds: 3, timeMs: 100, batch: 1_000 } : { rounds: 7, timeMs: 500, batch: 1_000 }, subjects);
}

/** The abort row as markdown. */
export function abortTable(row: AbortRow): string {
  return [
    '| pending calls on one signal | start them (median) | abort → all settled (median) | runs |',
    '| ---: | ---: | ---: | ---: |',
    `| ${row.calls.toLocaleString('en-US')} | ${row.startMs.toFixed(0)} ms | ${row.settleMs.toFixed(0)} ms | ${row.runs} |`,
  ].join('\n');
}

/**
 * The measuring loop both micro-benchmarks share: every task timed by one tinybench run per round, several rounds,
 * each task's ratio to the first task (the baseline) taken within its round, so drift in machine load hits all tasks
 * alike. Each sample runs many operations, so the timer's own cost (≈ tens of ns) is spread over them.
 */
import { Bench } from 'tinybench';

/** One task: what it is called, how it reads in the report, and one sample's work (`opsPerSample` operations). */
export interface RoundTask {
  readonly name: string;
  readonly code: string;
  readonly sample: () => unknown;
}

/** How long to measure. */
export interface RoundSettings {
  /** Rounds: every task is measured once per round. */
  readonly rounds: number;
  /** Time per task per round, in ms. */
  readonly timeMs: number;
}

/** What one task cost. */
export interface RoundRow {
  readonly name: string;
  readonly code: string;
  /** Time per operation, in ns: the median over rounds of each round's mean. */
  readonly nsPerOp: number;
  /** Time per operation ÷ the baseline's in the same round: the median over rounds. */
  readonly ratio: number;
  /** The lowest and highest per-round ratio. */
  readonly ratioRange: readonly [number, number];
  /** Samples taken over all rounds. */
  readonly samples: number;
}

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 === 1 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** One round: mean ns per operation and samples, in task order. */
async function round(settings: RoundSettings, tasks: readonly RoundTask[], opsPerSample: number): Promise<Array<{ ns: number; samples: number }>> {
  const bench = new Bench({ time: settings.timeMs, warmup: true, throws: true });
  for (const task of tasks) bench.add(task.name, task.sample);
  await bench.run();
  return bench.tasks.map((task) => {
    const { result } = task;
    if (result.state !== 'completed') throw new Error(`bench: ${task.name} did not complete (${result.state})`);
    return { ns: (result.latency.mean * 1e6) / opsPerSample, samples: result.latency.samplesCount };
  });
}

/** Measures every task `rounds` times over in this process; ratios are to the first task. */
export async function runRounds(settings: RoundSettings, tasks: readonly RoundTask[], opsPerSample: number): Promise<RoundRow[]> {
  const rounds: Array<Array<{ ns: number; samples: number }>> = [];
  for (let i = 0; i < settings.rounds; i++) rounds.push(await round(settings, tasks, opsPerSample));
  return tasks.map((task, index) => {
    const ns = rounds.map((measured) => measured[index]!.ns);
    const ratios = rounds.map((measured) => measured[index]!.ns / measured[0]!.ns);
    return {
      name: task.name,
      code: task.code,
      nsPerOp: median(ns),
      ratio: median(ratios),
      ratioRange: [Math.min(...ratios), Math.max(...ratios)],
      samples: rounds.reduce((sum, measured) => sum + measured[index]!.samples, 0),
    };
  });
}

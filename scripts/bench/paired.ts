/**
 * Paired rounds in CPU time, for the targets of issue 16: in each round every task runs one batch (the order rotated
 * from round to round), its CPU time (`process.cpuUsage`, user + system) is taken, and its ratio to the first task's
 * batch of the same round is kept. The ratio reported is the median over rounds, so a burst of load on a shared
 * machine moves one round, not the answer.
 */
import { median } from './rounds.js';

/** One task: a batch of `ops` operations (sync or async). */
export interface PairedTask {
  readonly name: string;
  readonly batch: () => unknown;
}

/** What one task cost, over the rounds. */
export interface PairedRow {
  readonly name: string;
  /** CPU ns per operation: the median over rounds. */
  readonly nsPerOp: number;
  /** CPU time ÷ the first task's in the same round: the median over rounds. */
  readonly ratio: number;
  readonly rounds: number;
  /** CPU ns of each round's batch, in round order (paired with the other tasks' by index). */
  readonly perRound: readonly number[];
}

function cpuNs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) * 1_000;
}

/** Runs `rounds` paired rounds (after `warmup` untimed ones) of `tasks`, each batch `ops` operations. */
export async function pairedRounds(tasks: readonly PairedTask[], settings: { readonly rounds: number; readonly warmup: number; readonly ops: number }): Promise<PairedRow[]> {
  const times: number[][] = tasks.map(() => []);
  for (let round = -settings.warmup; round < settings.rounds; round++) {
    const spent = new Array<number>(tasks.length).fill(0);
    for (let k = 0; k < tasks.length; k++) {
      const index = (k + Math.max(round, 0)) % tasks.length;
      const start = cpuNs();
      await tasks[index]!.batch();
      spent[index] = cpuNs() - start;
    }
    if (round >= 0) spent.forEach((ns, index) => times[index]!.push(ns));
  }
  return tasks.map((task, index) => ({
    name: task.name,
    nsPerOp: median(times[index]!) / settings.ops,
    ratio: median(times[index]!.map((ns, round) => ns / Math.max(times[0]![round]!, 1))),
    rounds: settings.rounds,
    perRound: times[index]!,
  }));
}

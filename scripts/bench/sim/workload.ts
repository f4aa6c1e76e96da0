/**
 * The clients' streams of logical calls: each client starts a call about once a second (open loop — it does not wait
 * for its previous call), for the scenario's stream period. The start times are drawn up front from their own seed,
 * so every contender faces exactly the same calls at exactly the same times.
 */
import type { Clock } from '../../../src/index.js';
import type { CallRecord } from './metrics.js';
import { seededRandom, within } from './random.js';
import type { Scenario } from './scenario.js';

/** A client's logical call: resolves when it finally succeeds, rejects when it finally fails. */
export type LogicalCall = () => Promise<unknown>;

/**
 * The start times of each client's calls, in whole ms (virtual time's resolution); the same for a given scenario,
 * whatever runs them.
 */
export function callSchedule(scenario: Scenario): number[][] {
  const random = seededRandom(scenario.seed);
  return Array.from({ length: scenario.clients }, () => {
    const starts: number[] = [];
    for (let t = within(random, { min: 0, max: scenario.callGapMs.max }); ; t += within(random, scenario.callGapMs)) {
      const at = Math.round(t);
      if (at >= scenario.streamMs) break;
      starts.push(at);
    }
    return starts;
  });
}

/** The log of a running workload. */
export interface Workload {
  /** Every logical call started so far, filled in as virtual time advances. */
  readonly calls: readonly CallRecord[];
  /** True once every scheduled call has started and settled. */
  readonly done: () => boolean;
}

/**
 * Schedules every client's calls on `clock`; `callOf(client)` is made once per client and gives that client's
 * logical call (retry state such as a budget or a quota is per client).
 */
export function startWorkload(schedule: readonly (readonly number[])[], clock: Clock, callOf: (client: number) => LogicalCall): Workload {
  const calls: CallRecord[] = [];
  const total = schedule.reduce((sum, starts) => sum + starts.length, 0);
  let settled = 0;
  schedule.forEach((starts, client) => {
    const call = callOf(client);
    const next = (index: number): void => {
      const at = starts[index];
      if (at === undefined) return;
      clock.setTimer(() => {
        const record: CallRecord = { startMs: clock.now(), endMs: undefined, ok: false };
        calls.push(record);
        call().then(
          () => {
            record.ok = true;
            record.endMs = clock.now();
            settled += 1;
          },
          () => {
            record.endMs = clock.now();
            settled += 1;
          },
        );
        next(index + 1);
      }, at - clock.now());
    };
    next(0);
  });
  return { calls, done: () => settled === total };
}

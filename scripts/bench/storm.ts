/**
 * The retry-storm simulation: every contender against every scenario, 1,000 clients each, in virtual time. The real
 * libraries run (p-retry and cockatiel on the faked global timers, im-errors on its injectable clock); only time and
 * the vendor are simulated.
 */
import { amplification, completionTimes, degradedAfter, drainTime, inWindow, peakPerSecond, percentile, perSecond, successRate } from './sim/metrics.js';
import type { Contender } from './sim/contender.js';
import { seededRandom } from './sim/random.js';
import type { Scenario } from './sim/scenario.js';
import { createVendor, type Outcome } from './sim/vendor.js';
import { installVirtualTime } from './sim/virtual-time.js';
import { callSchedule, startWorkload } from './sim/workload.js';

/** What one contender did in one scenario. Times in virtual ms. */
export interface StormResult {
  readonly scenario: Scenario['id'];
  readonly contender: string;
  /** Logical calls the clients made. */
  readonly logicalCalls: number;
  /** Calls the vendor received, retries included. */
  readonly vendorCalls: number;
  /** How the vendor answered them. */
  readonly outcomes: Readonly<Record<Outcome, number>>;
  /** Vendor calls per logical call over the whole run. */
  readonly amplification: number;
  /** The share of logical calls that succeeded. */
  readonly successRate: number;
  /** Completion time (start to final success or failure) of logical calls. */
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Logical calls still unsettled when the run stopped (should be 0). */
  readonly unsettled: number;
  /** Why calls gave up, where the contender tells (im-errors' `history.gaveUp`). */
  readonly giveUps: Readonly<Record<string, number>>;
  /** Only in a scenario with an outage: */
  readonly outage?: {
    /** Vendor calls sent during the outage per logical call started in it. */
    readonly amplification: number;
    /** The share of logical calls started during the outage that succeeded. */
    readonly successRate: number;
    /** From recovery until the last call started before it settled. */
    readonly drainMs: number;
    /** From recovery until calls succeed again (the end of the last 1-s bin of calls with < 99 % success). */
    readonly degradedMs: number;
    /** The busiest second of the 30 s after recovery, as a multiple of the nominal load (clients × 1 call/s). */
    readonly peakLoadAfterRecovery: number;
  };
  /** Calls the vendor received in each second of the run's first `streamMs + 20 s` (the charts). */
  readonly sendsPerSecond: readonly number[];
  /** Virtual time the run took, and the real time simulating it took. */
  readonly virtualMs: number;
  readonly realMs: number;
}

/** How long after the last scheduled call a run may go on for stragglers (p-retry waits up to 512 s per retry). */
const STRAGGLER_LIMIT_MS = 60 * 60 * 1_000;

/**
 * Runs `contender` through `scenario` in virtual time and measures it. Deterministic for a given scenario seed. One
 * run at a time: virtual time is installed on the global object.
 */
export async function runStorm(scenario: Scenario, contender: Contender): Promise<StormResult> {
  const schedule = callSchedule(scenario);
  const jitter = seededRandom(scenario.seed ^ 0x1717);
  const vendorRandom = seededRandom(scenario.seed ^ 0x7e7d);
  const started = process.hrtime.bigint();
  const time = installVirtualTime(jitter);
  try {
    const vendor = createVendor(scenario, time.clock, vendorRandom);
    const giveUps: Record<string, number> = {};
    const tally = (label: string): void => {
      giveUps[label] = (giveUps[label] ?? 0) + 1;
    };
    const workload = startWorkload(schedule, time.clock, () => {
      const call = contender.forClient({ clock: time.clock, random: jitter, tally });
      return () => call(vendor.call);
    });
    const virtualMs = await time.runUntil(workload.done, 1_000, scenario.streamMs + STRAGGLER_LIMIT_MS);
    const realMs = Number(process.hrtime.bigint() - started) / 1e6;
    const { calls } = workload;
    const times = completionTimes(calls);
    const { outage } = scenario;
    const result: StormResult = {
      scenario: scenario.id,
      contender: contender.name,
      logicalCalls: calls.length,
      vendorCalls: vendor.sends.length,
      outcomes: { ...vendor.outcomes },
      amplification: vendor.sends.length / calls.length,
      successRate: successRate(calls),
      p50Ms: percentile(times, 50),
      p99Ms: percentile(times, 99),
      unsettled: calls.length - times.length,
      giveUps,
      sendsPerSecond: perSecond(vendor.sends, scenario.streamMs + 20_000),
      virtualMs,
      realMs,
    };
    if (outage === undefined) return result;
    const after = { startMs: outage.endMs, endMs: outage.endMs + 30_000 };
    return {
      ...result,
      outage: {
        amplification: amplification(calls, vendor.sends, outage),
        successRate: successRate(calls.filter((call) => inWindow(call.startMs, outage))),
        drainMs: drainTime(calls, outage.endMs),
        degradedMs: degradedAfter(calls, outage.endMs, scenario.streamMs),
        peakLoadAfterRecovery: peakPerSecond(vendor.sends, after) / scenario.clients,
      },
    };
  } finally {
    time.restore();
  }
}

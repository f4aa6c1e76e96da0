/**
 * The two retry-storm scenarios of issue 3, as data: how many clients, how often each calls, how the simulated
 * vendor answers. `storm.ts` runs every contender through each one.
 */
import type { Range } from './random.js';

/** A window of virtual time, [startMs, endMs). */
export interface Window {
  readonly startMs: number;
  readonly endMs: number;
}

/** One storm scenario. All times are virtual milliseconds from the start of the run. */
export interface Scenario {
  readonly id: 'transient' | 'outage';
  /** What the scenario is, for the report. */
  readonly title: string;
  /** Independent clients (app instances), each with its own retry state: budget, quota. */
  readonly clients: number;
  /** Logical calls of one client start this far apart (open loop: a client does not wait for its previous call). */
  readonly callGapMs: Range;
  /** Logical calls start in [0, streamMs). */
  readonly streamMs: number;
  /** How long the vendor takes to answer one call, failed or not. */
  readonly latencyMs: Range;
  /** The chance that a call fails with a transient error (Tencent 2801, request timed out), independently. */
  readonly failureRate: number;
  /** While the vendor is down: every call sent in it fails (Tencent 2800, network error). */
  readonly outage: Window | undefined;
  /** Calls the vendor admits per second (in 100 ms slices); beyond it, calls fail with Tencent 2996 (over frequency). */
  readonly capacityPerSecond: number;
  /** Seeds the workload, the vendor and the jitter: every contender sees the same logical calls. */
  readonly seed: number;
}

/** About one call per second per client: the nominal load is `clients` calls/s. */
const CALL_GAP_MS: Range = { min: 500, max: 1_500 };
/** 50 ms ± 20 ms per call. */
const LATENCY_MS: Range = { min: 30, max: 70 };
/** The vendor can take twice the nominal load. */
const HEADROOM = 2;

/** (a) 1,000 clients for 60 s against a vendor failing 5% of calls, independently. */
export const TRANSIENT_SCENARIO: Scenario = {
  id: 'transient',
  title: '(a) 5 % independent transient failures',
  clients: 1_000,
  callGapMs: CALL_GAP_MS,
  streamMs: 60_000,
  latencyMs: LATENCY_MS,
  failureRate: 0.05,
  outage: undefined,
  capacityPerSecond: 1_000 * HEADROOM,
  seed: 0x5eed_a,
};

/** (b) 1,000 clients for 80 s; the vendor is down from 20 s to 50 s, then healthy again. */
export const OUTAGE_SCENARIO: Scenario = {
  id: 'outage',
  title: '(b) 30 s total outage, then recovery',
  clients: 1_000,
  callGapMs: CALL_GAP_MS,
  streamMs: 80_000,
  latencyMs: LATENCY_MS,
  failureRate: 0,
  outage: { startMs: 20_000, endMs: 50_000 },
  capacityPerSecond: 1_000 * HEADROOM,
  seed: 0x5eed_b,
};

/** Both scenarios, in report order. */
export const SCENARIOS: readonly Scenario[] = [TRANSIENT_SCENARIO, OUTAGE_SCENARIO];

/** The same scenario with fewer clients (and the vendor's capacity scaled to match), for `--quick` runs and tests. */
export function withClients(scenario: Scenario, clients: number): Scenario {
  return { ...scenario, clients, capacityPerSecond: (scenario.capacityPerSecond * clients) / scenario.clients };
}

/**
 * What the cluster benchmark's coordinator tells each instance process (its task, as JSON in argv) and what the
 * instance reports back when its run is over (one IPC message).
 */

/** How the fleet shares the vendor's limit. */
export type Coordination = 'none' | 'divided' | 'redis';

/** One instance's task. */
export interface InstanceTask {
  readonly coordination: Coordination;
  readonly index: number;
  /** Instances in the fleet. */
  readonly instances: number;
  /** Calls per second this instance's callers ask for. */
  readonly rate: number;
  /** The vendor's limit per second per API (what the limiter is told). */
  readonly limit: number;
  readonly vendorUrl: string;
  readonly redisUrl?: string | undefined;
  /** The Redis keys' prefix of this run. */
  readonly keyPrefix: string;
  /** The run's length, from the start the coordinator sends. */
  readonly durationMs: number;
}

/** Time is counted from the run's start, in slices of this many ms. */
export const SLICE_MS = 100;

/** One instance's run. */
export interface InstanceReport {
  readonly index: number;
  /** Logical calls the callers asked for. */
  readonly asked: number;
  /** Delivered (the vendor answered OK). */
  readonly delivered: number;
  /** Gave up after the vendor's failures (no retry left, or the budget said no). */
  readonly failed: number;
  /** Never sent: the limiter refused its first attempt (answered 429 to its own client). */
  readonly shed: number;
  /** Failed for any other reason — a Redis failure reaching a call would be one. Must be 0. */
  readonly lost: number;
  /** What the lost calls threw (the first few). */
  readonly lostErrors: readonly string[];
  /** Per slice: first attempts and retries sent to the vendor. */
  readonly firsts: readonly number[];
  readonly retries: readonly number[];
  /** The time each granted first `acquire` took, µs (the shared state's cost per call). */
  readonly acquireUs: readonly number[];
  /** Times the limiter reported falling back to local limits, and recovering. */
  readonly fallbacks: number;
  readonly recoveries: number;
}

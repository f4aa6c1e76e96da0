/**
 * The store port of the retry budget and the circuit breaker: both stay synchronous and decide every call from
 * local state; a store (`im-errors/redis` ships one on Redis, and one in memory) is told what happened and answers
 * with the fleet's view, asynchronously, at most every `everyMs` or every `everyCalls` calls, one reconcile at a
 * time. A store that fails or answers `undefined` leaves the local state alone: no call waits for it or fails by it.
 * No timer is set: a reconcile starts from a call, so an idle process holds nothing.
 */
import type { CircuitState } from './breaker.js';

/** When a store is reconciled with. */
export interface ReconcileSchedule {
  /** Reconcile when this long has passed since the last one started, in ms. Default 1000. */
  readonly everyMs?: number | undefined;
  /** Reconcile after this many calls since the last one started. Default 50. */
  readonly everyCalls?: number | undefined;
  /** The store's clock (the one its scripts are given). Default `Date.now`. */
  readonly now?: (() => number) | undefined;
}

/** What a budget did since its last reconcile. */
export interface RetryBudgetDelta {
  readonly calls: number;
  readonly retries: number;
}

/** The tokens the fleet leaves this instance (its share of what the fleet may still retry). */
export interface RetryBudgetShare {
  readonly tokens: number;
}

/** A shared retry budget: see `createRetryBudget`'s `store`. */
export interface RetryBudgetStore extends ReconcileSchedule {
  reconcile(delta: RetryBudgetDelta): Promise<RetryBudgetShare | undefined>;
}

/** What a breaker tells the fleet. */
export interface BreakerReport {
  /** The local state, and when it last opened (undefined if never). */
  readonly state: CircuitState;
  readonly openedAt: number | undefined;
  /** True when this instance would probe (its circuit or the fleet's is half-open). */
  readonly wantsProbe: boolean;
  /** How the fleet probe this instance held ended, if it ended since the last report. */
  readonly probe: 'success' | 'failure' | undefined;
}

/** The fleet's verdict: its state, the cool-down left when open, and whether this instance holds the probe lease. */
export interface FleetVerdict {
  readonly state: CircuitState;
  readonly retryAfterMs: number;
  readonly mayProbe: boolean;
  /** True when a fleet probe succeeded since this instance's circuit opened: it closes without a probe of its own. */
  readonly recovered?: boolean | undefined;
}

/** A shared circuit: see `createCircuitBreaker`'s `store`. */
export interface CircuitBreakerStore extends ReconcileSchedule {
  reconcile(report: BreakerReport): Promise<FleetVerdict | undefined>;
}

/** The scheduler of one local state's reconciles. */
export interface Reconciler {
  /** Counts a call and starts a reconcile if one is due. */
  tick(): void;
  /** Starts a reconcile now, or right after the one in flight. */
  force(): void;
}

/**
 * Runs `run` at most every `everyMs` or `everyCalls` ticks, one at a time, and hands a defined result to `apply`.
 * A rejection is swallowed (the local state goes on alone).
 */
export function reconciler<R>(schedule: ReconcileSchedule, run: () => Promise<R | undefined>, apply: (result: R | undefined) => void): Reconciler {
  const everyMs = schedule.everyMs ?? 1000;
  const everyCalls = schedule.everyCalls ?? 50;
  const now = schedule.now ?? (() => Date.now());
  let last = -Infinity;
  let calls = 0;
  let inFlight = false;
  let again = false;
  const start = (): void => {
    inFlight = true;
    last = now();
    calls = 0;
    let pending: Promise<R | undefined>;
    try {
      pending = run();
    } catch {
      pending = Promise.resolve(undefined);
    }
    pending
      .then(apply, () => apply(undefined))
      .finally(() => {
        inFlight = false;
        if (again) {
          again = false;
          start();
        }
      });
  };
  return {
    tick() {
      calls++;
      if (!inFlight && (calls >= everyCalls || now() - last >= everyMs)) start();
    },
    force() {
      if (inFlight) again = true;
      else start();
    },
  };
}

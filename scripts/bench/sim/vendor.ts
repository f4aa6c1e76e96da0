/**
 * The simulated IM vendor: every call answers after 30–70 ms of virtual time and fails as the scenario says — down
 * during the outage, over capacity, or by an independent transient failure. It fails like the Tencent web SDK does,
 * with an `Error` carrying the SDK's numeric `code`, so every contender sees a real vendor error.
 */
import type { Clock } from '../../../src/index.js';
import { within, type Random } from './random.js';
import type { Scenario } from './scenario.js';

/** How the vendor answered one call. */
export type Outcome = 'ok' | 'transient' | 'down' | 'overloaded';

/** The Tencent web SDK code and text of each failure (the codes are in `mappings/tencent.ts`). */
export const FAILURES: { readonly [O in Exclude<Outcome, 'ok'>]: { readonly code: number; readonly message: string } } = {
  transient: { code: 2801, message: 'request timed out' },
  down: { code: 2800, message: 'network error' },
  overloaded: { code: 2996, message: 'over frequency limit' },
};

/** A rejection of the simulated SDK: an `Error` with the vendor's numeric code, like the web SDK's own errors. */
export class SimulatedSdkError extends Error {
  readonly code: number;
  constructor(code: number, message: string) {
    super(message);
    this.name = 'SimulatedSdkError';
    this.code = code;
  }
}

/** The simulated vendor and what it saw. */
export interface SimulatedVendor {
  /** Sends one call; it resolves or rejects after the call's latency. */
  readonly call: () => Promise<'ok'>;
  /** The virtual time each call was sent at, in order. */
  readonly sends: readonly number[];
  /** How many calls got each answer. */
  readonly outcomes: Readonly<Record<Outcome, number>>;
}

/** Capacity is counted in slices of this many ms: a burst within one slice cannot borrow from the next. */
export const CAPACITY_SLICE_MS = 100;

/** A vendor for `scenario`, living on `clock`, drawing latencies and failures from `random`. */
export function createVendor(scenario: Scenario, clock: Clock, random: Random): SimulatedVendor {
  const sends: number[] = [];
  const outcomes: Record<Outcome, number> = { ok: 0, transient: 0, down: 0, overloaded: 0 };
  const perSlice = (scenario.capacityPerSecond * CAPACITY_SLICE_MS) / 1_000;
  let slice = -1;
  let admitted = 0;

  const answer = (now: number): Outcome => {
    const { outage } = scenario;
    if (outage !== undefined && now >= outage.startMs && now < outage.endMs) return 'down';
    const current = Math.floor(now / CAPACITY_SLICE_MS);
    if (current !== slice) {
      slice = current;
      admitted = 0;
    }
    if (admitted >= perSlice) return 'overloaded';
    admitted += 1;
    return random() < scenario.failureRate ? 'transient' : 'ok';
  };

  const call = (): Promise<'ok'> => {
    const now = clock.now();
    sends.push(now);
    const outcome = answer(now);
    outcomes[outcome] += 1;
    const latency = Math.round(within(random, scenario.latencyMs));
    return new Promise((resolve, reject) => {
      clock.setTimer(() => {
        if (outcome === 'ok') resolve('ok');
        else reject(new SimulatedSdkError(FAILURES[outcome].code, FAILURES[outcome].message));
      }, latency);
    });
  };

  return { call, sends, outcomes };
}

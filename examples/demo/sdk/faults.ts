/**
 * The fault schedule the simulated SDKs play: which calls fail, with what raw vendor error, in what order. A method
 * with nothing scheduled succeeds.
 */

/**
 * One injected failure, as the SDK would deliver it:
 * - `rejects`: the call's promise rejects with this raw value (for JMessage: the chain's `onFail` receives it);
 * - `throws`: the call throws it synchronously (argument checks, "must log in first").
 */
export type Fault = { readonly rejects: unknown } | { readonly throws: unknown };

/** Which calls fail, per method: queued faults (one per call), and outages (every call until restored). */
export class FaultSchedule {
  readonly #queued = new Map<string, Fault[]>();
  readonly #outages = new Map<string, Fault>();
  readonly #calls = new Map<string, number>();

  /** The next calls of `method` meet these faults, one per call, in order; later calls succeed. */
  queue(method: string, ...faults: readonly Fault[]): this {
    this.#queued.set(method, [...(this.#queued.get(method) ?? []), ...faults]);
    return this;
  }

  /** Every call of `method` meets `fault` until {@link restore} (a vendor outage). */
  outage(method: string, fault: Fault): this {
    this.#outages.set(method, fault);
    return this;
  }

  /** Ends the outage of `method`. */
  restore(method: string): this {
    this.#outages.delete(method);
    return this;
  }

  /** Called by a simulated SDK on each call of `method`: counts the call and returns the fault to play, if any. */
  next(method: string): Fault | undefined {
    this.#calls.set(method, this.calls(method) + 1);
    return this.#outages.get(method) ?? this.#queued.get(method)?.shift();
  }

  /** How many times `method` has been called: what reached the (simulated) server. */
  calls(method: string): number {
    return this.#calls.get(method) ?? 0;
  }
}

/**
 * Answers a promise-returning SDK method: plays the scheduled fault of `method` (a synchronous throw or a rejected
 * promise), or resolves with `data()`.
 */
export function answer<T>(faults: FaultSchedule, method: string, data: () => T): Promise<T> {
  const fault = faults.next(method);
  if (fault === undefined) return Promise.resolve(data());
  if ('throws' in fault) throw fault.throws;
  return Promise.reject(fault.rejects);
}

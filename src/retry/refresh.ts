/**
 * Single-flight credentials refresh: calls that share a `refreshCredentials` function (through one wrapper, or
 * separate `withRetry` calls given the same function) share one refresh in flight, and a call whose attempt began
 * before a refresh succeeded does not start another one: its retry uses the new credentials. Kept in a `WeakMap`
 * keyed by the function, so a function nobody holds any more takes its state with it.
 */
import type { IMError } from '../imerror.js';

interface RefreshState {
  /** The refresh in flight, if any. */
  inFlight: Promise<void> | undefined;
  /** Refreshes that succeeded so far: the generation of the credentials. */
  done: number;
}

type Refresh = (error: IMError) => PromiseLike<void> | void;

const states = new WeakMap<Refresh, RefreshState>();

const RESOLVED: Promise<void> = Promise.resolve();

/** The generation of `refresh`'s credentials now: read when an attempt begins. */
export function credentialsGeneration(refresh: Refresh): number {
  return states.get(refresh)?.done ?? 0;
}

/**
 * The refresh a call that failed with an expired token waits for: none if one succeeded since the failed attempt
 * began (`seen` is the generation then), the one in flight if there is one, else a new one. A synchronous throw of
 * `refresh` is a rejection.
 */
export function sharedRefresh(refresh: Refresh, error: IMError, seen: number): Promise<void> {
  let state = states.get(refresh);
  if (state === undefined) {
    state = { inFlight: undefined, done: 0 };
    states.set(refresh, state);
  }
  if (state.done > seen) return RESOLVED;
  if (state.inFlight !== undefined) return state.inFlight;
  const owner = state;
  let started: Promise<void>;
  try {
    started = Promise.resolve(refresh(error)).then(() => {
      owner.done++;
    });
  } catch (thrown) {
    started = Promise.reject(thrown);
  }
  owner.inFlight = started;
  const clear = (): void => {
    if (owner.inFlight === started) owner.inFlight = undefined;
  };
  started.then(clear, clear);
  return started;
}

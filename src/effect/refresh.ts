/**
 * Single-flight credentials refresh for the Effect schedule, as the Promise runner has (`src/retry/refresh.ts`):
 * fibers that share a `refreshCredentials` function share one refresh in flight, and a run whose attempt began
 * before a refresh succeeded does not start another. Kept in a `WeakMap` keyed by the function.
 */
import * as Deferred from 'effect/Deferred';
import * as Effect from 'effect/Effect';
import * as Exit from 'effect/Exit';
import type { IMError } from '../imerror.js';

interface RefreshState {
  inFlight: Deferred.Deferred<void, unknown> | undefined;
  done: number;
}

type Refresh<R> = (error: IMError) => Effect.Effect<unknown, unknown, R>;

const states = new WeakMap<object, RefreshState>();

/** The generation of `refresh`'s credentials now: read when an attempt begins. */
export function refreshGeneration<R>(refresh: Refresh<R>): number {
  return states.get(refresh)?.done ?? 0;
}

/**
 * The refresh a run that failed with an expired token waits for: none if one succeeded since generation `seen`, the
 * one in flight if there is one (its outcome, shared), else `refresh(error)` run by this fiber.
 *
 * @example
 * ```ts
 * const refreshed = sharedRefresh(renew, error, refreshGeneration(renew)); // one renew for every fiber asking now
 * ```
 */
export function sharedRefresh<R>(refresh: Refresh<R>, error: IMError, seen: number): Effect.Effect<void, unknown, R> {
  return Effect.suspend(() => {
    let state = states.get(refresh);
    if (state === undefined) {
      state = { inFlight: undefined, done: 0 };
      states.set(refresh, state);
    }
    if (state.done > seen) return Effect.void;
    if (state.inFlight !== undefined) return Deferred.await(state.inFlight);
    const owner = state;
    const deferred = Deferred.makeUnsafe<void, unknown>();
    owner.inFlight = deferred;
    // The refresh runs in a fiber of its own: a fiber that stops waiting (its deadline or refresh timeout passed, or
    // it was interrupted) leaves it running for the others, as the Promise runner does.
    const run = refresh(error).pipe(
      Effect.asVoid,
      Effect.onExit((exit) =>
        Effect.sync(() => {
          if (owner.inFlight === deferred) owner.inFlight = undefined;
          if (Exit.isSuccess(exit)) owner.done++;
          Deferred.doneUnsafe(deferred, exit);
        }),
      ),
    );
    return Effect.flatMap(Effect.forkDetach(run, { startImmediately: true }), () => Deferred.await(deferred));
  });
}

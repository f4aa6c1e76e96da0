/**
 * Cancellation plumbing of the Promise runner: one abort listener per pending call (not one per attempt or wait),
 * removed when the call settles, and a controller for the signal an attempt gets when the runner may cut it.
 */
import type { AbortSignalLike } from './options.js';

/** An abort controller: the platform's `AbortController` where there is one, a small stand-in where not. */
export interface AttemptController {
  readonly signal: AbortSignalLike;
  abort(reason: unknown): void;
}

interface ControllerConstructor {
  new (): AttemptController;
}

/** A signal for runtimes without `AbortController` (some mini-program runtimes): enough for `AbortSignalLike`. */
function standInController(): AttemptController {
  const listeners = new Set<() => void>();
  const signal = {
    aborted: false,
    reason: undefined as unknown,
    addEventListener(_type: 'abort', listener: () => void) {
      if (!signal.aborted) listeners.add(listener);
    },
    removeEventListener(_type: 'abort', listener: () => void) {
      listeners.delete(listener);
    },
  };
  return {
    signal,
    abort(reason) {
      if (signal.aborted) return;
      signal.aborted = true;
      signal.reason = reason;
      const called = [...listeners];
      listeners.clear();
      for (const listener of called) {
        try {
          listener();
        } catch {
          // A listener of the operation's: it must not break the runner.
        }
      }
    },
  };
}

/** A new controller for one attempt's signal. */
export function attemptController(): AttemptController {
  const Native = (globalThis as { readonly AbortController?: ControllerConstructor }).AbortController;
  return Native === undefined ? standInController() : new Native();
}

/**
 * The one abort listener of a pending call: whatever the call is waiting for (an attempt, a refresh, a wait) sets
 * `waiter`, and an abort calls it. `dispose` removes the listener when the call settles.
 */
export interface CallCancellation {
  readonly signal: AbortSignalLike;
  waiter: (() => void) | undefined;
  dispose(): void;
}

/** Adds the call's one listener to `signal`. */
export function cancellationOf(signal: AbortSignalLike): CallCancellation {
  const call: CallCancellation = {
    signal,
    waiter: undefined,
    dispose: () => signal.removeEventListener('abort', onAbort),
  };
  const onAbort = (): void => {
    const waiter = call.waiter;
    call.waiter = undefined;
    waiter?.();
  };
  signal.addEventListener('abort', onAbort, { once: true });
  return call;
}

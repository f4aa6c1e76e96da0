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
 * What a pending call is waiting for on its signal: whatever it waits for (an attempt, a refresh, a wait) sets
 * `waiter`, and an abort calls it. `dispose` takes the call off the signal when it settles.
 */
export interface CallCancellation {
  readonly signal: AbortSignalLike;
  waiter: (() => void) | undefined;
  dispose(): void;
}

/** The pending calls of one signal, behind the one listener they share. */
interface Hub {
  readonly calls: Set<CallCancellation>;
  readonly listener: () => void;
}

/**
 * Calls are grouped by signal behind one listener: Node's `addEventListener` looks for a duplicate among the
 * listeners already there, so 20,000 calls adding one each to a shared signal would take seconds, and so would
 * removing them. A `Set` adds and removes in constant time; the listener goes when the last call settles.
 */
const hubs = new WeakMap<AbortSignalLike, Hub>();

/** Puts a pending call on `signal` (adding the signal's one listener if it has none yet). */
export function cancellationOf(signal: AbortSignalLike): CallCancellation {
  let hub = hubs.get(signal);
  if (hub === undefined) {
    const calls = new Set<CallCancellation>();
    const listener = (): void => {
      hubs.delete(signal);
      for (const call of calls) {
        const waiter = call.waiter;
        call.waiter = undefined;
        waiter?.();
      }
      calls.clear();
    };
    hub = { calls, listener };
    hubs.set(signal, hub);
    signal.addEventListener('abort', listener, { once: true });
  }
  const owner = hub;
  const call: CallCancellation = {
    signal,
    waiter: undefined,
    dispose: () => {
      if (!owner.calls.delete(call) || owner.calls.size > 0) return;
      if (hubs.get(signal) === owner) hubs.delete(signal);
      signal.removeEventListener('abort', owner.listener);
    },
  };
  owner.calls.add(call);
  return call;
}

/**
 * The stack policy of IMErrors: how many of the app's frames an IMError's stack holds. An IMError's stack starts at
 * the app's frame that called the public entry (`normalize`, `withRetry`, a wrapped method, `createIMError`…), never
 * inside im-errors, and holds {@link DEFAULT_STACK_FRAMES} frames unless {@link setStackFrames} says otherwise. The
 * global `Error.stackTraceLimit` is only ever changed for the duration of one constructor call, and put back before
 * anything else runs: the app never sees it changed. See docs/normalizing.md, "Stacks".
 */

/** V8's (and JavaScriptCore's, Hermes') non-standard statics of `Error`. */
const statics = Error as unknown as { stackTraceLimit?: unknown; captureStackTrace?: (target: object, below?: Function) => void };

/** How many app frames an IMError's stack holds by default. */
export const DEFAULT_STACK_FRAMES = 3;

/** A number of frames, or `'all'`: as many as the app's `Error.stackTraceLimit` allows (10 in V8 by default). */
export type StackFrames = number | 'all';

let frames: StackFrames = DEFAULT_STACK_FRAMES;

/**
 * Sets how many of the app's frames the stacks of IMErrors made from now on hold: a non-negative integer, or `'all'`
 * for the full app stack (up to the app's own `Error.stackTraceLimit`). Never more than the app's limit: with
 * `Error.stackTraceLimit = 0` IMErrors have no frames. Gives the previous setting.
 *
 * @example
 * ```ts
 * import { setStackFrames } from 'im-errors';
 * setStackFrames('all'); // while debugging: the whole app stack of every IMError
 * ```
 */
export function setStackFrames(count: StackFrames): StackFrames {
  if (count !== 'all' && !(Number.isInteger(count) && count >= 0)) {
    throw new TypeError(`im-errors: setStackFrames: ${String(count)} is neither a non-negative integer nor 'all'`);
  }
  const previous = frames;
  frames = count;
  return previous;
}

/** The frames an IMError captures under the app's current limit (`limit`, read by the caller). */
export function framesUnder(limit: number): number {
  return frames === 'all' || limit < frames ? limit : frames;
}

/**
 * Sets `Error.stackTraceLimit` for one constructor call to the policy's frames plus `extra` (frames of im-errors
 * above the app's, such as the entry's own), or to exactly `exactly` frames when given. Gives the app's limit to put
 * back with {@link restoreLimit}, or undefined when nothing was changed (no such limit on this engine, or the same).
 */
export function setLimit(extra: number, exactly?: number): number | undefined {
  const limit: unknown = statics.stackTraceLimit;
  if (typeof limit !== 'number') return undefined;
  const wanted = exactly ?? Math.min(limit, framesUnder(limit) + extra);
  if (wanted === limit) return undefined;
  try {
    statics.stackTraceLimit = wanted;
  } catch {
    return undefined; // A frozen `Error`: the app's limit applies.
  }
  return limit;
}

/** Puts back the app's limit that {@link setLimit} gave (nothing when it gave undefined). */
export function restoreLimit(limit: number | undefined): void {
  if (limit === undefined) return;
  try {
    statics.stackTraceLimit = limit;
  } catch {
    // Unreachable: it was writable a moment ago.
  }
}

/**
 * Gives `error` a stack that starts at the caller of `entry` (a function on the current stack, sync or awaited), with
 * {@link framesUnder} frames. `Error.captureStackTrace` is V8's (and JavaScriptCore's, Hermes'); elsewhere `error`
 * keeps the stack it has. It moves the object to dictionary mode in V8, so it is only used where no constructor can
 * be the entry (an `async` function such as `withRetry`).
 */
export function restackBelow(error: Error, entry: Function): void {
  const capture = statics.captureStackTrace;
  if (typeof capture !== 'function' || typeof statics.stackTraceLimit !== 'number') return;
  const limit = setLimit(0); // the policy's frames, under the app's limit, as around a constructor
  try {
    capture.call(Error, error, entry);
  } finally {
    restoreLimit(limit);
  }
}

/**
 * Moving a fake clock forward while real sockets still fail in real time. `vi.advanceTimersByTimeAsync(90_000)`
 * runs every timer due in those 90 s before the sockets' failures can arrive; tim-js-sdk, reconnecting, then
 * spins on zero-delay timers without end. Here the clock moves in small steps, with a turn of the real event loop
 * after each, so that connection failures land between timers as they would in a browser.
 */
import { vi } from 'vitest';

/** The real `setImmediate`, captured before any test fakes it. */
const realSetImmediate = globalThis.setImmediate;

/** One turn of the real event loop: pending I/O callbacks run. */
export function realTurn(): Promise<void> {
  return new Promise((resolve) => realSetImmediate(resolve));
}

/** Advances the fake clock by `ms` in steps of `step` ms, letting real I/O in after each step. */
export async function advanceWithIo(ms: number, step = 100): Promise<void> {
  for (let elapsed = 0; elapsed < ms; elapsed += step) {
    vi.advanceTimersByTime(Math.min(step, ms - elapsed));
    await realTurn();
  }
}

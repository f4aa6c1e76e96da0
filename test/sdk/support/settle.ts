/** Small helpers for provoking SDK failures: what a call threw, what a promise rejected with, a quiet console. */
import { vi } from 'vitest';

/** What `call` threw synchronously; fails the test when it threw nothing. */
export function thrownBy(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

/** What `value` (a promise) rejected with; fails the test when it is no promise or fulfils. */
export async function rejectionOf(value: unknown): Promise<unknown> {
  if (!(value instanceof Promise)) throw new Error(`expected a promise, got ${typeof value}`);
  return value.then(
    (result: unknown) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(result)}`);
    },
    (error: unknown) => error,
  );
}

/** Keeps the SDKs' own logging out of the test output; returns how to undo it. */
export function silenceConsole(): () => void {
  const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
    vi.spyOn(console, method).mockImplementation(() => undefined),
  );
  return () => {
    for (const spy of spies) spy.mockRestore();
  };
}

/** One abort listener per pending call, removed when it settles; a shared signal settles every call (issue 12). */
import { describe, expect, it } from 'vitest';
import { tencent } from '../../../adapters/tencent/index.js';
import { DEFAULT_RETRY_POLICY, retryHistoryOf, withRetry, type AbortSignalLike, type IMError } from '../../../src/index.js';
import { attemptController } from '../../../src/retry/abort.js';
import { flush, virtualClock } from './support/virtual-clock.js';

const TIMEOUT = { code: 2801, message: 'request timed out' };

/** A real AbortSignal whose listeners are counted. */
function countingSignal(): { readonly controller: AbortController; readonly signal: AbortSignalLike; listeners(): number; most(): number } {
  const controller = new AbortController();
  const live = new Set<() => void>();
  let most = 0;
  const signal: AbortSignalLike = {
    get aborted() {
      return controller.signal.aborted;
    },
    get reason() {
      return controller.signal.reason as unknown;
    },
    addEventListener(type, listener, options) {
      live.add(listener);
      most = Math.max(most, live.size);
      controller.signal.addEventListener(type, listener, options);
      if (options?.once === true) controller.signal.addEventListener(type, () => live.delete(listener), { once: true });
    },
    removeEventListener(type, listener) {
      live.delete(listener);
      controller.signal.removeEventListener(type, listener);
    },
  };
  return { controller, signal, listeners: () => live.size, most: () => most };
}

describe('abort listeners', () => {
  it('adds at most one listener to a signal, whatever its calls wait for (attempts, waits), and removes it when they settle', async () => {
    const time = virtualClock();
    const counted = countingSignal();
    let calls = 0;
    const promise = withRetry(() => (++calls < 3 ? time.after(100, { error: TIMEOUT }) : time.after(100, { value: 'ok' })), {
      normalizer: tencent,
      signal: counted.signal,
      clock: time.clock,
      idempotent: true,
      attemptTimeoutMs: 1_000,
    });
    expect(counted.listeners()).toBe(1);
    await expect(time.run(promise)).resolves.toBe('ok');
    expect(calls).toBe(3);
    expect(counted.most()).toBe(1);
    expect(counted.listeners()).toBe(0);
  });

  it('settles 20,000 pending calls sharing one signal when it aborts, each with client/cancelled, leaving no listener', { timeout: 30_000 }, async () => {
    const counted = countingSignal();
    const pending = Array.from({ length: 20_000 }, () =>
      withRetry(() => new Promise<never>(() => undefined), { normalizer: tencent, signal: counted.signal, policy: DEFAULT_RETRY_POLICY }).then(
        () => undefined,
        (error: IMError) => error,
      ),
    );
    await flush();
    // One listener for the 20,000 calls (Node's addEventListener is linear in the listeners already there).
    expect(counted.listeners()).toBe(1);
    counted.controller.abort('user left');
    const errors = await Promise.all(pending);
    expect(errors.every((error) => error?.reason === 'cancelled' && error.cause === 'user left' && retryHistoryOf(error)?.gaveUp === 'cancelled')).toBe(true);
    expect(counted.listeners()).toBe(0);
  });

  it('takes a settled call off its signal, and the last one removes the listener', async () => {
    const counted = countingSignal();
    const first = withRetry(() => 'a', { signal: counted.signal });
    const second = withRetry(() => 'b', { signal: counted.signal });
    expect(counted.listeners()).toBe(1);
    await Promise.all([first, second]);
    expect(counted.listeners()).toBe(0);
    expect(counted.most()).toBe(1);
  });
});

describe('attemptController', () => {
  it('gives a signal that aborts with a reason and calls its listeners once', () => {
    const controller = attemptController();
    let heard = 0;
    controller.signal.addEventListener('abort', () => heard++);
    controller.abort('why');
    controller.abort('again');
    expect([controller.signal.aborted, controller.signal.reason, heard]).toEqual([true, 'why', 1]);
  });
});

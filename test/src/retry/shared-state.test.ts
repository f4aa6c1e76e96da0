/**
 * The store port: reconciles run at most every T ms or N calls, one at a time, never break a call; a budget takes its
 * share and keeps what happened meanwhile; a breaker refuses while the fleet is open and probes only with the lease.
 * Virtual time throughout (the stores' `now` is a variable).
 */
import { describe, expect, it, vi } from 'vitest';
import { createCircuitBreaker, createRetryBudget, type BreakerReport, type FleetVerdict } from '../../../src/index.js';
import { reconciler } from '../../../src/retry/shared-state.js';
import { createIMError } from '../../../src/imerror.js';

const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const serverDown = createIMError({ kind: 'server', reason: 'busy', retryable: true, recovery: 'retry', vendor: 'tencent', cause: undefined });

describe('reconciler', () => {
  it('runs on the first tick, then after everyCalls ticks or everyMs, one at a time', async () => {
    let now = 0;
    const run = vi.fn(() => Promise.resolve(1));
    const sync = reconciler({ everyMs: 100, everyCalls: 3, now: () => now }, run, () => undefined);
    sync.tick();
    sync.tick(); // in flight: not started again
    expect(run).toHaveBeenCalledTimes(1);
    await flush();
    sync.tick();
    expect(run).toHaveBeenCalledTimes(1);
    sync.tick(); // the third call since the last start (the one in flight counted)
    expect(run).toHaveBeenCalledTimes(2);
    await flush();
    now = 100;
    sync.tick();
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('runs again right after the one in flight when forced meanwhile', async () => {
    const run = vi.fn(() => Promise.resolve(1));
    const sync = reconciler({ everyMs: Infinity, everyCalls: Infinity }, run, () => undefined);
    sync.force();
    sync.force();
    expect(run).toHaveBeenCalledTimes(1);
    await flush();
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('hands undefined to apply when the run rejects or throws, and goes on', async () => {
    const applied: unknown[] = [];
    let calls = 0;
    const sync = reconciler(
      { everyCalls: 1 },
      () => {
        calls++;
        if (calls === 1) throw new Error('sync throw');
        return Promise.reject(new Error('async'));
      },
      (result) => applied.push(result),
    );
    sync.tick();
    await flush();
    sync.tick();
    await flush();
    expect(applied).toEqual([undefined, undefined]);
  });
});

describe('a retry budget with a store', () => {
  it('sends its calls and retries in batches and takes its share, keeping what happened meanwhile', async () => {
    const deltas: Array<{ calls: number; retries: number }> = [];
    let release: (tokens: number) => void = () => undefined;
    const store = {
      everyCalls: 5,
      everyMs: Infinity,
      now: () => 0,
      reconcile: (delta: { calls: number; retries: number }) => {
        deltas.push(delta);
        return new Promise<{ tokens: number }>((resolve) => (release = (tokens) => resolve({ tokens })));
      },
    };
    const budget = createRetryBudget({ ratio: 0.1, capacity: 3, store });
    budget.recordCall(); // first call: reconcile starts with {1, 0}
    expect(deltas).toEqual([{ calls: 1, retries: 0 }]);
    expect(budget.tryRetry()).toBe(true); // local and synchronous while the store is asked
    release(0.5); // the fleet leaves this instance half a token; the retry meanwhile is kept
    await flush();
    expect(budget.remaining).toBe(0);
    expect(budget.tryRetry()).toBe(false);
  });

  it('goes on alone when the store fails', async () => {
    const budget = createRetryBudget({ store: { everyCalls: 1, reconcile: () => Promise.reject(new Error('down')) } });
    budget.recordCall();
    await flush();
    expect(budget.remaining).toBe(3);
    expect(budget.tryRetry()).toBe(true);
  });
});

describe('a circuit breaker with a store', () => {
  function shared(verdicts: (report: BreakerReport) => FleetVerdict | undefined) {
    let now = 0;
    const reports: BreakerReport[] = [];
    const breaker = createCircuitBreaker({
      failureThreshold: 2,
      cooldownMs: 1000,
      clock: { now: () => now },
      store: {
        everyCalls: 1,
        now: () => now,
        reconcile: (report) => {
          reports.push(report);
          return Promise.resolve(verdicts(report));
        },
      },
    });
    return { breaker, reports, advance: (ms: number) => (now += ms) };
  }

  it('refuses while the fleet is open, with the fleet’s cool-down left', async () => {
    const { breaker, advance } = shared(() => ({ state: 'open', retryAfterMs: 800, mayProbe: false }));
    const first = breaker.admit(); // closed everywhere as far as it knows: admitted; reconcile starts
    expect(first.admitted).toBe(true);
    await flush();
    advance(300);
    const refused = breaker.admit();
    expect(refused).toEqual({ admitted: false, retryAfterMs: 500 });
    expect(breaker.state).toBe('closed'); // the local state machine is unchanged
  });

  it('probes a half-open fleet only with the lease, and reports how the probe ended', async () => {
    let lease = false;
    const { breaker, reports } = shared(() => ({ state: 'half-open', retryAfterMs: 0, mayProbe: lease }));
    breaker.admit();
    await flush();
    expect(breaker.admit()).toEqual({ admitted: false, retryAfterMs: 0 }); // no lease: someone else probes
    await flush();
    lease = true;
    breaker.admit(); // refused, but the reconcile it starts brings the lease
    await flush();
    const probe = breaker.admit();
    expect(probe.admitted && probe.probe).toBe(true);
    expect(breaker.admit().admitted).toBe(false); // one probe at a time
    if (probe.admitted) probe.settle(serverDown);
    await flush();
    expect(reports.some((report) => report.probe === 'failure')).toBe(true);
    expect(reports.at(-1)?.wantsProbe).toBe(true);
  });

  it('decides alone when the store has no verdict (Redis down)', async () => {
    const { breaker } = shared(() => undefined);
    breaker.admit();
    await flush();
    for (let i = 0; i < 2; i++) {
      const pass = breaker.admit();
      if (pass.admitted) pass.settle(serverDown);
    }
    expect(breaker.state).toBe('open');
    expect(breaker.admit().admitted).toBe(false);
  });
});

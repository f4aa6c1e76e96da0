/** The ratio retry budget: never negative, never above capacity, refilled by calls exactly as specified. */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { DEFAULT_RETRY_BUDGET, createRetryBudget } from '../../../src/index.js';

const operations = fc.array(fc.constantFrom('call', 'retry' as const), { maxLength: 300 });
const settings = fc.record({ ratio: fc.double({ min: 0, max: 2, noNaN: true }), capacity: fc.integer({ min: 0, max: 20 }) });

describe('retry budget laws', () => {
  it.prop([settings, operations], { numRuns: 1000 })('never goes negative nor above capacity', ({ ratio, capacity }, ops) => {
    const budget = createRetryBudget({ ratio, capacity });
    for (const op of ops) {
      if (op === 'call') budget.recordCall();
      else budget.tryRetry();
      expect(budget.remaining).toBeGreaterThanOrEqual(0);
      expect(budget.remaining).toBeLessThanOrEqual(capacity);
    }
  });

  it.prop([settings, operations], { numRuns: 1000 })(
    'refills as specified: ratio per call up to capacity, 1 per retry; refusals counted',
    ({ ratio, capacity }, ops) => {
      const budget = createRetryBudget({ ratio, capacity });
      // The model, in thousandths of a token like the budget (so 10 × 0.1 is exactly 1).
      const deposit = Math.round(ratio * 1000);
      let tokens = capacity * 1000;
      let calls = 0;
      let granted = 0;
      let refused = 0;
      for (const op of ops) {
        if (op === 'call') {
          calls++;
          tokens = Math.min(capacity * 1000, tokens + deposit);
          budget.recordCall();
        } else {
          const allowed = tokens >= 1000;
          if (allowed) (tokens -= 1000), granted++;
          else refused++;
          expect(budget.tryRetry()).toBe(allowed);
        }
      }
      expect(budget.snapshot()).toEqual({ remaining: tokens / 1000, capacity, ratio, calls, granted, refused });
      expect(budget.refused).toBe(refused);
      // The bound that makes it a ratio budget: retries ≤ capacity + ratio × calls.
      expect(granted).toBeLessThanOrEqual(capacity + (deposit / 1000) * calls + 1e-9);
    },
  );
});

describe('retry budget defaults', () => {
  it('is half Finagle’s 20 %, 10 % with 3 tokens of reserve: one failed call can use both default retries, the next has one', () => {
    expect(DEFAULT_RETRY_BUDGET).toEqual({ ratio: 0.1, capacity: 3 });
    const budget = createRetryBudget();
    budget.recordCall();
    expect(budget.tryRetry()).toBe(true);
    expect(budget.tryRetry()).toBe(true);
    budget.recordCall();
    expect(budget.tryRetry()).toBe(true);
    expect(budget.tryRetry()).toBe(false);
    expect(budget.snapshot()).toMatchObject({ remaining: 0.1, granted: 3, refused: 1, calls: 2 }) // the second call deposited 0.1;
  });

  it('earns a retry back every ten calls during an outage', () => {
    const budget = createRetryBudget();
    expect(budget.tryRetry() && budget.tryRetry() && budget.tryRetry()).toBe(true);
    for (let call = 1; call <= 9; call++) budget.recordCall();
    expect(budget.tryRetry()).toBe(false);
    budget.recordCall();
    expect(budget.remaining).toBe(1);
    expect(budget.tryRetry()).toBe(true);
  });

  it('bounds the load of a 30 s outage: 1,000 clients, one call per second each, default policy', () => {
    let sent = 0;
    let calls = 0;
    for (let client = 0; client < 1000; client++) {
      const budget = createRetryBudget();
      for (let second = 0; second < 30; second++) {
        budget.recordCall();
        calls++;
        sent++;
        for (let retry = 0; retry < 2 && budget.tryRetry(); retry++) sent++;
      }
    }
    // 3 tokens of reserve + 10 % of 30 calls = 6 retries per client, at most: 1.2× instead of the 3× of no budget.
    expect(sent / calls).toBeLessThanOrEqual(1 + (3 + 0.1 * 30) / 30);
    expect(sent / calls).toBeLessThanOrEqual(1.2);
  });

  it('falls back to the defaults for nonsense settings', () => {
    expect(createRetryBudget({ ratio: Number.NaN, capacity: -1 }).snapshot()).toMatchObject({ ratio: 0.1, capacity: 3, remaining: 3 });
  });
});

import { describe, expect, it } from 'vitest';
import { refusalOf } from '../../../src/retry/admit.js';
import { createRetryBudget } from '../../../src/retry/budget.js';
import { INITIAL_RETRY_STATE, type RetryPlan } from '../../../src/retry/plan.js';

const plan = (refresh: boolean): Extract<RetryPlan, { retry: true }> => ({ retry: true, delayMs: 0, refresh, rule: 0, next: INITIAL_RETRY_STATE });

describe('refusalOf', () => {
  it('refuses a refresh that cannot happen before touching the budget', () => {
    const budget = createRetryBudget({ capacity: 1 });
    expect(refusalOf(plan(true), false, budget)).toBe('refresh-failed');
    expect(budget.snapshot()).toMatchObject({ remaining: 1, granted: 0, refused: 0 });
  });

  it('takes a token when there is one, and refuses with budget-exhausted when there is none', () => {
    const budget = createRetryBudget({ ratio: 0, capacity: 1 });
    expect(refusalOf(plan(false), true, budget)).toBeUndefined();
    expect(refusalOf(plan(false), true, budget)).toBe('budget-exhausted');
    expect(budget.snapshot()).toMatchObject({ remaining: 0, granted: 1, refused: 1 });
  });

  it('takes no token for a retry after a refresh: the retry budget is not spent on stale credentials', () => {
    const budget = createRetryBudget({ ratio: 0, capacity: 0 });
    expect(refusalOf(plan(true), true, budget)).toBeUndefined();
    expect(budget.snapshot()).toMatchObject({ remaining: 0, granted: 0, refused: 0 });
  });

  it('allows any retry when there is no budget', () => {
    expect(refusalOf(plan(false), false, undefined)).toBeUndefined();
  });
});

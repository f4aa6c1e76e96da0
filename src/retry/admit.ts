/**
 * What a runtime checks once {@link planRetry} said "retry", in the one order both interpreters (the Promise runner
 * and the Effect schedule) follow, so they give up at the same point: a refresh that cannot happen, then the budget.
 */
import type { RetryBudget } from './budget.js';
import type { GiveUpReason, RetryPlan } from './plan.js';

/**
 * Why the retry `plan` proposes must not happen, or undefined when it may: an expired token with no way to refresh
 * it (`refresh-failed`), or an empty budget (`budget-exhausted`; a token is taken when there is one). A retry after a
 * refresh takes no token: it repeats a call the vendor refused for a stale credential, not for load, and 1,000
 * calls sharing one refresh must not exhaust the budget. The refresh itself, when the plan asks for one, runs after
 * this.
 */
export function refusalOf(plan: Extract<RetryPlan, { retry: true }>, canRefresh: boolean, budget: RetryBudget | undefined): GiveUpReason | undefined {
  if (plan.refresh) return canRefresh ? undefined : 'refresh-failed';
  if (budget !== undefined && !budget.tryRetry()) return 'budget-exhausted';
  return undefined;
}

/**
 * The cluster retry budget: the rule of `createRetryBudget` (retries ≤ ratio × calls + capacity) held across every
 * instance of an app over a sliding window, in one atomic script (`BUDGET_SCRIPT`). Each instance decides from its
 * local tokens, deposits its calls and retries in batches (every `everyMs` or `everyCalls`), and takes back its
 * share: what the fleet may still retry, divided among the live instances — never more than the fleet's unspent
 * tokens, capped at the capacity as a local budget's are, so calls made before an outage do not pay for a burst of
 * retries in it. Redis down: the budget goes on alone
 * (each instance within ratio × its own calls + its reserve) and the batch of that moment is dropped.
 *
 * @example
 * ```ts
 * import { createSharedRetryBudget } from 'im-errors/redis';
 * import { withRetry } from 'im-errors';
 * import { tencent } from 'im-errors/tencent';
 * declare const redis: import('im-errors/redis').RedisClient;
 * const budget = createSharedRetryBudget({ scope: 'tencent:1400000000', redis });
 * await withRetry(() => Promise.resolve('sent'), { normalizer: tencent, budget });
 * ```
 */
import { DEFAULT_RETRY_BUDGET, createRetryBudget, type RetryBudget } from '../retry/budget.js';
import type { RetryBudgetStore } from '../retry/shared-state.js';
import { fleetOf, type FleetOptions } from './fleet-options.js';
import { BUDGET_SCRIPT } from './fleet-scripts.js';
import { redisGuard } from './guard.js';
import { budgetStep, type BudgetStepArgs } from './memory-fleet.js';

/** Settings of {@link createSharedRetryBudget}. */
export interface SharedRetryBudgetOptions extends FleetOptions {
  /** The share of the fleet's calls that may be retried. Default 0.1. */
  readonly ratio?: number | undefined;
  /** The fleet's reserve (and each instance's start). Default 3. */
  readonly capacity?: number | undefined;
  /** The sliding window the rule holds over, in ms. Default 10 000. */
  readonly windowMs?: number | undefined;
  /** The window's slice, in ms. Default 1000. */
  readonly sliceMs?: number | undefined;
}

/** The store of a shared budget; {@link createSharedRetryBudget} joins it to a budget. */
export function createSharedBudgetStore(options: SharedRetryBudgetOptions): RetryBudgetStore {
  const fleet = fleetOf(options);
  const guard = redisGuard(options);
  const ratio = Math.round((options.ratio ?? DEFAULT_RETRY_BUDGET.ratio) * 1000);
  const capacity = Math.round((options.capacity ?? DEFAULT_RETRY_BUDGET.capacity) * 1000);
  const windowMs = options.windowMs ?? 10_000;
  const sliceMs = options.sliceMs ?? 1000;
  const keys = [fleet.key('budget:calls'), fleet.key('budget:retries'), fleet.key('budget:beats'), fleet.key('budget:bank')];
  return {
    everyMs: options.everyMs,
    everyCalls: options.everyCalls,
    now: fleet.now,
    async reconcile(delta) {
      const args: BudgetStepArgs = { now: Math.floor(fleet.now()), id: fleet.id, ...delta, windowMs, sliceMs, ratio, capacity, ttlMs: fleet.ttlMs };
      const run = fleet.run;
      if (run === undefined) return { tokens: budgetStep(fleet.memory.budget(options.scope), args)[0] / 1000 };
      const reply = await guard.attempt(() =>
        run(BUDGET_SCRIPT, keys, [args.now, args.id, args.calls, args.retries, windowMs, sliceMs, ratio, capacity, args.ttlMs]),
      );
      return Array.isArray(reply) ? { tokens: Number(reply[0]) / 1000 } : undefined;
    },
  };
}

/**
 * A retry budget shared by the fleet; see {@link SharedRetryBudgetOptions}.
 *
 * @example
 * ```ts
 * const budget = createSharedRetryBudget({ scope: `tencent:${SDKAppID}`, redis }); // retries ≤ 0.1 × fleet calls + 3
 * const send = wrap(sendMessage, { normalizer: tencent, budget });
 * ```
 */
export function createSharedRetryBudget(options: SharedRetryBudgetOptions): RetryBudget {
  return createRetryBudget({ ratio: options.ratio, capacity: options.capacity, store: createSharedBudgetStore(options) });
}

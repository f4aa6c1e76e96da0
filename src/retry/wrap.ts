/**
 * `wrap`: one function, same parameters, its failures IMErrors, retried per the policy, through a retry budget of
 * its own (or the one passed).
 */
import { createRetryBudget, type RetryBudget } from './budget.js';
import type { RetryOptions } from './options.js';
import { withRetry } from './run.js';
import { checkRetryOptions } from './check-options.js';

/** The budgets of wrappers made by `wrap` and `wrapClient`, for {@link retryBudgetOf}. */
const budgets = new WeakMap<object, RetryBudget>();

/** Records which budget a wrapper uses. */
export function rememberBudget(wrapper: object, budget: RetryBudget | undefined): void {
  if (budget !== undefined) budgets.set(wrapper, budget);
}

/**
 * The budget of a wrapper made by `wrap` or `wrapClient` (its own, or the one passed); undefined with `budget: false`.
 *
 * @example
 * ```ts
 * const chat = wrapClient(tim, { normalizer: tencent });
 * retryBudgetOf(chat)?.snapshot().refused; // retries the budget said no to
 * ```
 */
export function retryBudgetOf(wrapper: object): RetryBudget | undefined {
  return budgets.get(wrapper);
}

/** The budget a wrapper uses: the one passed, a new one by default, none with `false`. */
export function wrapperBudget(option: RetryOptions['budget']): RetryBudget | undefined {
  return option === false ? undefined : (option ?? createRetryBudget());
}

/**
 * Wraps `fn` so that every call goes through {@link withRetry}: same parameters (and `this`), resolves with what
 * `fn` resolves with, rejects with an IMError. Synchronous throws become rejections. Every call through the wrapper
 * shares one retry budget (a new one unless `options.budget` is given; `false` for none) and `options.breaker`.
 * The options are checked here, once (a `TypeError` / `RangeError` naming the field). Pass `idempotent: true` when
 * `fn` is safe to repeat, so an attempt that outlived `attemptTimeoutMs` is retried.
 *
 * @example
 * ```ts
 * const getProfile = wrap((userID: string) => chat.getUserProfile({ userIDList: [userID] }), { normalizer: tencent });
 * ```
 */
export function wrap<This, A extends unknown[], R>(
  fn: (this: This, ...args: A) => R,
  options: RetryOptions = {},
): (this: This, ...args: A) => Promise<Awaited<R>> {
  checkRetryOptions(options);
  const budget = wrapperBudget(options.budget);
  const shared: RetryOptions = { ...options, budget: budget ?? false };
  const wrapped = function (this: This, ...args: A): Promise<Awaited<R>> {
    return withRetry(() => fn.apply(this, args) as Awaited<R> | PromiseLike<Awaited<R>>, shared);
  };
  rememberBudget(wrapped, budget);
  return wrapped;
}

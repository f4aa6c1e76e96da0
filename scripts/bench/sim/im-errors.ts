/**
 * im-errors as a contender: its defaults, and what-if variants that change one or two numbers, each through the
 * public API an app would use (`withRetry`, `createRetryBudget`, `createCircuitBreaker`) with the Tencent adapter.
 */
import { tencent } from '../../../adapters/tencent/index.js';
import {
  DEFAULT_RETRY_POLICY,
  createCircuitBreaker,
  createRetryBudget,
  withRetry,
  type CircuitBreakerOptions,
  type RetryBudgetOptions,
  type RetryHistory,
  type RetryOptions,
  type RetryPolicy,
} from '../../../src/index.js';
import type { Contender } from './contender.js';

/** Settings an im-errors contender overrides; everything else is the library's default. */
export interface ImErrorsSettings {
  readonly policy?: RetryPolicy;
  readonly budget?: RetryBudgetOptions;
  /** Adds a circuit breaker per client (none by default). */
  readonly breaker?: CircuitBreakerOptions;
}

/**
 * An im-errors contender: `withRetry(call, { normalizer: tencent, budget, … })`, with one `createRetryBudget()` (and,
 * if asked, one `createCircuitBreaker()`) per client, shared by that client's calls. It tallies why calls gave up.
 */
export function imErrors(name: string, settings: string, overrides: ImErrorsSettings = {}): Contender {
  return {
    name,
    settings,
    peer: false,
    forClient: ({ clock, random, tally }) => {
      const budget = createRetryBudget(overrides.budget);
      const breaker = overrides.breaker === undefined ? undefined : createCircuitBreaker({ ...overrides.breaker, clock });
      const onGiveUp = (_error: unknown, history: RetryHistory): void => tally(history.gaveUp ?? 'unknown');
      const options: RetryOptions = { normalizer: tencent, policy: overrides.policy, budget, breaker, clock, random, onGiveUp };
      return (operation) => withRetry(() => operation(), options);
    },
  };
}

/** im-errors as shipped: `DEFAULT_RETRY_POLICY` and the default budget (10 % of calls, 3 tokens of reserve). */
export const IM_ERRORS: Contender = imErrors(
  'im-errors default',
  'DEFAULT_RETRY_POLICY (3 attempts, full jitter 100 ms × 2^n, cap 10 s) + createRetryBudget() per client (10 %, reserve 3)',
);

/** The default policy with another backoff base. */
function withBaseMs(baseMs: number): RetryPolicy {
  return { ...DEFAULT_RETRY_POLICY, backoff: { ...DEFAULT_RETRY_POLICY.backoff, baseMs } };
}

/**
 * What-if variants of im-errors — not its defaults — each changing one or two numbers, so the report can say what a
 * change to the defaults would do to the targets. The first three put back the defaults before the bench (a 200 ms
 * base; a budget of 20 % with 2 tokens of reserve), one part at a time and together.
 */
export const WHAT_IF: readonly Contender[] = [
  imErrors('base 200 ms', 'backoff baseMs 200 (default 100)', { policy: withBaseMs(200) }),
  imErrors('budget 20 %, reserve 2', 'budget ratio 0.2, capacity 2 (default 0.1, 3)', { budget: { ratio: 0.2, capacity: 2 } }),
  imErrors('base 200 ms, budget 20 %, reserve 2', 'baseMs 200; budget ratio 0.2, capacity 2 (the earlier defaults)', {
    policy: withBaseMs(200),
    budget: { ratio: 0.2, capacity: 2 },
  }),
  imErrors('+ circuit breaker', 'defaults + createCircuitBreaker() per client (5 failures, 10 s cool-down)', { breaker: {} }),
];

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

/** im-errors as shipped: `DEFAULT_RETRY_POLICY` and the default budget (20 % of calls, 2 tokens of reserve). */
export const IM_ERRORS: Contender = imErrors(
  'im-errors default',
  'DEFAULT_RETRY_POLICY (3 attempts, full jitter 200 ms × 2^n, cap 10 s) + createRetryBudget() per client (20 %, reserve 2)',
);

/** The default policy with another backoff base. */
function withBaseMs(baseMs: number): RetryPolicy {
  return { ...DEFAULT_RETRY_POLICY, backoff: { ...DEFAULT_RETRY_POLICY.backoff, baseMs } };
}

/**
 * What-if variants of im-errors — not its defaults — each changing one or two numbers, so the report can say what a
 * change to the defaults would do to the targets.
 */
export const WHAT_IF: readonly Contender[] = [
  imErrors('base 100 ms', 'backoff baseMs 100 (default 200)', { policy: withBaseMs(100) }),
  imErrors('budget 10 %', 'budget ratio 0.1 (default 0.2)', { budget: { ratio: 0.1 } }),
  imErrors('base 100 ms, budget 10 %, reserve 3', 'baseMs 100; budget ratio 0.1, capacity 3', {
    policy: withBaseMs(100),
    budget: { ratio: 0.1, capacity: 3 },
  }),
  imErrors('+ circuit breaker', 'defaults + createCircuitBreaker() per client (5 failures, 10 s cool-down)', { breaker: {} }),
];

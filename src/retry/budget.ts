/**
 * The retry budget: how retries are kept from multiplying load when a vendor is down. Ratio-style, kept as tokens:
 * every call deposits `ratio` of a token (up to `capacity`), every retry takes a whole one. So over any stretch of
 * time, retries ≤ ratio × calls + capacity — during an outage the load a client sends is at most (1 + ratio) times
 * what it would send without retrying, plus a couple of calls, however long the outage lasts.
 *
 * Why not the AWS SDK's quota (500 tokens, 5 per retry, 10 per timeout, +1 per success)? 500 tokens are 100 retries
 * per client before it cuts in: 1,000 chat clients in a 30 s outage may send 100,000 extra calls first. A chat
 * client makes a few calls a minute, not thousands a second, so its budget must be small and proportional to its
 * own traffic. Finagle's ratio budget (20 % of requests, plus a small reserve) has exactly that shape. im-errors
 * halves Finagle's ratio to 10 %, because each app-level retry of an IM call is itself retried inside the vendor SDK
 * (JMessage web re-sends a message 5 times; Tencent reconnects on its own): retries ≤ 0.1 × calls + 3, so a client
 * making a call a second through a 30 s outage sends at most 1.2× its normal load (`npm run bench`: 1.18×), while 5 %
 * random failures (0.05 retries per call) stay well inside the budget.
 */

import { reconciler, type RetryBudgetStore } from './shared-state.js';

/** Settings of {@link createRetryBudget}. */
export interface RetryBudgetOptions {
  /** The share of calls that may be retried: each call deposits this many tokens. Default 0.1 (half of Finagle's 20 %). */
  readonly ratio?: number | undefined;
  /**
   * The most tokens the budget holds, and what a new budget starts with: the reserve an idle client has for a
   * blip. Default 3 — one failed call can use both retries of the default policy and a second call still has one.
   */
  readonly capacity?: number | undefined;
  /**
   * A store shared with other instances (`im-errors/redis`): every `everyMs` / `everyCalls` the budget sends what
   * it did and takes its share of what the fleet may still retry. Decisions stay local and synchronous. None: this
   * instance alone.
   */
  readonly store?: RetryBudgetStore | undefined;
}

/** What a budget has done so far. */
export interface RetryBudgetSnapshot {
  /** Tokens left (a retry takes 1). Never negative, never above `capacity`. */
  readonly remaining: number;
  readonly capacity: number;
  readonly ratio: number;
  /** Calls recorded (first attempts). */
  readonly calls: number;
  /** Retries the budget allowed. */
  readonly granted: number;
  /** Retries the budget refused: each one is a call that gave up with `budget-exhausted`. */
  readonly refused: number;
}

/**
 * A retry budget shared by every call through one wrapper. Calls always run once; only retries need a token.
 */
export interface RetryBudget {
  /** Tokens left; see {@link RetryBudgetSnapshot.remaining}. */
  readonly remaining: number;
  /** Retries refused so far. */
  readonly refused: number;
  /** Records a call (its first attempt): deposits `ratio` tokens, up to `capacity`. */
  recordCall(): void;
  /** Takes one token for a retry. False, and counted as refused, when less than one token is left. */
  tryRetry(): boolean;
  /** The counters at this moment. */
  snapshot(): RetryBudgetSnapshot;
}

/** The default ratio budget: 10 % of calls, 3 tokens of reserve. */
export const DEFAULT_RETRY_BUDGET = { ratio: 0.1, capacity: 3 } as const;

/** Tokens are counted in thousandths, so that ten deposits of 0.1 make exactly one token. */
const SCALE = 1000;

function setting(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/**
 * Creates a retry budget; see {@link RetryBudgetOptions} for the defaults and why.
 *
 * @example
 * ```ts
 * const budget = createRetryBudget({ ratio: 0.1, capacity: 3 });
 * const send = wrap(sendMessage, { normalizer: tencent, budget }); // every call shares it
 * budget.snapshot().remaining; // tokens left for retries
 * ```
 */
export function createRetryBudget(options: RetryBudgetOptions = {}): RetryBudget {
  const ratio = setting(options.ratio, DEFAULT_RETRY_BUDGET.ratio);
  const capacity = setting(options.capacity, DEFAULT_RETRY_BUDGET.capacity);
  const deposit = Math.round(ratio * SCALE);
  const ceiling = Math.round(capacity * SCALE);
  let tokens = ceiling;
  let calls = 0;
  let granted = 0;
  let refused = 0;
  // With a store: what to send at the next reconcile, and the token change since the current one started.
  let sentCalls = 0;
  let sentRetries = 0;
  let drift = 0;
  const store = options.store;
  const sync =
    store === undefined
      ? undefined
      : reconciler(
          store,
          () => {
            const delta = { calls: sentCalls, retries: sentRetries };
            sentCalls = 0;
            sentRetries = 0;
            drift = 0;
            return store.reconcile(delta);
          },
          (share) => {
            if (share !== undefined && Number.isFinite(share.tokens)) tokens = Math.max(0, Math.round(share.tokens * SCALE) + drift);
          },
        );
  return {
    get remaining() {
      return tokens / SCALE;
    },
    get refused() {
      return refused;
    },
    recordCall() {
      calls++;
      const before = tokens;
      // A fleet share may hold more than `capacity`: a deposit never lowers it.
      tokens = Math.max(tokens, Math.min(ceiling, tokens + deposit));
      if (sync === undefined) return;
      sentCalls++;
      drift += tokens - before;
      sync.tick();
    },
    tryRetry() {
      if (tokens < SCALE) {
        refused++;
        sync?.tick();
        return false;
      }
      tokens -= SCALE;
      granted++;
      if (sync === undefined) return true;
      sentRetries++;
      drift -= SCALE;
      sync.tick();
      return true;
    },
    snapshot: () => ({ remaining: tokens / SCALE, capacity, ratio, calls, granted, refused }),
  };
}

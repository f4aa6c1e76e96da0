/**
 * An AWS-standard-like retry strategy, re-implemented from the AWS SDKs' `standard` retry mode (AWS SDK for
 * JavaScript v3 `@smithy/util-retry`, aws-c-io's standard retry strategy): 3 attempts, full-jitter exponential
 * backoff, and a retry quota per client that retries draw from and successes pay back.
 */
import type { Clock } from '../../../src/index.js';
import type { Random } from './random.js';

/** The standard mode's numbers, as the AWS SDKs publish them. */
export const AWS_STANDARD = {
  /** One call and two retries. */
  maxAttempts: 3,
  /** The backoff base of transient errors: the n-th retry (0-based) waits random × 2^n × 100 ms. */
  baseDelayMs: 100,
  /** The backoff base of throttling errors. */
  throttlingBaseDelayMs: 500,
  /** No wait is longer. */
  maxBackoffMs: 20_000,
  /** The retry quota each client starts with, and its ceiling. */
  initialTokens: 500,
  /** What a retry after a throttling or server error costs. */
  retryCost: 5,
  /** What a retry after a transient error (a timeout, a failed connection) costs. */
  timeoutRetryCost: 10,
  /** What a call that succeeds at its first attempt pays back. */
  noRetryIncrement: 1,
} as const;

/** How the AWS SDK classifies a failure; only `TRANSIENT` and `THROTTLING` are retried. */
export type AwsErrorType = 'TRANSIENT' | 'THROTTLING' | 'SERVER_ERROR' | 'CLIENT_ERROR';

/** What one client's strategy needs: how to classify errors, and time and randomness. */
export interface AwsStandardOptions {
  readonly classify: (error: unknown) => AwsErrorType;
  readonly clock: Clock;
  readonly random: Random;
}

/** One client's retrying caller, with its own retry quota shared by all of that client's calls. */
export interface AwsStandardRetry {
  readonly run: <T>(operation: () => Promise<T>) => Promise<T>;
  /** The quota left now. */
  readonly capacity: () => number;
}

/**
 * Creates one client's AWS-standard-like strategy. A retry leases its cost from the quota (none left: no retry);
 * a call that succeeds after retries gives its last lease back, one that succeeds at once adds 1, up to the ceiling.
 */
export function createAwsStandardRetry({ classify, clock, random }: AwsStandardOptions): AwsStandardRetry {
  let capacity: number = AWS_STANDARD.initialTokens;

  const sleep = (ms: number): Promise<void> => new Promise((resolve) => void clock.setTimer(resolve, ms));

  const run = async <T>(operation: () => Promise<T>): Promise<T> => {
    let lease: number | undefined;
    for (let retries = 0; ; retries += 1) {
      try {
        const value = await operation();
        capacity = Math.min(AWS_STANDARD.initialTokens, capacity + (lease ?? AWS_STANDARD.noRetryIncrement));
        return value;
      } catch (error) {
        const type = classify(error);
        const cost = type === 'TRANSIENT' ? AWS_STANDARD.timeoutRetryCost : AWS_STANDARD.retryCost;
        const retryable = type === 'TRANSIENT' || type === 'THROTTLING';
        if (!retryable || retries + 1 >= AWS_STANDARD.maxAttempts || capacity < cost) throw error;
        capacity -= cost;
        lease = cost;
        const base = type === 'THROTTLING' ? AWS_STANDARD.throttlingBaseDelayMs : AWS_STANDARD.baseDelayMs;
        await sleep(Math.floor(Math.min(AWS_STANDARD.maxBackoffMs, random() * 2 ** retries * base)));
      }
    }
  };

  return { run, capacity: () => capacity };
}

/**
 * The peers im-errors is measured against — p-retry, cockatiel, an AWS-standard-like strategy — and the no-retry
 * floor, each configured as the report states and why.
 */
import { ExponentialBackoff, handleAll, retry } from 'cockatiel';
import pRetry from 'p-retry';
import { createAwsStandardRetry, type AwsErrorType } from './aws-standard.js';
import type { Contender } from './contender.js';
import { FAILURES, SimulatedSdkError } from './vendor.js';

/** No retries at all: the floor every retrying strategy's load and success rate are read against. */
export const NO_RETRY: Contender = {
  name: 'no retry',
  settings: 'one attempt per call',
  peer: false,
  forClient: () => (operation) => operation(),
};

/** p-retry 7 with its defaults: 10 retries, 1 s doubling, no cap, no jitter (it retries every `Error`). */
export const P_RETRY: Contender = {
  name: 'p-retry defaults',
  settings: 'retries 10, minTimeout 1 s, factor 2, no randomize',
  peer: true,
  forClient: () => (operation) => pRetry(operation),
};

/**
 * cockatiel 3: `retry(handleAll, { maxAttempts: 2, backoff: new ExponentialBackoff() })`. cockatiel's `maxAttempts`
 * counts retries (its default is unbounded); 2 makes 3 calls in all, like the AWS standard mode and im-errors'
 * default. The backoff is its default: decorrelated jitter from 128 ms, capped at 30 s.
 */
export const COCKATIEL: Contender = {
  name: 'cockatiel',
  settings: 'maxAttempts 2 (3 calls), ExponentialBackoff defaults (decorrelated jitter, 128 ms, cap 30 s)',
  peer: true,
  forClient: () => {
    const policy = retry(handleAll, { maxAttempts: 2, backoff: new ExponentialBackoff() });
    return (operation) => policy.execute(() => operation());
  },
};

const AWS_ERROR_TYPES: ReadonlyMap<number, AwsErrorType> = new Map([
  [FAILURES.transient.code, 'TRANSIENT'],
  [FAILURES.down.code, 'TRANSIENT'],
  [FAILURES.overloaded.code, 'THROTTLING'],
]);

/** How the AWS SDK would see the simulated vendor's errors: timeouts and network errors are transient, 2996 throttling. */
export function classifyForAws(error: unknown): AwsErrorType {
  return error instanceof SimulatedSdkError ? (AWS_ERROR_TYPES.get(error.code) ?? 'CLIENT_ERROR') : 'CLIENT_ERROR';
}

/** The AWS SDKs' standard retry mode (see `aws-standard.ts`), one retry quota per client. */
export const AWS_STANDARD_LIKE: Contender = {
  name: 'AWS standard-like',
  settings: '3 attempts, full jitter 100 ms × 2^n (500 ms throttled), cap 20 s, quota 500/client (retry 5, timeout 10, +1 per success)',
  peer: true,
  forClient: ({ clock, random }) => createAwsStandardRetry({ classify: classifyForAws, clock, random }).run,
};

/**
 * The default retry policy, and why each number is what it is. The vendor SDKs already retry inside (JMessage web
 * re-sends a message 5 times, Tencent reconnects by itself), so app-level retries multiply on top of theirs: the
 * default retries little, spreads retries out, and stops quickly.
 */
import type { RetryPolicy, RetryRule } from './policy.js';

/**
 * - `maxAttempts: 3` — one call and two retries, as the AWS SDK's standard mode: a transient blip is retried twice,
 *   and an outage multiplies load by at most 3 per call before the retry budget cuts it further.
 * - backoff 100 ms × 2, capped at 10 s, full jitter — a chat user notices a send that takes more than a second; the
 *   first retry lands within 100 ms (the AWS SDK's base too), so a blip costs the user almost nothing: in
 *   `npm run bench` a 200 ms base put p99 completion 43 % behind the best peer, 100 ms puts it level. Full jitter
 *   spreads clients over the whole window so an outage's failures do not come back in waves.
 * - `deadlineMs: 30_000` — past 30 s the user has given up on the spinner; fail and let the UI say so.
 * - `maxRetryAfterMs: 10_000` — vendor hints up to 10 s are waited out; a longer one (Tencent 70050: "try again after
 *   1 minute") ends retrying so the UI can say when, instead of a promise that hangs for a minute.
 * - no `attemptTimeoutMs`: the first attempt is never cut by a default (a long upload is not a hang), and the
 *   success path arms no timer. Set one, with `idempotent: true` on calls safe to repeat, to bound a hanging SDK.
 * - rate limits: at least 1 s apart (`rateLimitMinWaitMs`, also without a vendor hint), doubling to 30 s, at most 2 retries. The vendors' windows: Tencent 9506 allows
 *   5 calls/s (retryAfterMs 200), JMessage 803010 60 messages/min (retryAfterMs 1000); the vendor's hint is the
 *   floor of the wait, the jitter is added above it.
 * - expired tokens (`auth/token-expired`): retried once, only after the caller's `refreshCredentials()` succeeded.
 * - everything else: retried only when its mapping says a retry can succeed unchanged (`retryable`: network,
 *   transient server errors, "login in progress"…); never for anything that needs a person or a change.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy & { readonly rules: readonly RetryRule[] } = {
  maxAttempts: 3,
  backoff: { baseMs: 100, multiplier: 2, capMs: 10_000, jitter: 'full' },
  deadlineMs: 30_000,
  maxRetryAfterMs: 10_000,
  rateLimitMinWaitMs: 1_000,
  rules: [
    { when: { kind: 'rate-limit' }, action: 'backoff', maxRetries: 2, backoff: { baseMs: 1_000, capMs: 30_000 } },
    { when: { kind: 'auth', reason: 'token-expired' }, action: 'after-refresh', maxRetries: 1 },
    { when: { kind: 'client', reason: 'cancelled' }, action: 'never' },
  ],
  otherwise: 'retry-if-retryable',
};

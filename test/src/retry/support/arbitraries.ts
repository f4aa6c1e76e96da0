/** fast-check arbitraries for retry tests: IMErrors of any kind, policies with any numbers, states. */
import { fc } from '@fast-check/vitest';
import { KINDS, REASONS, createIMError, type IMError, type IMErrorInit, type Kind } from '../../../../src/index.js';
import type { Backoff, Jitter, RetryPolicy, RetryRule } from '../../../../src/retry/policy.js';
import type { RetryState } from '../../../../src/retry/plan.js';

/** A kind with one of its reasons. */
export const kindAndReason: fc.Arbitrary<{ kind: Kind; reason: string }> = fc
  .constantFrom(...KINDS)
  .chain((kind) => fc.constantFrom(...(REASONS[kind] as readonly string[])).map((reason) => ({ kind, reason })));

/** Any `retryAfterMs`, including the bogus ones a hostile input could give. */
const hint = fc.option(
  fc.oneof(fc.integer({ min: 0, max: 120_000 }), fc.constantFrom(-1, 0, Number.NaN, Number.POSITIVE_INFINITY, 1e12)),
  { nil: undefined },
);

/** An IMError of any kind and reason, retryable or not, with any hint. */
export const anyIMError: fc.Arbitrary<IMError> = fc
  .record({ kr: kindAndReason, retryable: fc.boolean(), retryAfterMs: hint })
  .map(({ kr, retryable, retryAfterMs }) =>
    createIMError({
      kind: kr.kind,
      reason: kr.reason,
      vendor: 'tencent',
      retryable,
      retryAfterMs,
      recovery: retryable ? 'retry' : 'none',
      cause: undefined,
    } as IMErrorInit),
  );

/** A number a user might put in a policy, including nonsense. */
const ms = fc.oneof(fc.integer({ min: 0, max: 60_000 }), fc.constantFrom(-5, Number.NaN, Number.POSITIVE_INFINITY));

export const jitter: fc.Arbitrary<Jitter> = fc.constantFrom('full', 'equal', 'decorrelated', 'none');

export const backoff: fc.Arbitrary<Backoff> = fc.record({
  baseMs: ms,
  multiplier: fc.oneof(fc.double({ min: 0, max: 5, noNaN: true }), fc.constant(Number.NaN)),
  capMs: ms,
  jitter,
});

const rule: fc.Arbitrary<RetryRule> = fc
  .record({
    when: kindAndReason.map(({ kind }) => ({ kind }) as RetryRule['when']),
    action: fc.constantFrom('never', 'backoff', 'after-refresh' as const),
    maxRetries: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
    backoff: fc.option(backoff.map((b) => ({ baseMs: b.baseMs, capMs: b.capMs })), { nil: undefined }),
  })
  .map(({ maxRetries, backoff: override, ...rest }) => ({
    ...rest,
    ...(maxRetries === undefined ? {} : { maxRetries }),
    ...(override === undefined ? {} : { backoff: override }),
  }));

/** A policy with any numbers and rules. */
export const anyPolicy: fc.Arbitrary<RetryPolicy> = fc.record({
  maxAttempts: fc.integer({ min: 1, max: 6 }),
  backoff,
  deadlineMs: fc.option(fc.integer({ min: 0, max: 60_000 }), { nil: undefined }),
  maxRetryAfterMs: fc.integer({ min: 0, max: 60_000 }),
  rules: fc.array(rule, { maxLength: 4 }),
  otherwise: fc.constantFrom('retry-if-retryable', 'never' as const),
});

/** A state some way into a call. */
export const anyState: fc.Arbitrary<RetryState> = fc.record({
  attempt: fc.integer({ min: 0, max: 8 }),
  elapsedMs: fc.integer({ min: 0, max: 60_000 }),
  previousDelayMs: fc.integer({ min: 0, max: 60_000 }),
  retriesByRule: fc.dictionary(fc.integer({ min: -1, max: 4 }).map(String), fc.integer({ min: 0, max: 4 })),
});

/** A number in [0, 1), as `Math.random` gives. */
export const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

/** A delay a valid policy may hold: finite, ≥ 0. */
const validMs = fc.integer({ min: 0, max: 60_000 });

/** A backoff `createRetryPolicy` accepts. */
export const validBackoff: fc.Arbitrary<Backoff> = fc.record({
  baseMs: validMs,
  multiplier: fc.double({ min: 1, max: 5, noNaN: true }),
  capMs: validMs,
  jitter,
});

const validRule: fc.Arbitrary<RetryRule> = fc
  .record({
    when: kindAndReason.map(({ kind }) => ({ kind }) as RetryRule['when']),
    action: fc.constantFrom('never', 'backoff', 'after-refresh' as const),
    maxRetries: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
    backoff: fc.option(fc.record({ baseMs: validMs, capMs: validMs }), { nil: undefined }),
  })
  .map(({ maxRetries, backoff: override, ...rest }) => ({
    ...rest,
    ...(maxRetries === undefined ? {} : { maxRetries }),
    ...(override === undefined ? {} : { backoff: override }),
  }));

/** A policy that passes validation (the runner's inputs: `withRetry` rejects the rest when it is called). */
export const validPolicy: fc.Arbitrary<RetryPolicy> = fc.record({
  maxAttempts: fc.integer({ min: 1, max: 6 }),
  backoff: validBackoff,
  deadlineMs: fc.option(fc.integer({ min: 0, max: 60_000 }), { nil: undefined }),
  maxRetryAfterMs: fc.integer({ min: 0, max: 60_000 }),
  rules: fc.array(validRule, { maxLength: 4 }),
  otherwise: fc.constantFrom('retry-if-retryable', 'never' as const),
});

/** fast-check arbitraries for IMErrors of every kind and reason, and for message contexts. */
import fc from 'fast-check';
import { KINDS, REASONS, RECOVERIES, VENDORS, createIMError, type IMError, type IMErrorInit } from '../../src/index.js';

/** Any (kind, reason) pair of the taxonomy. */
export const kindAndReason = fc
  .constantFrom(...KINDS)
  .chain((kind) => fc.constantFrom(...REASONS[kind]).map((reason) => ({ kind, reason }) as Pick<IMErrorInit, 'kind' | 'reason'>));

/** Any IMError: every kind, reason, recovery, vendor, code shape, wait, vendor text and cause. */
export const anyIMError: fc.Arbitrary<IMError> = fc
  .record({
    kindReason: kindAndReason,
    vendor: fc.constantFrom(...VENDORS, 'unknown' as const),
    platform: fc.option(fc.constantFrom('web', 'native', 'server', 'android', 'ios'), { nil: undefined }),
    code: fc.option(fc.oneof(fc.integer({ min: -20000, max: 1_000_000 }), fc.integer({ min: 0, max: 999999 }).map(String), fc.constantFrom('ECONNRESET')), { nil: undefined }),
    vendorMessage: fc.option(fc.string({ maxLength: 80 }), { nil: undefined }),
    retryable: fc.boolean(),
    retryAfterMs: fc.option(fc.oneof(fc.integer({ min: 1, max: 3_600_000 }), fc.constantFrom(0, -5, Number.NaN, Infinity)), { nil: undefined }),
    recovery: fc.constantFrom(...RECOVERIES),
    inferred: fc.boolean(),
    cause: fc.anything(),
  })
  .map(({ kindReason, ...fields }) => createIMError({ ...fields, ...kindReason } as IMErrorInit));

/** Context values of every sort an app might pass, including odd ones (empty, whitespace, long, control characters). */
export const anyContext = fc.option(
  fc.record(
    {
      group: fc.option(fc.string({ maxLength: 60 }), { nil: undefined }),
      user: fc.option(fc.string({ maxLength: 60 }), { nil: undefined }),
      file: fc.option(fc.string({ maxLength: 60 }), { nil: undefined }),
      seconds: fc.option(fc.oneof(fc.double(), fc.integer({ min: 1, max: 7200 })), { nil: undefined }),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

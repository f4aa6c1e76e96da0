/**
 * `createVendorNormalizer`, the normalizer of a vendor's own entry, is `createNormalizer` over that one adapter
 * without the detection code: the same IMError for every input and every per-call option, for each vendor.
 */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createNormalizer, createVendorNormalizer } from '../../src/normalizer.js';
import { tencentSpec } from '../../adapters/tencent/spec.js';
import { tencentWebSpec } from '../../adapters/tencent/web-spec.js';
import { easemobSpec } from '../../adapters/easemob/spec.js';
import { easemobWebSpec } from '../../adapters/easemob/web-spec.js';
import { jmessageSpec } from '../../adapters/jmessage/spec.js';
import { agoraSpec } from '../../adapters/agora/spec.js';
import type { IMError } from '../../src/imerror.js';
import { anyInput } from '../support/hostile.js';

const specs = [tencentSpec, tencentWebSpec, easemobSpec, easemobWebSpec, jmessageSpec, agoraSpec] as const;
const pair = fc.constantFrom(...specs).map((spec) => ({
  spec,
  single: createVendorNormalizer(spec),
  multi: createNormalizer({ adapters: [spec] }),
}));
const call = fc.option(
  fc.record(
    { vendor: fc.constantFrom(undefined, 'tencent', 'easemob', 'jmessage', 'agora'), platform: fc.constantFrom(undefined, 'web', 'native', 'server', 'ios', 'android') },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

/** What an IMError says, its cause aside (compared by identity). */
const said = (error: IMError): unknown => error.toJSON();

describe('createVendorNormalizer', () => {
  it.prop([pair, anyInput, call], { numRuns: 3000 })('gives what createNormalizer over the one adapter gives', ({ single, multi }, { value }, options) => {
    const a = single(value, options as never);
    const b = multi(value, options as never);
    expect(said(a)).toStrictEqual(said(b));
    expect(a.cause).toBe(b.cause);
  });

  it.prop([pair, fc.integer({ min: -20_000, max: 200_000 }), call])('reads every code alike, bare or in the vendor shapes', ({ single, multi }, code, options) => {
    for (const value of [code, { code, message: 'm' }, { code, desc: 'd' }, { code, description: 'd' }, { ActionStatus: 'FAIL', ErrorCode: code, ErrorInfo: 'i' }]) {
      expect(said(single(value, options as never))).toStrictEqual(said(multi(value, options as never)));
    }
  });
});

/**
 * `normalize` from `im-errors/all` is built from the vendors' specs (no event or method tables): it gives exactly what
 * a normalizer over the three adapter objects gives, for every input, vendor and platform.
 */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { easemob, jmessage, normalize, tencent } from '../../src/all.js';
import { createNormalizer, type IMError } from '../../src/index.js';
import { anyInput, type Box } from '../support/hostile.js';

const overAdapters = createNormalizer({ adapters: [jmessage, tencent, easemob] });

/** Everything an IMError says (its JSON), and whether it keeps `raw` as its cause, by identity. */
const said = (error: IMError, raw: unknown) => ({ json: error.toJSON(), keepsCause: Object.is(error.cause, raw) });

const codes = [jmessage, tencent, easemob].flatMap(({ mappings }) =>
  [mappings.codes, ...Object.values(mappings.platforms)].flatMap((table) => Object.keys(table ?? {}).map(Number)),
);
const code = fc.oneof(fc.constantFrom(...codes), fc.integer({ min: -20_000, max: 1_000_000 }));
const text = fc.string({ maxLength: 40 });
const vendorShaped: fc.Arbitrary<Box> = fc
  .oneof(
    code,
    fc.record({ code, message: text }),
    fc.record({ code, desc: text }),
    fc.record({ code, description: text }),
    fc.record({ type: code, message: text, data: fc.option(fc.record({ type: code, message: text }), { nil: undefined }) }),
    fc.record({ ActionStatus: fc.constant('FAIL'), ErrorCode: code, ErrorInfo: text }),
  )
  .map((value) => ({ value }));
const options = fc.option(
  fc.record(
    { vendor: fc.constantFrom('jmessage', 'tencent', 'easemob' as const), platform: fc.constantFrom('web', 'native', 'server', 'android', 'ios') },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

describe('normalize from im-errors/all', () => {
  it.prop([fc.oneof(anyInput, vendorShaped), options], { numRuns: 1000 })(
    'is the normalizer over the three adapter objects',
    ({ value }, call) => {
      const fromSpecs = said(normalize(value, call), value);
      expect(fromSpecs).toEqual(said(overAdapters(value, call), value));
      expect(fromSpecs.keepsCause).toBe(true);
    },
  );
});

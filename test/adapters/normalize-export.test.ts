/**
 * Each vendor entry's lean `normalize` (the adapter's normalize without its event and method tables, for apps that
 * only normalize) gives exactly what the adapter object's `normalize` gives, for every input and platform.
 */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import * as agoraEntry from '../../adapters/agora/index.js';
import * as easemobEntry from '../../adapters/easemob/index.js';
import * as jmessageEntry from '../../adapters/jmessage/index.js';
import * as tencentEntry from '../../adapters/tencent/index.js';
import type { IMError } from '../../src/index.js';
import { anyInput, type Box } from '../support/hostile.js';

const vendors = [
  { adapter: tencentEntry.tencent, normalize: tencentEntry.normalize },
  { adapter: easemobEntry.easemob, normalize: easemobEntry.normalize },
  { adapter: agoraEntry.agora, normalize: agoraEntry.normalize },
  { adapter: jmessageEntry.jmessage, normalize: jmessageEntry.normalize },
] as const;

/** Everything an IMError says (its JSON), and whether it keeps `raw` as its cause, by identity. */
const said = (error: IMError, raw: unknown) => ({ json: error.toJSON(), keepsCause: Object.is(error.cause, raw) });

/** Values shaped like each vendor's errors, with the codes its tables know and some they don't. */
function vendorShaped(codes: readonly number[]): fc.Arbitrary<unknown> {
  const code = fc.oneof(fc.constantFrom(...codes), fc.integer({ min: -20_000, max: 1_000_000 }));
  const text = fc.string({ maxLength: 40 });
  return fc.oneof(
    code,
    code.map(String),
    fc.record({ code, message: text }),
    fc.record({ code, desc: text }),
    fc.record({ code, description: text }),
    fc.record({ type: code, message: text, data: fc.option(fc.record({ type: code, message: text }), { nil: undefined }) }),
    fc.record({ ActionStatus: fc.constant('FAIL'), ErrorCode: code, ErrorInfo: text }),
    fc.record({ error: fc.record({ code, message: text }) }),
  );
}

describe.each(vendors)('normalize from im-errors/$adapter.vendor', ({ adapter, normalize }) => {
  const codes = [adapter.mappings.codes, ...Object.values(adapter.mappings.platforms)].flatMap((table) =>
    Object.keys(table ?? {}).map(Number),
  );
  const platform = fc.option(fc.constantFrom<string>(...adapter.platforms, 'elsewhere'), { nil: undefined });

  const input: fc.Arbitrary<Box> = fc.oneof(anyInput, vendorShaped(codes).map((value) => ({ value })));

  it.prop([input, platform], { numRuns: 500 })("is the adapter's normalize, for every input and platform", ({ value }, chosen) => {
    const options = chosen === undefined ? undefined : { platform: chosen as never };
    const lean = said(normalize(value, options), value);
    expect(lean).toEqual(said(adapter.normalize(value, options), value));
    expect(lean.keepsCause).toBe(true);
  });

  it('reports the vendor and reads its codes', () => {
    const known = codes.find((code) => adapter.mappings.codes[code]?.[0] !== 'unknown' && adapter.mappings.codes[code] !== undefined);
    expect(normalize(known)).toMatchObject({ vendor: adapter.vendor, code: known, inferred: false });
    expect(normalize(known).kind).toBe(adapter.mappings.codes[known!]?.[0]);
  });
});

/** The lookup of documented meanings: by code and platform, by documented range. */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { CODE_DESCRIPTIONS } from '../../../src/descriptions/by-vendor.js';
import { describeCode, describeRange } from '../../../src/descriptions/describe.js';
import { VENDORS } from '../../../src/taxonomy.js';

const { tencent, easemob } = CODE_DESCRIPTIONS;
const texts = (found: ReadonlyArray<{ text: string }>): string[] => found.map(({ text }) => text);

/** A vendor's descriptions with a code each source documents, or any code. */
const vendorAndCode = fc.constantFrom(...VENDORS).chain((vendor) => {
  const documented = CODE_DESCRIPTIONS[vendor].sources.flatMap((source) => Object.keys(source.codes).map(Number));
  return fc.record({
    vendor: fc.constant(vendor),
    code: fc.oneof(fc.constantFrom(...documented), fc.integer({ min: -20_000, max: 1_000_000 })),
    platform: fc.option(fc.constantFrom('web', 'native', 'server', 'android', 'ios'), { nil: undefined }),
  });
});

describe('describeCode', () => {
  it('gives every source’s words for a code, the general sources and the platform’s', () => {
    const web = describeCode(tencent, 70001, 'web');
    expect(web.map(({ source }) => source)).toEqual([
      'Tencent Cloud IM error codes (native SDKs, server, IM SDK V3)',
      '@tencentcloud/chat@3.6.6 + tim-js-sdk@2.27.6 constants',
    ]);
    expect(texts(web)).toContain('ACCOUNT_A2KEY_EXPIRED');
    expect(texts(describeCode(tencent, 70001, 'server'))).not.toContain('ACCOUNT_A2KEY_EXPIRED');
  });

  it('reads a documented range for a code inside it, and nothing for a code nobody documents', () => {
    expect(texts(describeCode(tencent, 125_000, 'server')).join()).toMatch(/callback/i);
    expect(describeCode(tencent, 424_242, undefined)).toEqual([]);
    expect(describeCode(easemob, -2, 'web').map(({ text }) => text)).toEqual(['REQUEST_UNKNOWN | 默认未区分类型的错误。', 'REQUEST_UNKNOWN: A general error.']);
  });

  it.prop([vendorAndCode])('a platform only narrows: what it finds, every platform finds', ({ vendor, code, platform }) => {
    const all = describeCode(CODE_DESCRIPTIONS[vendor], code, undefined);
    for (const found of describeCode(CODE_DESCRIPTIONS[vendor], code, platform)) expect(all).toContainEqual(found);
  });

  it.prop([vendorAndCode])('finds a text exactly where a source documents the code or a range holding it', ({ vendor, code }) => {
    const expected = CODE_DESCRIPTIONS[vendor].sources.filter(
      (source) => String(code) in source.codes || (source.ranges ?? []).some(([from, to]) => code >= from && code <= to),
    );
    expect(describeCode(CODE_DESCRIPTIONS[vendor], code, undefined).map(({ source }) => source)).toEqual(expected.map(({ name }) => name));
  });

  it('does not read inherited properties as codes', () => {
    expect(describeCode({ vendor: 'x', sources: [{ name: 's', codes: Object.create({ 7: 'inherited' }) as Record<string, string> }] }, 7, undefined)).toEqual([]);
  });
});

describe('describeRange', () => {
  it('gives the words for a range its source documents as such, and nothing for an inferred one', () => {
    expect(texts(describeRange(tencent, 120_001, 130_000)).join()).toMatch(/callback/i);
    expect(describeRange(tencent, 10_000, 10_999)).toEqual([]);
    expect(describeRange(tencent, 120_001, 129_999)).toEqual([]);
  });
});

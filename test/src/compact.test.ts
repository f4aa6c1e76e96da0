/**
 * The compact table form (src/compact.ts) decodes to exactly the tables it was encoded from
 * (scripts/compact/encode.ts): any table of valid entries, and every code table of every vendor as written in
 * `mappings/`, with the same keys in the same order.
 */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { BASE, decodeCodes, decodeEntries, PREFIXES, SINGLES } from '../../src/compact.js';
import type { CodeTable, MappingEntry } from '../../src/mapping.js';
import { KINDS, REASONS, RECOVERIES } from '../../src/taxonomy.js';
import { EntryPool, encodeCodes, encodeEntry } from '../../scripts/compact/encode.js';
import { tencentMappings, tencentNativeCodes, tencentServerCodes, tencentWebCodes } from '../../mappings/tencent.js';
import { jmessageMappings } from '../../mappings/jmessage.js';
import { easemobMappings } from '../../mappings/easemob.js';
import { easemobAndroidCodes, easemobIosCodes, easemobNativeCodes } from '../../mappings/easemob-native.js';

/** Any valid mapping entry, with or without `retryAfterMs`. */
const entry: fc.Arbitrary<MappingEntry> = fc
  .constantFrom(...KINDS)
  .chain((kind) =>
    fc.tuple(
      fc.constant(kind),
      fc.constantFrom(...(REASONS[kind] as readonly string[])),
      fc.boolean(),
      fc.constantFrom(...RECOVERIES),
      fc.option(fc.nat({ max: 10_000_000 }), { nil: undefined }),
    ),
  )
  .map(([kind, reason, retryable, recovery, ms]) => (ms === undefined ? [kind, reason, retryable, recovery] : [kind, reason, retryable, recovery, ms]) as unknown as MappingEntry);

/** Any code table: integer codes (negative ones too, as Tencent's SSO codes) over a few shared entries. */
const table: fc.Arbitrary<CodeTable> = fc
  .tuple(fc.array(entry, { minLength: 1, maxLength: 8 }), fc.array(fc.tuple(fc.integer({ min: -200_000, max: 2_000_000 }), fc.nat()), { maxLength: 60 }))
  .map(([entries, codes]) => Object.fromEntries(codes.map(([code, pick]) => [code, entries[pick % entries.length]!])) as CodeTable);

/** `tables` encoded into one pool, then decoded. */
function roundTrip(tables: readonly CodeTable[]): CodeTable[] {
  const pool = new EntryPool();
  const encoded = tables.map((each) => encodeCodes(each, pool));
  const entries = pool.size === 0 ? [] : decodeEntries(pool.encode());
  return encoded.map((text) => decodeCodes(entries, text));
}

describe('compact tables', () => {
  it.prop([entry])('an entry decodes to itself, its length included', (one) => {
    expect(decodeEntries(encodeEntry(one))).toStrictEqual([one]);
  });

  it.prop([fc.array(table, { minLength: 1, maxLength: 4 })])('tables sharing one pool decode to themselves, keys in order', (tables) => {
    const decoded = roundTrip(tables);
    decoded.forEach((each, i) => {
      expect(each).toStrictEqual(tables[i]);
      expect(Object.keys(each)).toStrictEqual(Object.keys(tables[i]!));
    });
  });

  const vendorTables: { readonly [name: string]: CodeTable } = {
    'tencent codes': tencentMappings.codes,
    'tencent web': tencentWebCodes,
    'tencent server': tencentServerCodes,
    'tencent native': tencentNativeCodes,
    'jmessage codes': jmessageMappings.codes,
    ...Object.fromEntries(Object.entries(jmessageMappings.platforms).map(([platform, codes]) => [`jmessage ${platform}`, codes as CodeTable])),
    'easemob codes': easemobMappings.codes,
    ...Object.fromEntries(Object.entries(easemobMappings.platforms).map(([platform, codes]) => [`easemob ${platform}`, codes as CodeTable])),
    'easemob native': easemobNativeCodes,
    'easemob android': easemobAndroidCodes,
    'easemob ios': easemobIosCodes,
  };

  it.each(Object.entries(vendorTables))('%s decodes to the table of mappings/', (_, codes) => {
    const [decoded] = roundTrip([codes]);
    expect(decoded).toStrictEqual(codes);
    expect(Object.keys(decoded!)).toStrictEqual(Object.keys(codes));
  });

  it('tencent codes are the server codes and the native codes, which share no code', () => {
    const server = Object.keys(tencentServerCodes);
    expect(server.filter((code) => code in tencentNativeCodes)).toStrictEqual([]);
    expect(Object.keys(tencentMappings.codes).length).toBe(server.length + Object.keys(tencentNativeCodes).length);
  });

  /** A table over `size` distinct entries (different waits), the codes spread with steps of any size the form takes. */
  const wideTable = (size: number): fc.Arbitrary<CodeTable> =>
    fc
      .array(fc.tuple(fc.integer({ min: -12_000_000, max: 12_000_000 }), fc.nat({ max: size - 1 })), { minLength: 1, maxLength: 800 })
      .map((codes) => Object.fromEntries(codes.map(([code, pick]) => [code, ['rate-limit', 'too-many-requests', true, 'wait', pick] as unknown as MappingEntry])) as CodeTable);

  it.prop([fc.integer({ min: 1, max: SINGLES + PREFIXES * BASE }).chain(wideTable)], { numRuns: 200 })(
    'tables over a pool of up to its largest size, ranked, with steps up to tens of millions, decode to themselves',
    (wide) => {
      const counting = new EntryPool();
      encodeCodes(wide, counting);
      const pool = counting.ranked();
      const text = encodeCodes(wide, pool);
      const decoded = decodeCodes(decodeEntries(pool.encode()), text);
      expect(decoded).toStrictEqual(wide);
      expect(Object.keys(decoded)).toStrictEqual(Object.keys(wide));
    },
  );

  it('the empty table decodes to an empty table', () => {
    expect(decodeCodes([], '')).toStrictEqual({});
  });
});

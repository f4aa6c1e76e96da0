/**
 * The compact form of the code tables, decoded once when a table module loads. The tables are written one line per
 * code in `mappings/` (the form reviews read); the build (`scripts/compact/`) rewrites each built table module
 * (`dist/mappings/<vendor>.js`) into this form, which ships about a third of the bytes: every distinct entry once,
 * as indexes into the taxonomy the core ships anyway, and each table as a string of delta-encoded codes pointing at
 * those entries. `test/src/compact.test.ts` holds decoding to give back the source tables exactly.
 *
 * - Entries: `,`-separated; each is three characters — kind, reason, then `10 × retryable + recovery` — each the
 *   char code minus 48 as an index into {@link KINDS}, `REASONS[kind]`, {@link RECOVERIES}; then `retryAfterMs` in
 *   decimal when the entry has one.
 * - Codes: `,`-separated, in the table's key order; each is `index` (the code after the previous one plus 1) or
 *   `index+delta` (the previous code plus `delta`, which may be negative), starting from code 0.
 */
import type { CodeTable, MappingEntry } from './mapping.js';
import { KINDS, REASONS, RECOVERIES } from './taxonomy.js';

/** The value a character of an entry encodes. */
const digit = (text: string, at: number): number => text.charCodeAt(at) - 48;

/**
 * The entries of a compact entry list, in order.
 *
 * @example
 * ```ts
 * decodeEntries('=09,00;1000'); // [['unknown', 'unmapped-code', false, 'none'], ['rate-limit', 'too-many-requests', true, 'wait', 1000]]
 * ```
 */
export function decodeEntries(text: string): MappingEntry[] {
  return text.split(',').map((item) => {
    const kind = KINDS[digit(item, 0)]!;
    const flags = digit(item, 2);
    const entry: unknown[] = [kind, REASONS[kind][digit(item, 1)], flags >= 10, RECOVERIES[flags % 10]];
    if (item.length > 3) entry.push(Number(item.slice(3)));
    return entry as unknown as MappingEntry;
  });
}

/**
 * The code table a compact code list describes, its entries taken from `entries` (shared, not copied).
 *
 * @example
 * ```ts
 * decodeCodes(decodeEntries('=09,00;1000'), '0+7,0,1+-20'); // { 7: unmapped, 8: unmapped, '-12': rate-limit }
 * ```
 */
export function decodeCodes(entries: readonly MappingEntry[], text: string): CodeTable {
  const table: { [code: number]: MappingEntry } = {};
  let code = 0;
  if (text !== '') {
    for (const item of text.split(',')) {
      const plus = item.indexOf('+');
      code += plus < 0 ? 1 : Number(item.slice(plus + 1));
      table[code] = entries[Number(plus < 0 ? item : item.slice(0, plus))]!;
    }
  }
  return table;
}

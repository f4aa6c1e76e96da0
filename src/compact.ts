/**
 * The compact form of the code tables, decoded once when a table module loads. The tables are written one line per
 * code in `mappings/` (the form reviews read); the build (`scripts/compact/`) rewrites each built table module
 * (`dist/mappings/<vendor>.js`) into this form: every distinct entry once, as indexes into the taxonomy the core ships
 * anyway, and each table as a string of tokens pointing at those entries. `test/src/compact.test.ts` holds decoding
 * to give back the source tables exactly.
 *
 * Both strings are written in {@link BASE} digits, one printable ASCII character each (`(` to `~` without `<`, `\`
 * and `` ` ``: nothing a string literal, a bundler or an HTML page would escape).
 *
 * - Entries, one after another: the kind, the reason, then `10 × retryable + recovery` — indexes into {@link KINDS},
 *   `REASONS[kind]`, {@link RECOVERIES} — plus {@link WAITS} when `retryAfterMs` follows, as a number: a digit giving
 *   its length, then its digits, most significant first.
 * - Codes, in the table's key order, from code 0: each is an optional step, then the entry's index. An index below
 *   {@link SINGLES} is one digit; a larger one two. Without a step a code is the previous code plus 1; a step
 *   digit below {@link STEPS} says plus 2, 3…; the last digits say how many digits follow, holding the step
 *   (`2 × step` for a positive one, `−2 × step − 1` for a negative one). The pool is ordered by how often each entry
 *   is used, so the common entries are one digit.
 */
import type { CodeTable, MappingEntry } from './mapping.js';
import { KINDS, REASONS, RECOVERIES } from './taxonomy.js';

/** How many values one character holds. */
export const BASE = 84;

/** What a flags digit adds when the entry's `retryAfterMs` follows it. */
export const WAITS = 20;

/**
 * The ranges of code tokens: `[0, SINGLES)` one-digit indexes, then `PREFIXES` first digits of two-digit ones, then
 * `STEPS` one-digit steps (2, 3…), then the digits announcing a step of 1, 2… digits.
 */
export const SINGLES = 56;
/** See {@link SINGLES}. */
export const PREFIXES = 6;
/** See {@link SINGLES}. */
export const STEPS = 18;

/** The value of the character at `at`. */
export function digitAt(text: string, at: number): number {
  const char = text.charCodeAt(at);
  return char - (char > 96 ? 43 : char > 92 ? 42 : char > 60 ? 41 : 40);
}

/** The value of the `count` digits from `at`, most significant first. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let index = at; index < at + count; index++) value = value * BASE + digitAt(text, index);
  return value;
}

/**
 * The entries of a compact entry list, in order.
 *
 * @example
 * ```ts
 * decodeEntries('*(*((H*3w'); // [['auth', 'token-expired', false, 'refresh-credentials'], ['rate-limit', 'too-many-requests', true, 'wait', 1000]]
 * ```
 */
export function decodeEntries(text: string): MappingEntry[] {
  const entries: MappingEntry[] = [];
  for (let at = 0; at < text.length; ) {
    const kind = KINDS[digitAt(text, at)]!;
    const flags = digitAt(text, at + 2);
    const entry: unknown[] = [kind, REASONS[kind][digitAt(text, at + 1)], flags % WAITS >= 10, RECOVERIES[flags % 10]];
    at += 3;
    if (flags >= WAITS) {
      const count = digitAt(text, at);
      entry.push(digitsAt(text, at + 1, count));
      at += 1 + count;
    }
    entries.push(entry as unknown as MappingEntry);
  }
  return entries;
}

/**
 * The code table a compact code list describes, its entries taken from `entries` (shared, not copied).
 *
 * @example
 * ```ts
 * decodeCodes(entries, 'n((s({j('); // { 7, 8, 20, '-12' }, each entries[0]: steps of 7, 1, 12, then -32
 * ```
 */
export function decodeCodes(entries: readonly MappingEntry[], text: string): CodeTable {
  const table: { [code: number]: MappingEntry } = {};
  let code = 0;
  for (let at = 0; at < text.length; ) {
    let token = digitAt(text, at++);
    let step = 1;
    if (token >= SINGLES + PREFIXES) {
      token -= SINGLES + PREFIXES;
      if (token < STEPS) {
        step = token + 2;
      } else {
        const count = token - STEPS + 1;
        const value = digitsAt(text, at, count);
        step = value % 2 === 0 ? value / 2 : -(value + 1) / 2;
        at += count;
      }
      token = digitAt(text, at++);
    }
    code += step;
    table[code] = entries[token < SINGLES ? token : SINGLES + (token - SINGLES) * BASE + digitAt(text, at++)]!;
  }
  return table;
}

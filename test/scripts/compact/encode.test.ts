/** The compact form's encoder: what counts as an entry and a code table, and what it refuses to encode. */
import { describe, expect, it } from 'vitest';
import { char, EntryPool, encodeCodes, encodeEntry, isCodeTable, isEntry } from '../../../scripts/compact/encode.js';
import { BASE, digitAt, SINGLES } from '../../../src/compact.js';
import type { CodeTable, MappingEntry } from '../../../src/mapping.js';

const expired: MappingEntry = ['auth', 'token-expired', false, 'refresh-credentials'];

describe('compact encoder', () => {
  it('knows entries: a kind, one of its reasons, a boolean, a recovery, an optional non-negative wait', () => {
    expect(isEntry(expired)).toBe(true);
    expect(isEntry(['rate-limit', 'too-many-requests', true, 'wait', 1000])).toBe(true);
    expect(isEntry(['auth', 'too-many-requests', true, 'wait'])).toBe(false); // a reason of another kind
    expect(isEntry(['auth', 'token-expired', 'no', 'none'])).toBe(false);
    expect(isEntry(['auth', 'token-expired', false, 'none', 1.5])).toBe(false);
    expect(isEntry(['Params validate failed.', expired, 'exact'])).toBe(false); // a text rule
  });

  it('knows code tables: plain objects of integer keys, each an entry', () => {
    expect(isCodeTable({ 1: expired, '-10114': expired })).toBe(true);
    expect(isCodeTable({})).toBe(false);
    expect(isCodeTable({ '01': expired })).toBe(false);
    expect(isCodeTable({ login: 'sdk-retries' })).toBe(false); // a method table
    expect(isCodeTable({ 400: { illegal_argument: expired } })).toBe(false); // a REST table
  });

  it('writes entries as taxonomy indexes and codes as steps and pool indexes, sharing equal entries', () => {
    const pool = new EntryPool();
    // A step of 7 (one digit, 'n'), index 0 ('('); a step of 1 (nothing); a step of 12 ('s'); a step of -32 (a
    // one-digit length '{', then 63 = -2 × -32 - 1 as 'j').
    expect(encodeCodes({ 7: expired, 8: [...expired] as unknown as MappingEntry, 20: expired, '-12': expired }, pool)).toBe('n((s({j(');
    expect(pool.size).toBe(1);
    // rate-limit (0), too-many-requests (0), 10 × retryable + wait (1) + 20 for the wait that follows: 31 ('H');
    // then the wait's length (2, '*') and 1000 = 11 × 84 + 76 ('3w').
    expect(encodeEntry(['rate-limit', 'too-many-requests', true, 'wait', 1000])).toBe('((H*3w');
    expect(char(0)).toBe('(');
    expect(char(83)).toBe('~');
  });

  it('writes only characters no string literal, bundler or HTML page escapes, each a distinct digit', () => {
    const digits = Array.from({ length: BASE }, (_, value) => char(value));
    expect(new Set(digits).size).toBe(BASE);
    for (const digit of digits) {
      expect(digit).toMatch(/^[\x28-\x7e]$/);
      expect('<\\`"\'$'.includes(digit)).toBe(false);
      expect(digitAt(digit, 0)).toBe(digits.indexOf(digit));
    }
    expect(() => char(BASE)).toThrow(RangeError);
  });

  it('gives the most used entries the lowest indexes: one digit for the first SINGLES of them', () => {
    const entries = Array.from({ length: SINGLES + 3 }, (_, index): MappingEntry => ['rate-limit', 'too-many-requests', true, 'wait', index]);
    // The last entry is used most: ranked, it comes first.
    const table: CodeTable = Object.fromEntries([...entries.map((entry, index) => [index, entry]), [1000, entries.at(-1)!], [1001, entries.at(-1)!]]);
    const counting = new EntryPool();
    encodeCodes(table, counting);
    const ranked = counting.ranked();
    expect(ranked.indexOf(entries.at(-1)!)).toBe(0);
    expect(ranked.indexOf(entries[0]!)).toBe(1);
    expect(ranked.size).toBe(SINGLES + 3);
    // Index SINGLES and above take two digits.
    const text = encodeCodes(table, ranked);
    expect(text.length).toBeGreaterThan(Object.keys(table).length);
  });

  it('refuses what it cannot give back exactly', () => {
    expect(() => encodeEntry(['auth', 'no-such-reason', false, 'none'] as unknown as MappingEntry)).toThrow(TypeError);
    expect(() => encodeEntry(['auth', 'token-expired', false, 'none', -1] as unknown as MappingEntry)).toThrow(TypeError);
    expect(() => encodeCodes({ '01': expired } as unknown as CodeTable, new EntryPool())).toThrow(TypeError);
    // A step whose digits would not fit the tokens that announce them: more than 84^4 / 2 between two codes.
    expect(() => encodeCodes({ 0: expired, 30_000_000: expired }, new EntryPool())).toThrow(RangeError);
    expect(() => encodeCodes({ 0: expired, 20_000_000: expired }, new EntryPool())).not.toThrow();
  });
});

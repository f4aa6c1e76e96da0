/** The compact form's encoder: what counts as an entry and a code table, and what it refuses to encode. */
import { describe, expect, it } from 'vitest';
import { EntryPool, encodeCodes, encodeEntry, isCodeTable, isEntry } from '../../../scripts/compact/encode.js';
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

  it('writes entries as taxonomy indexes and codes as deltas, sharing equal entries', () => {
    const pool = new EntryPool();
    expect(encodeCodes({ 7: expired, 8: [...expired] as unknown as MappingEntry, 20: expired }, pool)).toBe('0+7,0,0+12');
    expect(pool.size).toBe(1);
    expect(encodeEntry(['rate-limit', 'too-many-requests', true, 'wait', 1000])).toBe('00;1000');
  });

  it('refuses what it cannot give back exactly', () => {
    expect(() => encodeEntry(['auth', 'no-such-reason', false, 'none'] as unknown as MappingEntry)).toThrow(TypeError);
    expect(() => encodeEntry(['auth', 'token-expired', false, 'none', -1] as unknown as MappingEntry)).toThrow(TypeError);
    expect(() => encodeCodes({ '01': expired } as unknown as CodeTable, new EntryPool())).toThrow(TypeError);
  });
});

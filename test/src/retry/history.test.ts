/** Where a call's history lives: a hidden property of its IMError, or a side table for frozen ones. */
import { describe, expect, it } from 'vitest';
import { createIMError, retryHistoryOf } from '../../../src/index.js';
import { attachHistory } from '../../../src/retry/history.js';

const error = () => createIMError({ kind: 'network', reason: 'timeout', vendor: 'tencent', retryable: true, recovery: 'retry', cause: undefined });
const history = { attempts: [], totalDelayMs: 0, gaveUp: 'max-attempts' as const };

describe('retry history', () => {
  it('is hidden from keys, JSON and spreads', () => {
    const target = error();
    attachHistory(target, history);
    expect(retryHistoryOf(target)).toBe(history);
    expect(Object.keys(target)).toEqual(Object.keys(error()));
    expect(target.toJSON()).toEqual(error().toJSON());
  });

  it('is kept for frozen IMErrors too, and the latest call wins', () => {
    const frozen = Object.freeze(error());
    attachHistory(frozen, history);
    expect(retryHistoryOf(frozen)).toBe(history);
    const later = { ...history, gaveUp: 'deadline' as const };
    const target = error();
    attachHistory(target, history);
    attachHistory(target, later);
    expect(retryHistoryOf(target)).toBe(later);
  });

  it('is undefined for anything else', () => {
    for (const value of [undefined, null, 1, 'x', {}, new Error('x'), error()]) expect(retryHistoryOf(value)).toBeUndefined();
  });
});

/** How wrapClient treats a method, by its table entry. */
import { describe, expect, it } from 'vitest';
import { TREATMENTS, treatmentOf } from '../../../src/index.js';

describe('treatmentOf', () => {
  it('retries only idempotent methods, calls the others once, leaves local ones alone', () => {
    expect(TREATMENTS).toEqual({ idempotent: 'retry', 'sdk-retries': 'once', 'not-idempotent': 'once', local: 'passthrough' });
    const table = { read: 'idempotent', send: 'not-idempotent', login: 'sdk-retries', on: 'local' } as const;
    expect(['read', 'send', 'login', 'on', 'unknown'].map((method) => treatmentOf(table, method))).toEqual([
      'retry',
      'once',
      'once',
      'passthrough',
      'normalize',
    ]);
  });

  it('reads only the table’s own entries, not Object.prototype', () => {
    expect(treatmentOf({}, 'toString')).toBe('normalize');
    expect(treatmentOf({}, 'constructor')).toBe('normalize');
  });
});

describe('method entries with a failureOf reader', () => {
  it('reads an entry object like its safety, and hands back its reader', async () => {
    const { entryOf } = await import('../../../src/retry/methods.js');
    const failureOf = (result: unknown): unknown => result;
    const table = { getHistory: { safety: 'idempotent', failureOf }, send: 'not-idempotent' } as const;
    expect(treatmentOf(table, 'getHistory')).toBe('retry');
    expect(entryOf(table, 'getHistory')?.failureOf).toBe(failureOf);
    expect(entryOf(table, 'send')).toEqual({ safety: 'not-idempotent' });
    expect(entryOf(table, 'toString')).toBeUndefined();
  });
});

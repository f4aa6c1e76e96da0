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

import { describe, expect, it } from 'vitest';
import { tencentRestLimits } from '../../../mappings/tencent-rest-limits.js';
import { limitOf } from '../../../src/redis/limit-table.js';

describe('limitOf', () => {
  it('reads an API’s own row', () => {
    expect(limitOf(tencentRestLimits, 'v4/openim/batchsendmsg').unit).toBe('recipient');
  });

  it('gives the fallback to an API the table does not list, and to inherited names', () => {
    expect(limitOf(tencentRestLimits, 'v4/openim/unknown')).toBe(tencentRestLimits.fallback);
    expect(limitOf(tencentRestLimits, 'toString')).toBe(tencentRestLimits.fallback);
  });
});

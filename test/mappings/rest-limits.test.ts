/**
 * The vendors' REST limits as data (`mappings/*-rest-limits.ts`): every row cites the vendor's own page, and every
 * number is a usable limit (positive, whole, in whole seconds).
 */
import { describe, expect, it } from 'vitest';
import { easemobRestLimits } from '../../mappings/easemob-rest-limits.js';
import { tencentRestLimits } from '../../mappings/tencent-rest-limits.js';
import type { RestLimit, RestLimitTable } from '../../src/redis/limit-table.js';

const tables: ReadonlyArray<readonly [RestLimitTable, RegExp]> = [
  [tencentRestLimits, /^https:\/\/cloud\.tencent\.com\/document\/product\/269\//],
  [easemobRestLimits, /^https:\/\/doc\.easemob\.com\//],
];

const rows = (table: RestLimitTable): Array<readonly [string, RestLimit]> => [['(fallback)', table.fallback], ...Object.entries(table.apis)];

describe.each(tables)('$vendor REST limits', (table, vendorPage) => {
  it.each(rows(table))('%s cites the vendor’s own page', (_api, limit) => {
    expect(limit.source).toMatch(vendorPage);
  });

  it.each(rows(table))('%s has whole positive windows in whole seconds', (_api, limit) => {
    expect(limit.windows.length).toBeGreaterThan(0);
    for (const window of limit.windows) {
      expect(Number.isInteger(window.points) && window.points > 0).toBe(true);
      expect(window.durationMs % 1000 === 0 && window.durationMs > 0).toBe(true);
    }
  });

  it.each(rows(table))('%s names its unit when it counts units', (_api, limit) => {
    const counted = limit.windows.some((window) => window.per === 'unit') || limit.maxUnitsPerCall !== undefined;
    expect(limit.unit !== undefined).toBe(counted);
  });
});

describe('the documented numbers the issue names', () => {
  it('Tencent: 200 per second per API, batchsendmsg 12,000 recipients a minute', () => {
    expect(tencentRestLimits.fallback.windows).toEqual([{ per: 'call', points: 200, durationMs: 1000 }]);
    expect(tencentRestLimits.apis['v4/openim/batchsendmsg']?.windows).toEqual([{ per: 'unit', points: 12_000, durationMs: 60_000 }]);
  });

  it('Easemob: 100 per second per API, group sends 20 per second, 600 recipients a call', () => {
    expect(easemobRestLimits.fallback.windows).toEqual([{ per: 'call', points: 100, durationMs: 1000 }]);
    expect(easemobRestLimits.apis['POST /messages/chatgroups']?.windows).toContainEqual({ per: 'unit', points: 20, durationMs: 1000 });
    expect(easemobRestLimits.apis['POST /messages/users']?.maxUnitsPerCall).toBe(600);
  });
});

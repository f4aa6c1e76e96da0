import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { checkBudget } from '../../../scripts/size/budget.js';

const size = fc.integer({ min: 0, max: 10_000_000 });
const budget = fc.integer({ min: 1, max: 10_000_000 });

describe('checkBudget', () => {
  it('is within up to the budget itself, and over from one byte more', () => {
    expect(checkBudget(7_100, 7_100)).toEqual({ within: true, headroomPercent: 0 });
    expect(checkBudget(7_101, 7_100).within).toBe(false);
    expect(checkBudget(6_745, 7_100).headroomPercent).toBeCloseTo(5, 10);
  });

  it.prop([size, budget])('is within exactly when the size is at most the budget', (gzip, limit) => {
    expect(checkBudget(gzip, limit).within).toBe(gzip <= limit);
  });

  it.prop([size, budget])('has headroom ≥ 0 exactly when within, and 100 % for nothing at all', (gzip, limit) => {
    const { within, headroomPercent } = checkBudget(gzip, limit);
    expect(headroomPercent >= 0).toBe(within);
    expect(checkBudget(0, limit).headroomPercent).toBe(100);
  });
});

/** A size budget: a gzipped size is within it or not, with the headroom left (negative when over). */

/** How a measured size compares with its budget. */
export interface BudgetCheck {
  readonly within: boolean;
  /** The share of the budget still free, in percent: 5 when 95 % is used, negative when over budget. */
  readonly headroomPercent: number;
}

/** Compares `gzipBytes` with `budgetBytes`: within when at most equal. */
export function checkBudget(gzipBytes: number, budgetBytes: number): BudgetCheck {
  return { within: gzipBytes <= budgetBytes, headroomPercent: ((budgetBytes - gzipBytes) / budgetBytes) * 100 };
}

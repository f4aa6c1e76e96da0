/** Measures bundles: each one bundled, compared with its budget and checked by every absence rule. */
import { violations, type Violation } from './absence.js';
import { bundle } from './bundle.js';
import { checkBudget, type BudgetCheck } from './budget.js';
import type { BundleSpec } from './bundles.js';

/** What one bundle measured, and whether it passes. */
export interface SizeResult {
  readonly name: string;
  readonly source: string;
  readonly minBytes: number;
  readonly gzipBytes: number;
  /** The budget, when the bundle has one. */
  readonly budget: number | undefined;
  readonly check: BudgetCheck | undefined;
  readonly violations: readonly Violation[];
  /** Every file with code in the bundle and its minified bytes, largest first: where to look after a regression. */
  readonly inputs: { readonly [file: string]: number };
  /** Within its budget (if any) and breaking no absence rule. */
  readonly passed: boolean;
}

/** Bundles and checks one spec against the build under `root`. */
export async function measure(spec: BundleSpec, root: string): Promise<SizeResult> {
  const bundled = await bundle(spec.source, root);
  const check = spec.budget === undefined ? undefined : checkBudget(bundled.gzipBytes, spec.budget);
  const found = violations(bundled, spec.allows);
  return {
    name: spec.name,
    source: spec.source,
    minBytes: bundled.minBytes,
    gzipBytes: bundled.gzipBytes,
    budget: spec.budget,
    check,
    violations: found,
    inputs: Object.fromEntries(Object.entries(bundled.inputs).sort(([, a], [, b]) => b - a)),
    passed: (check?.within ?? true) && found.length === 0,
  };
}

/** Measures every spec, one after another (esbuild is fast; the order of the report stays the order given). */
export async function measureAll(specs: readonly BundleSpec[], root: string): Promise<SizeResult[]> {
  const results: SizeResult[] = [];
  for (const spec of specs) results.push(await measure(spec, root));
  return results;
}

/**
 * The shapes an `exports` entry of package.json takes here, and the one reading of them every check uses: a plain path
 * (`./package.json`), `{ types, default }` (an ESM-only entry: `im-errors/effect`), or `{ import: {…}, require: {…} }`
 * (an entry with both builds).
 */

/** The files of one module format of an entry. */
export interface FormatTarget {
  /** Missing only in a broken manifest, which the package check reports. */
  readonly types?: string;
  readonly default?: string;
}

/** One value of the `exports` map. */
export type ExportTarget = string | FormatTarget | { readonly import: FormatTarget; readonly require?: FormatTarget };

/** The ESM files of an entry (its `import` condition, or the entry itself when it has no conditions), or undefined for a plain path. */
export function esmTarget(target: ExportTarget | undefined): FormatTarget | undefined {
  if (target === undefined || typeof target === 'string') return undefined;
  return 'import' in target ? target.import : target;
}

/** The CommonJS files of an entry (its `require` condition), or undefined when it has none (ESM-only). */
export function cjsTarget(target: ExportTarget | undefined): FormatTarget | undefined {
  if (target === undefined || typeof target === 'string' || !('import' in target)) return undefined;
  return target.require;
}

/** Every (condition, files) pair of an entry: `import` and `require`, or the one format of an ESM-only entry. */
export function formatTargets(target: ExportTarget): ReadonlyArray<readonly ['import' | 'require', FormatTarget]> {
  const esm = esmTarget(target);
  const cjs = cjsTarget(target);
  return [...(esm === undefined ? [] : [['import', esm] as const]), ...(cjs === undefined ? [] : [['require', cjs] as const])];
}

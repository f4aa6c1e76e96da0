/**
 * The import graph of the sources, as ESM evaluates it: from an entry's `.ts` file, every runtime import followed
 * (type-only imports skipped), depth-first in source order. The one walker the entry tests read; the bundle-level
 * rules (`scripts/size/absence.ts`) read esbuild's graph of what ships, and `contents.ts` the built files' edges.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Static `import … from '…'` / `export … from '…'` / `import '…'` at the start of a line. */
const IMPORT = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

/** What an entry reaches. */
export interface SourceGraph {
  /** Every source file reached, the entry first (absolute paths). */
  readonly files: ReadonlySet<string>;
  /** The packages imported, in the order ESM first requests them. */
  readonly packages: readonly string[];
}

/**
 * The modules and packages the source file `entry` reaches at run time.
 *
 * @example
 * sourceGraph('/repo/src/di/index.ts').packages; // ['reflect-metadata', 'tsyringe']
 */
export function sourceGraph(entry: string): SourceGraph {
  const files = new Set<string>();
  const packages: string[] = [];
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, typeOnly, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (typeOnly !== undefined || specifier === undefined) continue;
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else if (!packages.includes(specifier)) packages.push(specifier);
    }
  };
  visit(entry);
  return { files, packages };
}

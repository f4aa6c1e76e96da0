/**
 * The build step after `tsc` (called by `scripts/build.mjs`): each built code-table module in {@link COMPACT_MODULES}
 * is loaded, then written anew in the compact form (`compact/module.ts`), before the CommonJS build derives
 * `dist/cjs/` from it. The sources in `mappings/` stay one line per code; only `dist/` holds the compact form.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compactModule, type ImportedModule } from './module.js';

/** The table modules written in the compact form, relative to `dist/`. */
export const COMPACT_MODULES = [
  'mappings/tencent.js',
  'mappings/tencent-web.js',
  'mappings/jmessage.js',
  'mappings/easemob.js',
  'mappings/easemob-web.js',
  'mappings/easemob-native.js',
] as const;

/** The relative specifiers a built module imports (tsc writes one `import … from '…';` per line). */
export function importsOf(source: string): string[] {
  return [...source.matchAll(/^import\s[^;]*?\sfrom\s+'(\.{1,2}\/[^']+)';/gm)].map((match) => match[1]!);
}

const load = async (file: string): Promise<{ readonly [name: string]: unknown }> =>
  (await import(pathToFileURL(file).href)) as { readonly [name: string]: unknown };

/** Rewrites every module of {@link COMPACT_MODULES} under `dist` in the compact form. */
export async function compactDist(dist: string): Promise<void> {
  const written: Array<[file: string, text: string]> = [];
  for (const path of COMPACT_MODULES) {
    const file = join(dist, path);
    const imports: ImportedModule[] = [];
    for (const from of importsOf(readFileSync(file, 'utf8'))) imports.push({ from, exports: await load(resolve(dirname(file), from)) });
    let decoder = relative(dirname(file), join(dist, 'src', 'compact.js')).replace(/\\/g, '/');
    if (!decoder.startsWith('.')) decoder = `./${decoder}`;
    const banner = `// The compact form of ${path.replace(/\.js$/, '.ts')}, written by scripts/compact at build time (decoded by src/compact.ts).`;
    written.push([file, compactModule({ exports: await load(file), imports, decoder, banner })]);
  }
  // Every module is loaded before any is written: identities are those of the original modules throughout.
  for (const [file, text] of written) writeFileSync(file, text);
}

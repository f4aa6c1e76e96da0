/** Where the vendors' seed documents are: `$IM_ERRORS_SEEDS`, else `../shared/seeds` beside the repository. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder up with a package.json named im-errors. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'im-errors') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('im-errors: cannot find the repository root (package.json named im-errors)');
    dir = parent;
  }
}

/** The folder holding the seed documents. */
export const SEEDS_DIR: string = process.env.IM_ERRORS_SEEDS ?? resolve(repoRoot(), '..', 'shared', 'seeds');

/** The text of one seed document. */
export function readSeed(file: string): string {
  return readFileSync(join(SEEDS_DIR, file), 'utf8');
}

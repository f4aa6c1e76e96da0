/** The installed im-errors' version, for `im-errors --version`: read from its own package.json. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The `version` of the nearest package.json named `im-errors` above this file: `dist/src/cli/` once built,
 * `src/cli/` in the sources (tests), so the path to it differs and is searched for.
 *
 * @example
 * packageVersion(); // '0.1.0'
 */
export function packageVersion(from: string = fileURLToPath(import.meta.url)): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (manifest.name === 'im-errors' && typeof manifest.version === 'string') return manifest.version;
    } catch {
      // no package.json here (or not JSON): look further up
    }
    if (dirname(dir) === dir) return 'unknown';
  }
}

/**
 * Reading an installed package's own files (Node only: it reads `node_modules`): where the package is, its source
 * files, and the line an offset falls on. Shared by the readers of the SDK tables, the React Native SDKs' raises and
 * the JMessage plugin's codes.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The installed package's folder.
 *
 * @example
 * packageDir('react-native-chat-sdk'); // …/node_modules/react-native-chat-sdk
 */
export function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

/** The files under `dir` whose names end with `extension` (declaration files `.d<extension>` left out), sorted. */
export function sourceFiles(dir: string, extension: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension) && !entry.name.endsWith(`.d${extension}`))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The 1-based line of `source` that the offset `index` falls on. */
export function lineAt(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}

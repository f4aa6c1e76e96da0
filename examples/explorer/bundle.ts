/**
 * Bundles the explorer page with esbuild: `app/main.ts` and the `im-errors/*` entries it imports — resolved through
 * the package's own `exports` map, so the page runs the built package in `dist/` — into one minified ES module,
 * beside `index.html` and `style.css`.
 */
import { copyFile, mkdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from '../../scripts/seeds/dir.js';

/** The page's static files, copied as they are. */
const STATIC_FILES = ['index.html', 'style.css'] as const;

/** Where `npm run explorer` writes the page (gitignored with the rest of `dist/`). */
export const DEFAULT_OUT_DIR: string = resolve(repoRoot(), 'dist', 'explorer');

/** What was written. */
export interface BundledExplorer {
  /** The folder holding `index.html`, `style.css` and `app.js`. */
  readonly outDir: string;
  /** Each file written, with its size in bytes. */
  readonly files: ReadonlyArray<{ readonly name: string; readonly bytes: number }>;
  /** The modules bundled into `app.js`, relative to the repository root (`dist/src/all.js`, …). */
  readonly inputs: readonly string[];
}

/** Bundles the page into `outDir` (default `dist/explorer/`). Needs `npm run build` first: it bundles `dist/`. */
export async function bundleExplorer(outDir: string = DEFAULT_OUT_DIR): Promise<BundledExplorer> {
  const root = repoRoot();
  const source = join(root, 'examples', 'explorer');
  await mkdir(outDir, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(source, 'app', 'main.ts')],
    outfile: join(outDir, 'app.js'),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    metafile: true,
    logLevel: 'silent',
  });
  await Promise.all(STATIC_FILES.map((name) => copyFile(join(source, name), join(outDir, name))));
  const names = [...STATIC_FILES, 'app.js'];
  const files = await Promise.all(names.map(async (name) => ({ name, bytes: (await stat(join(outDir, name))).size })));
  const inputs = Object.keys(result.metafile.inputs).map((input) => relative(root, resolve(root, input)).split('\\').join('/'));
  return { outDir, files, inputs };
}

/**
 * The CommonJS build, derived from the ESM build in `dist/`: for mini-programs (WeChat "build npm" reads the
 * `miniprogram` folder), Jest's default CommonJS mode, and `require()` on any Node 20.
 *
 * - Every module of the runtime entries (`dist/{src,adapters,mappings}`, less the ESM-only Effect entry and the CLI) is
 *   transformed one by one to CommonJS at ES2015 syntax (`TARGET`), into `dist/cjs/` — the same module graph, so an app
 *   that requires two entries shares one copy of each core module. Its declarations are copied beside it; a
 *   `dist/cjs/package.json` says `"type": "commonjs"`, so Node and TypeScript read both as CommonJS.
 * - `patterns` is the one module with a dependency (ts-pattern, whose `main` mini-program builders cannot resolve): it is
 *   bundled with ts-pattern inlined, so the CommonJS build requires nothing outside itself but the optional peers of
 *   the entries that have them (`di`: tsyringe, reflect-metadata; `otel`: @opentelemetry/api).
 * - One small file per package entry at the top of `dist/cjs/` (`index.js`, `tencent.js`, `messages/en.js`…) re-exports
 *   it, so `require('im-errors/tencent')` resolves inside `miniprogram_npm/im-errors/` where there is no `exports` map.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build, transform } from 'esbuild';

/** The syntax level of the CommonJS build: WeChat's "build npm" parser and its lowest supported base libraries. */
export const TARGET = 'es2015';

/** Entries left out of the CommonJS build: Effect 4 is ESM-only, so `im-errors/effect` is too. */
export const ESM_ONLY_ENTRIES = ['./effect'];

/** Folders of `dist/` the CommonJS build covers, and the parts of them it leaves out. */
const FOLDERS = ['src', 'adapters', 'mappings'];
const LEFT_OUT = [/^src\/effect\//, /^src\/cli\//];

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function write(file, text) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Bundles one module with its package imports inlined and its relative imports kept as `require`s. */
async function bundleDependencies(file) {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    format: 'cjs',
    target: TARGET,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'keep-relative-imports',
        setup(plugin) {
          plugin.onResolve({ filter: /^\.\.?\// }, (args) => (args.importer === file ? { path: args.path, external: true } : undefined));
        },
      },
    ],
  });
  return result.outputFiles[0].text;
}

/** Writes `dist/cjs/` from the ESM build in `dist/`. */
export async function buildCommonJS(root) {
  const dist = join(root, 'dist');
  const out = join(dist, 'cjs');
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const bundled = new Set(['src/patterns.js']);
  for (const file of FOLDERS.flatMap((folder) => files(join(dist, folder)))) {
    const path = relative(dist, file);
    if (LEFT_OUT.some((pattern) => pattern.test(path))) continue;
    if (path.endsWith('.d.ts')) {
      mkdirSync(dirname(join(out, path)), { recursive: true });
      copyFileSync(file, join(out, path));
    } else if (path.endsWith('.js')) {
      const code = bundled.has(path)
        ? await bundleDependencies(file)
        : (await transform(readFileSync(file, 'utf8'), { format: 'cjs', target: TARGET, loader: 'js', sourcefile: path })).code;
      write(join(out, path), code);
    }
  }
  write(join(out, 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
  // One re-exporting file per entry, where `require('im-errors/<entry>')` looks without an `exports` map.
  for (const [key, target] of Object.entries(manifest.exports)) {
    const require = typeof target === 'object' ? target.require : undefined;
    if (require === undefined) continue;
    const name = key === '.' ? 'index' : key.slice(2);
    const module = relative(out, join(root, require.default)).replace(/\\/g, '/');
    const from = dirname(join(out, `${name}.js`));
    const specifier = relative(from, join(out, module)).replace(/\\/g, '/');
    write(join(out, `${name}.js`), `module.exports = require('${specifier.startsWith('.') ? specifier : `./${specifier}`}');\n`);
    const types = relative(from, join(out, module.replace(/\.js$/, '.js'))).replace(/\\/g, '/').replace(/\.js$/, '.js');
    write(join(out, `${name}.d.ts`), `export * from '${types.startsWith('.') ? types : `./${types}`}';\n`);
  }
}

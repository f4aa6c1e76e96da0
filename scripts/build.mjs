#!/usr/bin/env node
/**
 * `npm run build`: compiles `dist/` from an empty folder with `tsc -p tsconfig.build.json` — unless `dist/` already holds
 * the build of exactly these inputs. The inputs (every file under the folders the build compiles, the tsconfigs,
 * package.json and the TypeScript version) are hashed; the hash is written to `dist/.inputs` after a successful build,
 * and a build whose hash matches is skipped. So the many scripts that build before running (`npm start`, examples,
 * checks) and the `dist` test project build once per change, and a stale `dist/` can never be used.
 * After tsc, the code-table modules are rewritten in their compact form (`scripts/compact/`, compiled by that tsc run),
 * and `build-cjs.mjs` derives the CommonJS build (`dist/cjs/`) from the ESM one.
 * Plain JavaScript: it runs before anything is compiled.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCommonJS } from './build-cjs.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const FOLDERS = ['src', 'adapters', 'mappings', 'examples', 'scripts'];
const FILES = ['scripts/build-cjs.mjs', 'package.json', 'tsconfig.base.json', 'tsconfig.build.json', 'node_modules/typescript/package.json'];
const STAMP = join(root, 'dist', '.inputs');

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
}

function inputsHash() {
  const hash = createHash('sha256');
  for (const file of [...FOLDERS.flatMap((folder) => files(join(root, folder))), ...FILES.map((file) => join(root, file))]) {
    hash.update(relative(root, file)).update('\0');
    if (existsSync(file)) hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const hash = inputsHash();
const force = process.argv.includes('--force');
if (!force && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) process.exit(0);
rmSync(join(root, 'dist'), { recursive: true, force: true });
execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
chmodSync(join(root, 'dist', 'src', 'cli', 'main.js'), 0o755);
// The code tables in their compact form (scripts/compact/), before the CommonJS build derives its copy from them.
const { compactDist } = await import(new URL('../dist/scripts/compact/rewrite.js', import.meta.url).href);
await compactDist(join(root, 'dist'));
await buildCommonJS(root);
writeFileSync(STAMP, hash);

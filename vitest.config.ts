import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { DIST_TESTS, ISOLATED_TESTS, REDIS_TESTS, TIMED_TESTS } from './test/support/projects.js';

/**
 * `im-errors/<entry>` as the `source` project reads it: the source file behind each `exports` entry (`dist/x.js` →
 * `x.ts`), so tests that import the package by name (as the examples do) need no build.
 */
function sourceEntries(): Array<{ find: RegExp; replacement: string }> {
  const manifest = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
    exports: Record<string, string | { default?: string; import?: { default: string } }>;
  };
  return Object.entries(manifest.exports).flatMap(([key, target]) => {
    const file = typeof target === 'string' ? target : (target.import?.default ?? target.default);
    if (file === undefined || !file.endsWith('.js')) return [];
    const name = key === '.' ? 'im-errors' : `im-errors/${key.slice(2)}`;
    const source = file.replace(/^\.\/dist\//, './').replace(/\.js$/, '.ts');
    return [{ find: new RegExp(`^${name.replace(/[/-]/g, '\\$&')}$`), replacement: fileURLToPath(new URL(source, import.meta.url)) }];
  });
}

/**
 * Five projects:
 * - `source`: the tests of the sources, run against the sources with no build (`npm run test:source`, the fast loop).
 *   Files share each worker's module cache (`isolate: false`): loading the vendor SDKs and the sources again for every
 *   file was 5/6 of the suite's CPU time. A test that changes global state (fake timers, globals, env) restores it;
 * - `isolated`: the few source tests that need a fresh module realm (`ISOLATED_TESTS`);
 * - `dist`: the tests that check what ships (the bin, the examples as built, the packed tarball, the size budgets, the
 *   explorer in a browser) — they read `dist/`, which this project's global setup builds once per run; files share
 *   each worker's module cache too;
 * - `timed`: the benchmark harness's own tests, which time for real; `npm run test:timed`, run by CI, not by `npm test`;
 * - `redis`: the tests against real Redis servers (`npm run test:redis`, run by CI with a server it starts).
 * `npm test` runs `source` and `dist`. `test/support/projects.test.ts` holds every file that reads `dist/` to `dist`.
 */
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        resolve: { alias: sourceEntries() },
        test: { name: 'source', include: ['test/**/*.test.ts'], exclude: [...DIST_TESTS, ...TIMED_TESTS, ...REDIS_TESTS, ...ISOLATED_TESTS], isolate: false },
      },
      { extends: true, resolve: { alias: sourceEntries() }, test: { name: 'isolated', include: [...ISOLATED_TESTS] } },
      { extends: true, test: { name: 'dist', include: [...DIST_TESTS], globalSetup: ['test/support/build.ts'], isolate: false } },
      { extends: true, test: { name: 'timed', include: [...TIMED_TESTS], testTimeout: 30_000 } },
      // Real time against real servers: each test has its own hard timeout (≤ 2 s for the real-time ones).
      { extends: true, resolve: { alias: sourceEntries() }, test: { name: 'redis', include: [...REDIS_TESTS], testTimeout: 5000, fileParallelism: false } },
    ],
  },
});

/** Which test files belong to which vitest project (see `vitest.config.ts`): globs relative to the repository root. */

/** Tests that read `dist/` (the build the `dist` project's global setup makes): what ships, as it ships. */
export const DIST_TESTS = [
  'test/docs/**/*.test.ts', // the docs' snippets, compiled against the built types
  'test/examples/demo.test.ts',
  'test/examples/di-service.test.ts',
  'test/examples/effect-program.test.ts',
  'test/examples/explorer/bundle.test.ts',
  'test/examples/explorer/main.test.ts',
  'test/examples/explorer/page.test.ts',
  'test/examples/kicked-offline.test.ts',
  'test/examples/toasts.test.ts',
  'test/package/**/*.test.ts', // the tarball, its size, and its consumers (mini-program, Jest, require)
  'test/readme.test.ts',
  'test/scripts/package/**/*.test.ts',
  'test/scripts/size/**/*.test.ts',
  'test/src/cli/main.test.ts',
  'test/src/stack.browser.test.ts', // the built Tencent entry, bundled, in Chromium
] as const;

/**
 * Tests that need a fresh module realm (they check what importing an entry installs, such as `im-errors/di`'s
 * Reflect metadata polyfill): the `isolated` project runs each file in its own; the `source` project shares one
 * module cache per worker across files (isolation costs ~5× the suite's CPU time in module loading).
 */
export const ISOLATED_TESTS = ['test/src/di/index.test.ts'] as const;

/** Tests that time for real (the benchmark harness): not in `npm test`; CI runs them as `npm run test:timed`. */
export const TIMED_TESTS = ['test/scripts/bench/rounds.test.ts', 'test/scripts/bench/overhead.test.ts', 'test/scripts/bench/normalize.test.ts'] as const;

/**
 * Tests against real Redis servers (the shared one from IM_ERRORS_REDIS_URL, and servers they start and kill): the
 * rate limiter's real-time windows, the scripts against their in-memory model, several processes on one Redis, and
 * the fault cases. Not in `npm test`; CI runs them as `npm run test:redis` with a server it starts.
 */
export const REDIS_TESTS = [
  'test/src/redis/fleet-scripts.test.ts',
  'test/src/redis/rate-limiter.test.ts',
  'test/src/redis/multi-process.test.ts',
  'test/src/redis/faults.test.ts',
  'test/examples/server-redis.test.ts', // the server example with REDIS_URL
] as const;

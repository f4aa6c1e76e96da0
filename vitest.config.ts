import { defineConfig } from 'vitest/config';

/**
 * Tests run against the sources, except those that check what ships (the bin, the packed tarball, the size budgets,
 * the explorer in a browser): they read `dist/`, which the global setup builds once per run, so a stale build never
 * decides a result.
 */
export default defineConfig({
  test: {
    globalSetup: ['test/support/build.ts'],
  },
});

/**
 * The packed tarball, as `npm publish` would upload it (from the `dist/` the global setup just built): its contents
 * follow the rules of `scripts/package/contents.ts`, and publint --strict and attw (every resolution; `im-errors/effect` is ESM-only) find nothing.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPackage, formatPackageReport, type PackageReport } from '../../scripts/package/check.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };

describe('the packed tarball', () => {
  let report: PackageReport;
  beforeAll(async () => {
    report = await checkPackage(root);
  }, 120_000);

  it('ships only built code, types and the documents, every module reached from an entry or the bin', () => {
    expect(report.problems, formatPackageReport(report)).toEqual([]);
  });

  it('has code and types for every entry of the exports map', () => {
    // Every entry in both formats but `im-errors/effect`, which is ESM-only (Effect 4 is).
    const entries = Object.keys(manifest.exports)
      .filter((entry) => entry !== './package.json')
      .flatMap((entry) => (entry === './effect' ? [entry] : [entry, `${entry} (require)`]));
    expect(report.entries.map(({ entry }) => entry)).toEqual(entries);
    for (const { types } of report.entries) expect(types).toMatch(/\.d\.ts$/);
  });

  it('is clean under publint --strict and attw in every resolution (effect ESM-only)', () => {
    expect(report.lint).toEqual([]);
  });
});

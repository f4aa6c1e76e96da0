/**
 * `npm run check:package`: packs the built package and checks the tarball (contents, publint --strict, attw with the
 * ESM-only profile). Prints the report, writes it to `test-results/package/report.md`, exits 1 on any problem.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../seeds/dir.js';
import { checkPackage, formatPackageReport, isClean } from './check.js';

const report = await checkPackage(repoRoot());
const text = formatPackageReport(report);
const out = join(repoRoot(), 'test-results', 'package');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'report.md'), `${text}\n`);
process.stdout.write(`${text}\n`);
if (!isClean(report)) process.exitCode = 1;

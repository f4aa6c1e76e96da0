/**
 * `npm run size`: bundles the budgeted consumers and every browser entry against the built package, prints the
 * markdown report, writes it (and the numbers as JSON) to `test-results/size/`, and exits 1 when a bundle is over
 * its budget or breaks an absence rule.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../seeds/dir.js';
import { BUDGETED } from './bundles.js';
import { entryBundles, type Manifest } from './entries.js';
import { measureAll } from './measure.js';
import { sizeReport } from './report.js';

const root = repoRoot();
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
const budgeted = await measureAll(BUDGETED, root);
const entries = await measureAll(entryBundles(manifest), root);
const report = sizeReport(budgeted, entries);

const out = join(root, 'test-results', 'size');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'results.md'), `${report}\n`);
writeFileSync(join(out, 'results.json'), `${JSON.stringify({ budgeted, entries }, null, 2)}\n`);
process.stdout.write(`${report}\n`);

const failed = [...budgeted, ...entries].filter((result) => !result.passed);
if (failed.length > 0) {
  process.stderr.write(`size: ${failed.map((result) => result.name).join(', ')} failed\n`);
  process.exitCode = 1;
}

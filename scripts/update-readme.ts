/**
 * `npm run readme`: rewrites the generated parts of README.md and docs/ — the kinds-and-reasons table, the mappings
 * report and the size report — between their markers (pages: `docs/generated.ts`). A test fails when they drift.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REASONS } from '../src/index.js';
import { repoRoot } from './seeds/dir.js';
import { GENERATED_IN, replaceGenerated, type GeneratedBlock } from './docs/generated.js';
import { BUDGETED } from './size/bundles.js';
import { entryBundles, type Manifest } from './size/entries.js';
import { measureAll } from './size/measure.js';
import { sizeReport } from './size/report.js';

/** The kinds in the order the README explains them (the public listing order, not the rule order). */
const ORDER = ['auth', 'network', 'rate-limit', 'quota', 'group', 'friend', 'media', 'message', 'user', 'permission', 'validation', 'server', 'client', 'unknown'] as const;

/** The markdown table of every kind and its reasons. */
export function reasonsTable(): string {
  const rows = ORDER.map((kind) => `| \`${kind}\` | ${REASONS[kind].map((reason) => `\`${reason}\``).join(', ')} |`);
  return ['| kind | reasons |', '| --- | --- |', ...rows].join('\n');
}

/** Rewrites one generated block on its page. */
function write(name: GeneratedBlock, content: string): void {
  const file = join(repoRoot(), GENERATED_IN[name]);
  writeFileSync(file, replaceGenerated(readFileSync(file, 'utf8'), name, content));
}

const report = execFileSync(process.execPath, [new URL('./mappings-report.js', import.meta.url).pathname], { encoding: 'utf8' }).trimEnd();
write('reasons', reasonsTable());
write('mappings-report', `\`\`\`\n${report}\n\`\`\``);
const manifest = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8')) as Manifest;
write('size', sizeReport(await measureAll(BUDGETED, repoRoot()), await measureAll(entryBundles(manifest), repoRoot())));
console.log('README.md and docs/ updated');

/**
 * `npm run readme`: rewrites the generated parts of README.md — the kinds-and-reasons table, the mappings report and
 * the size report — between their `<!-- name:start -->` / `<!-- name:end -->` markers. A test fails when they drift.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REASONS } from '../src/index.js';
import { repoRoot } from './seeds/dir.js';
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

function replaceBetween(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md: markers for ${name} not found`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

const readmeUrl = new URL('../../README.md', import.meta.url);
const report = execFileSync(process.execPath, [new URL('./mappings-report.js', import.meta.url).pathname], { encoding: 'utf8' }).trimEnd();
let readme = readFileSync(readmeUrl, 'utf8');
readme = replaceBetween(readme, 'reasons', reasonsTable());
readme = replaceBetween(readme, 'mappings-report', `\`\`\`\n${report}\n\`\`\``);
const manifest = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8')) as Manifest;
const size = sizeReport(await measureAll(BUDGETED, repoRoot()), await measureAll(entryBundles(manifest), repoRoot()));
readme = replaceBetween(readme, 'size', size);
writeFileSync(readmeUrl, readme);
console.log('README.md updated');

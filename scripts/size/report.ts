/** The size report as markdown: the budgets table, every entry bundled alone, the consumers, and what broke. */
import { ABSENCE_RULES } from './absence.js';
import type { SizeResult } from './measure.js';

const bytes = (value: number): string => value.toLocaleString('en-US');
const table = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
  [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');

/** A result's status: `ok`, or what is wrong with it. */
export function statusOf(result: SizeResult): string {
  const problems = [
    ...(result.check?.within === false ? ['over budget'] : []),
    ...(result.violations.length > 0 ? [`${result.violations.length} absence violation${result.violations.length === 1 ? '' : 's'}`] : []),
  ];
  return problems.length === 0 ? 'ok' : `**${problems.join(', ')}**`;
}

/** The table of budgeted bundles: bundle, raw min bytes, gzip bytes, budget, headroom, status. */
export function budgetTable(results: readonly SizeResult[]): string {
  return table(
    ['bundle', 'min bytes', 'gzip bytes', 'budget (gzip)', 'headroom', 'status'],
    results.map((result) => [
      result.name,
      bytes(result.minBytes),
      bytes(result.gzipBytes),
      result.budget === undefined ? '—' : bytes(result.budget),
      result.check === undefined ? '—' : `${result.check.headroomPercent.toFixed(1)} %`,
      statusOf(result),
    ]),
  );
}

/** The table of entries bundled alone: bundle, raw min bytes, gzip bytes, status (they have no budget). */
export function entryTable(results: readonly SizeResult[]): string {
  return table(
    ['entry', 'min bytes', 'gzip bytes', 'status'],
    results.map((result) => [result.name, bytes(result.minBytes), bytes(result.gzipBytes), statusOf(result)]),
  );
}

/** What each budgeted bundle's consumer imports, one line each. */
export function consumerList(results: readonly SizeResult[]): string {
  return results.map((result) => `- ${result.name}: \`${result.source.trim().split('\n').join(' ')}\``).join('\n');
}

/** Every absence violation, one line each; empty when there is none. */
export function violationList(results: readonly SizeResult[]): string {
  return results
    .flatMap((result) => result.violations.map(({ rule, detail }) => `- ${result.name}: ${rule}: ${detail}`))
    .join('\n');
}

/** The whole report. */
export function sizeReport(budgeted: readonly SizeResult[], entries: readonly SizeResult[]): string {
  const broken = violationList([...budgeted, ...entries]);
  return [
    '### Budgets (esbuild, minified, ESM, browser; gzip level 9)',
    '',
    budgetTable(budgeted),
    '',
    consumerList(budgeted),
    '',
    '### Every browser entry, bundled alone (`export * from …`): absence rules only',
    '',
    entryTable(entries),
    '',
    '### Absence rules (every bundle)',
    '',
    ABSENCE_RULES.map((rule) => `- ${rule.name}: ${rule.says}`).join('\n'),
    '',
    broken === '' ? 'No absence violation.' : `Absence violations:\n\n${broken}`,
  ].join('\n');
}

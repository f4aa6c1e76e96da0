/** The whole package check over one packed tarball: contents, publint --strict and attw (ESM-only). */
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkContents, type ContentsReport, type Manifest } from './contents.js';
import { runAttw, runPublint, type LintFinding } from './lint.js';
import { pack } from './pack.js';

/** Everything the check found, and the tarball's vital numbers. */
export interface PackageReport extends ContentsReport {
  readonly files: number;
  readonly size: number;
  readonly unpackedSize: number;
  readonly lint: readonly LintFinding[];
}

/** Packs the package at `root` (its current `dist/`), checks the tarball, and removes it. */
export async function checkPackage(root: string): Promise<PackageReport> {
  const packed = pack(root);
  try {
    const manifest = JSON.parse(readFileSync(join(packed.dir, 'package.json'), 'utf8')) as Manifest;
    const contents = checkContents(manifest, packed.files, (file) => readFileSync(join(packed.dir, file), 'utf8'));
    const lint = [...(await runPublint(packed.tarball)), ...runAttw(packed.tarball)];
    return { ...contents, lint, files: packed.files.length, size: packed.size, unpackedSize: packed.unpackedSize };
  } finally {
    rmSync(dirname(packed.tarball), { recursive: true, force: true });
  }
}

/** True when the report has nothing wrong. */
export const isClean = (report: PackageReport): boolean => report.problems.length === 0 && report.lint.length === 0;

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** The report as markdown: the entries table, the tarball's size, then every problem and finding, or "clean". */
export function formatPackageReport(report: PackageReport): string {
  const lines = [
    `Tarball: ${String(report.files)} files, ${kb(report.size)} packed, ${kb(report.unpackedSize)} unpacked.`,
    '',
    '| entry | code | types | files reached (code + types) |',
    '| --- | --- | --- | --- |',
    ...report.entries.map(({ entry, code, types, modules }) => `| \`${entry}\` | \`${code}\` | \`${types}\` | ${String(modules)} |`),
    '',
  ];
  if (isClean(report)) {
    lines.push('Contents, publint --strict and attw (node10, node16 from CJS and ESM, bundler; effect ESM-only): clean.');
  } else {
    lines.push(...report.problems.map(({ rule, file, detail }) => `- contents/${rule}: \`${file}\`: ${detail}`));
    lines.push(...report.lint.map(({ tool, text }) => `- ${tool}: ${text}`));
  }
  return lines.join('\n');
}

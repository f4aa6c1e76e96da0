/** The two outside linters, run on the packed tarball: publint (strict) and Are The Types Wrong (ESM-only profile). */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { formatMessage } from 'publint/utils';
import { publint } from 'publint';

/** One finding of a linter, already worded. */
export interface LintFinding {
  readonly tool: 'publint' | 'attw';
  readonly text: string;
}

/** publint with warnings raised to errors, over the tarball's own files (not the working tree). */
export async function runPublint(tarball: string): Promise<LintFinding[]> {
  const data = readFileSync(tarball);
  const bytes = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
  const { messages, pkg } = await publint({ pack: { tarball: bytes }, strict: true, level: 'suggestion' });
  return messages.map((message) => ({ tool: 'publint', text: `${message.type}: ${formatMessage(message, pkg) ?? message.code}` }));
}

interface AttwProblem {
  kind: string;
  entrypoint?: string;
  resolutionKind?: string;
}

interface AttwJson {
  analysis?: { problems?: AttwProblem[] };
}

/** The resolutions attw's `esm-only` profile leaves out: an ESM-only package offers no CommonJS or node10 entry. */
export const ESM_ONLY_IGNORED: readonly string[] = ['node10', 'node16-cjs'];

/**
 * `attw <tarball> --profile esm-only --format json`. The profile ignores CommonJS and node10 resolution, which an
 * ESM-only package does not offer; every other resolution must find the types and the right module format.
 */
export function runAttw(tarball: string): LintFinding[] {
  const manifest = createRequire(import.meta.url).resolve('@arethetypeswrong/cli/package.json');
  const bin = join(dirname(manifest), (JSON.parse(readFileSync(manifest, 'utf8')) as { bin: { attw: string } }).bin.attw);
  const result = spawnSync(process.execPath, [bin, tarball, '--profile', 'esm-only', '--format', 'json'], { encoding: 'utf8' });
  const text = result.stdout.trim();
  if (text === '') return [{ tool: 'attw', text: `attw printed nothing (exit ${String(result.status)}): ${result.stderr.trim()}` }];
  const json = JSON.parse(text) as AttwJson;
  // The JSON lists every problem, the profile's ignored ones too; the exit code applies the profile. Keep both honest.
  const problems = (json.analysis?.problems ?? []).filter(
    (problem) => problem.resolutionKind === undefined || !ESM_ONLY_IGNORED.includes(problem.resolutionKind),
  );
  const findings: LintFinding[] = problems.map((problem) => ({
    tool: 'attw',
    text: `${problem.kind}${problem.entrypoint === undefined ? '' : ` at ${problem.entrypoint}`}${problem.resolutionKind === undefined ? '' : ` (${problem.resolutionKind})`}`,
  }));
  if (result.status !== 0 && findings.length === 0) findings.push({ tool: 'attw', text: `attw exited ${String(result.status)}` });
  return findings;
}

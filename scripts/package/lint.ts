/** The two outside linters, run on the packed tarball: publint (strict) and Are The Types Wrong (every resolution). */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/**
 * The one finding attw may report: `im-errors/effect` is ESM-only (Effect 4 is), so from CommonJS it resolves to ESM,
 * reachable by `import()` (and by `require()` on Node ≥ 20.19). Every other entry ships both formats.
 */
export const EXPECTED_ATTW: readonly { readonly kind: string; readonly entrypoint: string; readonly resolutionKind: string }[] = [
  { kind: 'CJSResolvesToESM', entrypoint: './effect', resolutionKind: 'node16-cjs' },
];

/**
 * `attw <tarball> --format json`, every resolution (node10 for `moduleResolution: node10` consumers, node16 from
 * CommonJS and from ESM, bundler): each must find the types and the right module format, but for {@link EXPECTED_ATTW}.
 */
export function runAttw(tarball: string): LintFinding[] {
  const manifest = createRequire(import.meta.url).resolve('@arethetypeswrong/cli/package.json');
  const bin = join(dirname(manifest), (JSON.parse(readFileSync(manifest, 'utf8')) as { bin: { attw: string } }).bin.attw);
  // attw exits before a piped stdout drains (its JSON is cut at 64 KB-ish boundaries): write it to a file instead.
  const out = join(mkdtempSync(join(tmpdir(), 'im-errors-attw-')), 'attw.json');
  const fd = openSync(out, 'w');
  const result = spawnSync(process.execPath, [bin, tarball, '--format', 'json'], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
  closeSync(fd);
  const text = readFileSync(out, 'utf8').trim();
  if (text === '') return [{ tool: 'attw', text: `attw printed nothing (exit ${String(result.status)}): ${result.stderr.trim()}` }];
  const json = JSON.parse(text) as AttwJson;
  const problems = (json.analysis?.problems ?? []).filter(
    (problem) =>
      !EXPECTED_ATTW.some((expected) => expected.kind === problem.kind && expected.entrypoint === problem.entrypoint && expected.resolutionKind === problem.resolutionKind),
  );
  const findings: LintFinding[] = problems.map((problem) => ({
    tool: 'attw',
    text: `${problem.kind}${problem.entrypoint === undefined ? '' : ` at ${problem.entrypoint}`}${problem.resolutionKind === undefined ? '' : ` (${problem.resolutionKind})`}`,
  }));
  // attw exits 1 on any problem, the expected one included: the filtered list decides.
  if (result.status !== 0 && result.status !== 1) findings.push({ tool: 'attw', text: `attw exited ${String(result.status)}` });
  return findings;
}

/**
 * `npm run api`: the public API, locked and documented. For every entry of `package.json` `exports`, API Extractor
 * (which bundles its own TypeScript, so it runs beside this project's TypeScript 7) reads the built declaration file
 * and writes the entry's API report to `docs/api-report/<entry>.api.md` (checked in) and its doc model; api-documenter then turns
 * the doc models into the reference under `docs/api/`.
 *
 * `npm run api -- --check` (CI) writes nothing checked in: it fails when an entry's public API differs from its
 * committed report, or when `docs/api/` is not what the doc comments give. API Extractor reads one entry point per
 * run, so it runs once per entry.
 *
 * @example
 * npm run api            # after changing a public export: update docs/api-report/*.api.md and docs/api/, then commit them
 * npm run api -- --check # CI: fail if either is stale
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Extractor, ExtractorConfig, ExtractorLogLevel, type IConfigFile, type IExtractorMessagesConfig } from '@microsoft/api-extractor';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const check = process.argv.includes('--check');
const temp = join(root, 'dist', '.api'); // scratch: doc models and reports being compared
const reports = join(root, 'docs', 'api-report');
const reference = join(root, 'docs', 'api');

interface Manifest {
  readonly name: string;
  readonly exports: Record<string, string | { readonly types?: string; readonly import?: { readonly types?: string } }>;
}

/** Each entry with a declaration file: `.` → `im-errors`, `./messages/en` → `messages-en`. */
export function entriesOf(manifest: Manifest): Array<{ readonly name: string; readonly subpath: string; readonly types: string }> {
  return Object.entries(manifest.exports).flatMap(([subpath, target]) => {
    const types = typeof target === 'string' ? undefined : (target.import?.types ?? target.types);
    if (types === undefined) return [];
    const name = subpath === '.' ? manifest.name : subpath.slice(2).replaceAll('/', '-');
    return [{ name, subpath, types }];
  });
}

/** The messages API Extractor reports that this project does not use: release tags (one public surface). */
const MESSAGES: IExtractorMessagesConfig = {
  extractorMessageReporting: {
    default: { logLevel: ExtractorLogLevel.Warning },
    'ae-missing-release-tag': { logLevel: ExtractorLogLevel.None },
  },
  tsdocMessageReporting: { default: { logLevel: ExtractorLogLevel.None } },
  compilerMessageReporting: { default: { logLevel: ExtractorLogLevel.Warning } },
};

function extract(entry: { readonly name: string; readonly types: string }): { readonly changed: boolean; readonly errors: number } {
  const configObject: IConfigFile = {
    projectFolder: root,
    mainEntryPointFilePath: join(root, entry.types),
    compiler: {
      overrideTsconfig: {
        compilerOptions: { target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', strict: true, skipLibCheck: true, lib: ['es2022', 'dom'], types: [] },
        include: [join(root, entry.types)],
      },
    },
    apiReport: {
      enabled: true,
      reportFolder: reports,
      reportTempFolder: join(temp, 'reports'),
      reportFileName: `${entry.name}.api.md`,
    },
    docModel: { enabled: true, apiJsonFilePath: join(temp, 'model', `${entry.name}.api.json`) },
    dtsRollup: { enabled: false },
    tsdocMetadata: { enabled: false },
    messages: MESSAGES,
  };
  const config = ExtractorConfig.prepare({ configObject, configObjectFullPath: join(root, 'api-extractor.json'), packageJsonFullPath: join(root, 'package.json') });
  const result = Extractor.invoke(config, { localBuild: !check, showVerboseMessages: false, messageCallback: (message) => {
    if (message.logLevel === ExtractorLogLevel.Warning) message.handled = true; // counted below, not printed one by one
  } });
  return { changed: result.apiReportChanged, errors: result.errorCount };
}

/** The package name an entry's doc model gets: `im-errors-tencent` (api-documenter wants a valid npm name). */
const modelName = (manifest: Manifest, entry: { readonly subpath: string }): string =>
  entry.subpath === '.' ? manifest.name : `${manifest.name}-${entry.subpath.slice(2).replaceAll('/', '-')}`;

/**
 * Gives each entry's doc model its own package name, so api-documenter writes one page tree per entry instead of
 * overwriting `im-errors.md` with each; `titleEntries` turns those names back into import paths in the text.
 */
function renameModels(entries: ReturnType<typeof entriesOf>, manifest: Manifest): void {
  for (const entry of entries) {
    const file = join(temp, 'model', `${entry.name}.api.json`);
    const text = readFileSync(file, 'utf8');
    const name = modelName(manifest, entry);
    // Every canonical reference in the model starts with the package name: `im-errors!normalize:var`.
    writeFileSync(file, text.replaceAll(`"${manifest.name}!`, `"${name}!`).replace(`"name": "${manifest.name}"`, `"name": "${name}"`));
  }
}

/** In the written pages, `im-errors-tencent package` and link texts read `im-errors/tencent` (file names stay). */
function titleEntries(folder: string, entries: ReturnType<typeof entriesOf>, manifest: Manifest): void {
  const names = entries.filter((e) => e.subpath !== '.').map((e) => [modelName(manifest, e), `${manifest.name}/${e.subpath.slice(2)}`] as const);
  names.sort((a, b) => b[0].length - a[0].length); // im-errors-messages-en before im-errors-messages
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.md'))) {
    let text = readFileSync(join(folder, file), 'utf8');
    for (const [model, path] of names) {
      // Not inside a link target (`](./im-errors-tencent.md)`) or a file name.
      text = text.replace(new RegExp(`(?<![\\w./-])${model.replaceAll('-', '\\-')}(?![\\w-]|\\.[\\w.]*md)`, 'g'), path);
    }
    writeFileSync(join(folder, file), text);
  }
}

function listing(folder: string): Map<string, string> {
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
  return new Map(files.map((f) => [f, readFileSync(join(folder, f), 'utf8')]));
}

function main(): void {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
  const entries = entriesOf(manifest);
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(reports, { recursive: true });
  const stale: string[] = [];
  for (const entry of entries) {
    const { changed, errors } = extract(entry);
    if (errors > 0) throw new Error(`api: ${entry.name}: API Extractor reported ${errors} errors`);
    if (changed && check) stale.push(`docs/api-report/${entry.name}.api.md`);
  }
  renameModels(entries, manifest);
  const out = check ? join(temp, 'docs') : reference;
  rmSync(out, { recursive: true, force: true });
  const documenter = join(root, 'node_modules', '@microsoft', 'api-documenter', 'bin', 'api-documenter');
  execFileSync(process.execPath, [documenter, 'markdown', '--input-folder', join(temp, 'model'), '--output-folder', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  titleEntries(out, entries, manifest);
  if (check) {
    const [want, have] = [listing(out), listing(reference)];
    for (const [file, text] of want) if (have.get(file) !== text) stale.push(`docs/api/${file}`);
    for (const file of have.keys()) if (!want.has(file)) stale.push(`docs/api/${file} (no longer generated)`);
  }
  if (stale.length > 0) {
    console.error(`api: the public API changed; run \`npm run api\` and commit:\n  ${stale.slice(0, 20).join('\n  ')}${stale.length > 20 ? `\n  (+${stale.length - 20} more)` : ''}`);
    process.exitCode = 1;
    return;
  }
  console.log(`api: ${entries.length} entries ${check ? 'match their reports and docs/api/' : 'reported in docs/api-report/ and documented in docs/api/'}`);
}

main();

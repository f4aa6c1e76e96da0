/**
 * What a tarball must and must not hold: checked over its file list and file texts, so it is pure and testable on a
 * planted tree. The rules: nothing but built code, types and the package's documents ships (no tests, sources, source
 * maps, scripts or examples); every entry's code and types are there; the bin is there and runnable; no shipped import
 * dangles; and every shipped module is reached from some entry or the bin, so nothing rides along unused.
 */
import { formatTargets, type ExportTarget } from './exports.js';
import { declarationOf, relativeImports, resolveRelative } from './imports.js';

/** The fields of package.json the checks read. */
export interface Manifest {
  readonly exports?: Record<string, ExportTarget>;
  readonly bin?: Record<string, string>;
  /** The CommonJS entry for tools that read no `exports` map, and its types. */
  readonly main?: string;
  readonly types?: string;
  /** The folder WeChat's "build npm" copies: it holds one file per entry (`tencent.js` for `im-errors/tencent`). */
  readonly miniprogram?: string;
}

/** One thing wrong with the tarball. */
export interface ContentProblem {
  readonly rule: 'forbidden' | 'required' | 'entry' | 'bin' | 'dangling' | 'unreachable';
  readonly file: string;
  readonly detail: string;
}

/** An `exports` entry as shipped: its code, its types, and how many shipped files (code and declarations) it reaches. */
export interface EntryReport {
  readonly entry: string;
  readonly code: string;
  readonly types: string;
  readonly modules: number;
}

/** The result of checking a tarball's contents. */
export interface ContentsReport {
  readonly problems: readonly ContentProblem[];
  readonly entries: readonly EntryReport[];
}

/** Files that must never ship, each with the reason it is wrong. */
export const FORBIDDEN: readonly { readonly pattern: RegExp; readonly why: string }[] = [
  { pattern: /(^|\/)(test|tests|__tests__)\//, why: 'a test folder' },
  { pattern: /\.(test|spec)\.[cm]?[jt]s$/, why: 'a test file' },
  { pattern: /(?<!\.d)\.[cm]?ts$/, why: 'TypeScript source (only .js and .d.ts ship)' },
  { pattern: /\.map$/, why: 'a source map (the sources it points at do not ship)' },
  { pattern: /^dist\/(examples|scripts|explorer)\//, why: 'examples, scripts or the explorer build' },
  { pattern: /^(src|adapters|mappings|examples|scripts|docs|\.ci)\//, why: 'a repository folder outside dist/' },
  { pattern: /(^|\/)(node_modules|test-results|coverage)\//, why: 'local artefacts' },
  { pattern: /\.tsbuildinfo$|^tsconfig[^/]*\.json$|^vitest\.config\./, why: 'build configuration' },
];

/** Files every release carries. */
export const REQUIRED: readonly string[] = ['package.json', 'README.md', 'LICENSE'];

const strip = (target: string): string => target.replace(/^\.\//, '');

/** Every module reached from `starts` through relative imports, and the imports that reach no shipped file. */
function walk(
  starts: readonly string[],
  shipped: ReadonlySet<string>,
  read: (file: string) => string,
): { reached: Set<string>; dangling: ContentProblem[] } {
  const reached = new Set<string>();
  const dangling: ContentProblem[] = [];
  const queue = starts.filter((file) => shipped.has(file));
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (reached.has(file)) continue;
    reached.add(file);
    // A module's declarations go with its code: type-only imports live in the .d.ts, not the .js.
    if (file.endsWith('.js') && shipped.has(declarationOf(file))) queue.push(declarationOf(file));
    for (const specifier of relativeImports(read(file))) {
      // A .d.ts imports './x.js' for the declarations in './x.d.ts'.
      const resolved = resolveRelative(file, specifier);
      const target = file.endsWith('.d.ts') ? declarationOf(resolved) : resolved;
      if (shipped.has(target)) queue.push(target);
      else dangling.push({ rule: 'dangling', file, detail: `imports ${specifier}, which is not in the tarball` });
    }
  }
  return { reached, dangling };
}

/** Checks a tarball's `files` (paths relative to the package root) against the rules above. */
export function checkContents(manifest: Manifest, files: readonly string[], read: (file: string) => string): ContentsReport {
  const shipped = new Set(files);
  const problems: ContentProblem[] = [];

  for (const file of files) {
    const rule = FORBIDDEN.find(({ pattern }) => pattern.test(file));
    if (rule !== undefined) problems.push({ rule: 'forbidden', file, detail: rule.why });
  }
  for (const file of REQUIRED) {
    if (!shipped.has(file)) problems.push({ rule: 'required', file, detail: 'missing from the tarball' });
  }

  const entries: EntryReport[] = [];
  const starts: string[] = [];
  for (const [entry, target] of Object.entries(manifest.exports ?? {})) {
    if (typeof target === 'string') {
      if (!shipped.has(strip(target))) problems.push({ rule: 'entry', file: strip(target), detail: `${entry} points at a missing file` });
      continue;
    }
    for (const [condition, files] of formatTargets(target)) {
      const name = condition === 'import' ? entry : `${entry} (require)`;
      const code = strip(files.default ?? '');
      const types = strip(files.types ?? '');
      if (!shipped.has(code)) problems.push({ rule: 'entry', file: code || entry, detail: `${name} has no shipped code` });
      if (!types.endsWith('.d.ts') || !shipped.has(types)) {
        problems.push({ rule: 'entry', file: types || entry, detail: `${name} has no shipped types` });
      }
      starts.push(code, types);
      entries.push({ entry: name, code, types, modules: walk([code], shipped, read).reached.size });
    }
  }
  for (const [field, target] of [['main', manifest.main], ['types', manifest.types]] as const) {
    if (target === undefined) continue;
    if (!shipped.has(strip(target))) problems.push({ rule: 'entry', file: strip(target), detail: `${field} points at a missing file` });
    starts.push(strip(target));
  }
  if (manifest.miniprogram !== undefined) {
    // Without an exports map, `require('im-errors/<entry>')` in miniprogram_npm finds `<folder>/<entry>.js`.
    for (const [entry, target] of Object.entries(manifest.exports ?? {})) {
      if (formatTargets(target).every(([condition]) => condition !== 'require')) continue;
      const name = `${strip(manifest.miniprogram).replace(/\/$/, '')}/${entry === '.' ? 'index' : entry.slice(2)}`;
      for (const file of [`${name}.js`, `${name}.d.ts`]) {
        if (!shipped.has(file)) problems.push({ rule: 'entry', file, detail: `the miniprogram folder has no ${entry}` });
        starts.push(file);
      }
    }
  }
  for (const [name, target] of Object.entries(manifest.bin ?? {})) {
    const file = strip(target);
    if (!shipped.has(file)) problems.push({ rule: 'bin', file, detail: `bin ${name} is not in the tarball` });
    else if (!read(file).startsWith('#!/usr/bin/env node')) problems.push({ rule: 'bin', file, detail: `bin ${name} has no node shebang` });
    starts.push(file);
  }

  const { reached, dangling } = walk(starts, shipped, read);
  problems.push(...dangling);
  // A module is one .js and its .d.ts: reaching the .d.ts of a types-only module accounts for its empty .js.
  for (const file of files) {
    if (!file.endsWith('.js') && !file.endsWith('.d.ts')) continue;
    const module = file.replace(/\.d\.ts$|\.js$/, '');
    if (!reached.has(`${module}.js`) && !reached.has(`${module}.d.ts`)) {
      problems.push({ rule: 'unreachable', file, detail: 'no entry or bin reaches it' });
    }
  }
  return { problems, entries };
}

import { describe, expect, it } from 'vitest';
import { checkContents, type Manifest } from '../../../scripts/package/contents.js';

/** A small well-formed package: two entries, a bin, a types-only module, the documents. */
const TREE: Record<string, string> = {
  'package.json': '{}',
  'README.md': '# x',
  LICENSE: 'MIT',
  'dist/src/index.js': "export { run } from './run.js';",
  'dist/src/index.d.ts': "export { run } from './run.js';",
  'dist/src/run.js': 'export const run = () => 1;',
  'dist/src/run.d.ts': "import type { Options } from './options.js';\nexport declare const run: (o?: Options) => number;",
  'dist/src/options.js': 'export {};',
  'dist/src/options.d.ts': 'export interface Options {}',
  'dist/adapters/v/index.js': "import { run } from '../../src/run.js';\nexport const v = run;",
  'dist/adapters/v/index.d.ts': 'export declare const v: () => number;',
  'dist/src/cli/main.js': "#!/usr/bin/env node\nimport './args.js';",
  'dist/src/cli/args.js': 'export {};',
};

const MANIFEST: Manifest = {
  exports: {
    '.': { types: './dist/src/index.d.ts', default: './dist/src/index.js' },
    './v': { types: './dist/adapters/v/index.d.ts', default: './dist/adapters/v/index.js' },
    './package.json': './package.json',
  },
  bin: { x: './dist/src/cli/main.js' },
};

function check(tree: Record<string, string> = TREE, manifest: Manifest = MANIFEST) {
  return checkContents(manifest, Object.keys(tree).sort(), (file) => {
    const text = tree[file];
    if (text === undefined) throw new Error(`read of unshipped ${file}`);
    return text;
  });
}

const rulesOf = (tree: Record<string, string>, manifest?: Manifest) =>
  check(tree, manifest).problems.map(({ rule, file }) => `${rule} ${file}`);

describe('checkContents', () => {
  it('passes a well-formed tarball and counts what each entry reaches', () => {
    const report = check();
    expect(report.problems).toEqual([]);
    expect(report.entries.map(({ entry, modules }) => [entry, modules])).toEqual([
      ['.', 5], // index and run (.js + .d.ts), and options.d.ts (types-only: its empty .js is never imported)
      ['./v', 5],
    ]);
  });

  it.each([
    ['test/x.test.js', 'forbidden'],
    ['dist/src/run.test.js', 'forbidden'],
    ['dist/src/run.ts', 'forbidden'],
    ['dist/src/run.js.map', 'forbidden'],
    ['src/index.ts', 'forbidden'],
    ['dist/examples/demo/main.js', 'forbidden'],
    ['dist/scripts/bench/main.js', 'forbidden'],
    ['tsconfig.json', 'forbidden'],
  ])('flags %s as %s', (file, rule) => {
    expect(rulesOf({ ...TREE, [file]: 'export {};' })).toContain(`${rule} ${file}`);
  });

  it('does not take a declaration file for TypeScript source', () => {
    expect(rulesOf(TREE).filter((line) => line.startsWith('forbidden'))).toEqual([]);
  });

  it('requires the documents', () => {
    const { LICENSE: _license, ...tree } = TREE;
    expect(rulesOf(tree)).toEqual(['required LICENSE']);
  });

  it('requires code and types for every entry', () => {
    const { 'dist/adapters/v/index.d.ts': _types, ...tree } = TREE;
    expect(rulesOf(tree)).toContain('entry dist/adapters/v/index.d.ts');
    const manifest: Manifest = { ...MANIFEST, exports: { ...MANIFEST.exports, './w': { default: './dist/w.js' } } };
    expect(rulesOf(TREE, manifest)).toEqual(['entry dist/w.js', 'entry ./w']);
  });

  it('requires the bin and its shebang', () => {
    expect(rulesOf({ ...TREE, 'dist/src/cli/main.js': "import './args.js';" })).toEqual(['bin dist/src/cli/main.js']);
  });

  it('flags an import that reaches no shipped file', () => {
    const { 'dist/src/run.js': _run, 'dist/src/run.d.ts': _types, ...tree } = TREE;
    expect(rulesOf(tree)).toContain('dangling dist/src/index.js');
    expect(rulesOf(tree)).toContain('dangling dist/src/index.d.ts');
  });

  it('flags a shipped module no entry reaches', () => {
    const tree = { ...TREE, 'dist/src/leftover.js': 'export const old = 1;', 'dist/src/leftover.d.ts': 'export {};' };
    expect(rulesOf(tree)).toEqual(['unreachable dist/src/leftover.d.ts', 'unreachable dist/src/leftover.js']);
  });
});

/** Bundling a consumer for real (esbuild, against dist/ built by the global setup): what is measured and recorded. */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { bundle } from '../../../scripts/size/bundle.js';
import { repoRoot } from '../../../scripts/seeds/dir.js';

const root = repoRoot();

describe('bundle', () => {
  it("resolves im-errors/* through the package's exports map to dist/, and ships only what is used", async () => {
    const { inputs, minBytes, gzipBytes } = await bundle("import { normalize } from 'im-errors/tencent';\nexport const n = (raw) => normalize(raw);\n", root);
    const files = Object.keys(inputs);
    expect(files).toEqual(expect.arrayContaining(['dist/adapters/tencent/index.js', 'dist/mappings/tencent.js', 'dist/src/normalizer.js']));
    expect(files.filter((file) => !file.startsWith('dist/'))).toEqual([]);
    // read by the bundler, shaken out: the lean normalize needs neither the method nor the event table
    expect(files).not.toContain('dist/mappings/tencent-methods.js');
    expect(files).not.toContain('dist/mappings/tencent-events.js');
    expect(Object.values(inputs).every((bytes) => bytes > 0)).toBe(true);
    expect(Object.values(inputs).reduce((sum, bytes) => sum + bytes, 0)).toBeLessThanOrEqual(minBytes);
    expect(gzipBytes).toBeGreaterThan(0);
    expect(gzipBytes).toBeLessThan(minBytes);
  });

  it('records imports of Node built-ins, with or without node:, and still builds', async () => {
    const { builtinImports } = await bundle("import { readFileSync } from 'node:fs';\nimport path from 'path';\nexport const f = [readFileSync, path];\n", root);
    expect(builtinImports).toEqual([
      { module: 'node:fs', importer: '<stdin>' },
      { module: 'path', importer: '<stdin>' },
    ]);
  });

  it('finds free references to process and Buffer, guarded or not', async () => {
    expect((await bundle('export const env = process.env.NODE_ENV;\n', root)).nodeGlobals).toEqual(['process']);
    expect((await bundle("export const b = () => Buffer.from('x');\n", root)).nodeGlobals).toEqual(['Buffer']);
    expect((await bundle("export const p = typeof process === 'undefined' ? 0 : 1;\n", root)).nodeGlobals).toEqual(['process']);
  });

  it('does not take words, strings, properties or local bindings for the globals', async () => {
    const source = [
      "export const processing = 'process Buffer';",
      'export const read = (options) => options.process ?? options.Buffer;',
      'export function local(process, Buffer) { return [process, Buffer]; }',
      'const Buffered = 1; export { Buffered };',
    ].join('\n');
    expect((await bundle(source, root)).nodeGlobals).toEqual([]);
  });

  it.prop([fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,12}$/)], { numRuns: 25 })(
    'finds no Node global in code that names none, whatever it calls its own variables',
    async (name) => {
      fc.pre(!['process', 'Buffer'].includes(name) && !RESERVED.has(name));
      const source = `const ${name} = { process: 'process' };\nexport const read = () => ${name}.process + 'Buffer';\n`;
      expect((await bundle(source, root)).nodeGlobals).toEqual([]);
    },
  );
});

/** Words that cannot name a variable. */
const RESERVED = new Set(
  'await break case catch class const continue debugger default delete do else enum export extends false finally for function if implements import in instanceof interface let new null package private protected public return static super switch this throw true try typeof var void while with yield arguments eval undefined NaN Infinity'.split(' '),
);

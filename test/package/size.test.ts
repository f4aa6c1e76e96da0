/**
 * The size budgets, for real: every budgeted consumer bundled against dist/ (built by the vitest global setup) stays
 * within its gzipped budget, and no bundle — budgeted or a browser entry bundled alone — breaks an absence rule. So
 * `npm test` fails on a size regression, as `npm run size` does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETED } from '../../scripts/size/bundles.js';
import { entryBundles, type Manifest } from '../../scripts/size/entries.js';
import { bundle } from '../../scripts/size/bundle.js';
import { measure } from '../../scripts/size/measure.js';
import { repoRoot } from '../../scripts/seeds/dir.js';

const root = repoRoot();
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;

describe('size budgets (gzip level 9 of esbuild --minify, browser ESM)', () => {
  it.each(BUDGETED)('$name: within $budget bytes, no absence violation', async (spec) => {
    const result = await measure(spec, root);
    expect(result.violations).toEqual([]);
    expect(result.gzipBytes, `${spec.name}: ${result.gzipBytes} gzipped bytes; biggest inputs ${JSON.stringify(result.inputs)}`).toBeLessThanOrEqual(
      spec.budget ?? 0,
    );
  });

  it('budgets the five bundles the issue names, each once', () => {
    const sources = BUDGETED.map(({ source }) => source);
    expect(new Set(BUDGETED.map(({ name }) => name)).size).toBe(BUDGETED.length);
    expect(BUDGETED.every(({ budget }) => budget !== undefined && budget > 0)).toBe(true);
    expect(sources.filter((source) => /from 'im-errors\/tencent'/.test(source) && !/im-errors\/(effect|di)'|withRetry/.test(source))).toHaveLength(2);
    expect(sources.filter((source) => /withRetry } from 'im-errors'/.test(source))).toHaveLength(1);
    expect(sources.filter((source) => /from 'im-errors\/messages\/en'/.test(source))).toHaveLength(1);
    expect(sources.filter((source) => /from 'im-errors\/effect'/.test(source) && /from 'im-errors\/tencent'/.test(source))).toHaveLength(1);
    expect(sources.filter((source) => /from 'im-errors\/di'/.test(source) && /from 'im-errors\/tencent'/.test(source))).toHaveLength(1);
  });
});

describe('every browser entry, bundled alone', () => {
  it.each(entryBundles(manifest))('$name breaks no absence rule', async (spec) => {
    expect((await measure(spec, root)).violations).toEqual([]);
  });
});

describe('what the work on size bought', () => {
  const vendors = ['jmessage', 'tencent', 'easemob', 'agora'];
  const filesOf = async (source: string): Promise<string[]> => Object.keys((await bundle(source, root)).inputs);

  it.each(vendors)("normalize from im-errors/%s ships none of the adapter object's method and event tables", async (vendor) => {
    const files = await filesOf(`import { normalize } from 'im-errors/${vendor}';\nexport const n = (raw) => normalize(raw);\n`);
    expect(files).toContain(`dist/adapters/${vendor}/index.js`);
    expect(files.filter((file) => /methods\.js$|-events\.js$|subscribe\.js$|src\/events\.js$/.test(file))).toEqual([]);
  });

  it.each(vendors)('im-errors/%s ships no ts-pattern (the parsers read the snapshot directly)', async (vendor) => {
    expect((await filesOf(`export * from 'im-errors/${vendor}';\n`)).filter((file) => file.includes('node_modules/ts-pattern/'))).toEqual([]);
  });

  it.each([...vendors, 'tencent/web', 'easemob/web'])('normalize from im-errors/%s ships no multi-vendor detection and no platform check', async (vendor) => {
    const source = `import { normalize } from 'im-errors/${vendor}';\nexport const n = (raw) => normalize(raw);\n`;
    // the platform check's own words (createNormalizer in src/normalizer.ts): there when the multi-vendor path is bundled
    expect((await bundle("export { normalize } from 'im-errors/all';\n", root)).code).toContain('is no platform of');
    expect((await bundle(source, root)).code).not.toContain('is no platform of');
  });

  it('normalize from im-errors/tencent/web ships the server and web tables, not the native SDKs\' codes', async () => {
    const table = readFileSync(join(root, 'dist', 'mappings', 'tencent.js'), 'utf8');
    const encoded = (name: string): string => new RegExp(`export const ${name} = /\\* @__PURE__ \\*/ decodeCodes\\(E, ("[^"]*")\\)`).exec(table)?.[1] ?? 'missing';
    const { code } = await bundle("import { normalize } from 'im-errors/tencent/web';\nexport const n = (raw) => normalize(raw);\n", root);
    expect(code).toContain(encoded('tencentServerCodes'));
    expect(code).toContain(encoded('tencentWebCodes'));
    expect(code).not.toContain(encoded('tencentNativeCodes'));
    const full = await bundle("import { normalize } from 'im-errors/tencent';\nexport const n = (raw) => normalize(raw);\n", root);
    expect(full.code).not.toContain(encoded('tencentServerCodes'));
  });

  it("the English messages ship without the template parser and the normalizer's read-once reader", async () => {
    const { code, inputs } = await bundle(BUDGETED.find(({ name }) => name === 'messages/en')!.source, root);
    // the parser's own words (parse in src/messages/template.ts, which the catalog checker uses): there when the checker is bundled
    expect((await bundle("export { catalogProblems } from 'im-errors/messages/en';\n", root)).code).toContain('bad placeholder at');
    expect(code).not.toContain('bad placeholder at');
    expect(Object.keys(inputs)).not.toContain('dist/src/safe.js');
  });

  it('the English messages ship without the catalog checker', async () => {
    const { code } = await bundle(BUDGETED.find(({ name }) => name === 'messages/en')!.source, root);
    expect(code).toContain("You're sending messages too quickly");
    // the checker's own words (src/messages/catalog.ts): there when the checker is bundled
    expect((await bundle("export { defineCatalog } from 'im-errors/messages/en';\n", root)).code).toContain('empty without context');
    expect(code).not.toContain('empty without context');
  });
});

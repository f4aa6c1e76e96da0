/**
 * The absence rules: each one catches a planted violation in a real bundle, and lets through what its allowance
 * allows; the vendor rule, over every mix of vendor files, flags exactly the files of vendors not allowed.
 */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { ABSENCE_RULES, violations } from '../../../scripts/size/absence.js';
import { CORE_ONLY, VENDOR_CODE, vendorOnly, withUsedVendors, type Allowance, type VendorName } from '../../../scripts/size/allowances.js';
import { bundle, type Bundled } from '../../../scripts/size/bundle.js';
import { repoRoot } from '../../../scripts/seeds/dir.js';
import { VENDORS } from '../../../src/taxonomy.js';

const root = repoRoot();

/** The rules a real bundle of `source` breaks under `allows`, by name. */
async function broken(source: string, allows: Allowance): Promise<string[]> {
  return [...new Set(violations(await bundle(source, root), allows).map(({ rule }) => rule))];
}

describe('each rule catches a planted violation', () => {
  it('other-vendors: a Tencent consumer that also imports im-errors/easemob', async () => {
    const source = "import { tencent } from 'im-errors/tencent';\nimport { easemob } from 'im-errors/easemob';\nexport const both = [tencent, easemob];\n";
    const found = violations(await bundle(source, root), vendorOnly('tencent'));
    expect(found.filter(({ rule }) => rule === 'other-vendors').map(({ detail }) => detail)).toEqual(
      expect.arrayContaining(['dist/mappings/easemob.js (easemob)', 'dist/adapters/easemob/parse.js (easemob)']),
    );
    expect(await broken(source, { ...CORE_ONLY, vendors: ['tencent', 'easemob'] })).toEqual([]);
  });

  it('other-vendors: Agora may hold Easemob’s code, Easemob may not hold Agora’s', async () => {
    expect(await broken("export * from 'im-errors/agora';\n", vendorOnly('agora'))).toEqual([]);
    expect(await broken("export * from 'im-errors/agora';\n", vendorOnly('easemob'))).toEqual(['other-vendors']);
  });

  it('optional-peers: Effect code in a core bundle', async () => {
    const source = "import * as Effect from 'effect/Effect';\nexport const unit = Effect.succeed(1);\n";
    expect(await broken(source, CORE_ONLY)).toEqual(['optional-peers']);
    expect(await broken(source, { ...CORE_ONLY, peers: ['effect'] })).toEqual([]);
  });

  it('optional-peers: tsyringe and reflect-metadata outside im-errors/di', async () => {
    const source = "export * from 'im-errors/di';\n";
    const found = violations(await bundle(source, root), CORE_ONLY).filter(({ rule }) => rule === 'optional-peers');
    expect(found.some(({ detail }) => detail.includes('node_modules/reflect-metadata/'))).toBe(true);
    expect(found.some(({ detail }) => detail.includes('/tsyringe/'))).toBe(true);
  });

  it('descriptions: a consumer that reaches the seed-derived descriptions', async () => {
    const source = "import { tencentDescriptions } from './dist/mappings/descriptions/tencent.js';\nexport const d = tencentDescriptions;\n";
    expect(await broken(source, vendorOnly('tencent'))).toEqual(['descriptions']);
    expect(await broken(source, { ...vendorOnly('tencent'), descriptions: true })).toEqual([]);
  });

  it('built-from-dist: a consumer that bundles the TypeScript sources', async () => {
    expect(await broken("import { KINDS } from './src/taxonomy.ts';\nexport const k = KINDS;\n", CORE_ONLY)).toEqual(['built-from-dist']);
  });

  it('node-builtins: a consumer that imports node:fs', async () => {
    const found = violations(await bundle("import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", root), CORE_ONLY);
    expect(found).toEqual([{ rule: 'node-builtins', detail: 'node:fs imported by <stdin>' }]);
  });

  it('node-globals: a consumer that reads process.env', async () => {
    expect(await broken('export const mode = process.env.NODE_ENV;\n', CORE_ONLY)).toEqual(['node-globals']);
  });
});

describe('the vendor rule, over every mix of vendor files', () => {
  const vendor = fc.constantFrom<VendorName>(...VENDORS);
  const fileOf = vendor.chain((owner) =>
    fc.constantFrom(...VENDOR_CODE[owner].files).map((file) => ({ owner, file: file.endsWith('/') ? `${file}index.js` : file })),
  );
  const core = fc.constantFrom('dist/src/imerror.js', 'dist/src/normalizer.js', 'node_modules/ts-pattern/dist/index.js');

  it.prop([fc.array(fileOf, { maxLength: 8 }), fc.array(core, { maxLength: 3 }), fc.array(vendor, { maxLength: 2 })])(
    'flags exactly the files of vendors neither allowed nor used by one allowed',
    (vendorFiles, coreFiles, allowed) => {
      const bundled: Bundled = {
        code: '',
        minBytes: 1,
        gzipBytes: 1,
        inputs: Object.fromEntries([...vendorFiles.map(({ file }) => file), ...coreFiles].map((file) => [file, 1])),
        builtinImports: [],
        nodeGlobals: [],
      };
      const permitted = withUsedVendors(allowed);
      const expected = [...new Map(vendorFiles.filter(({ owner }) => !permitted.has(owner)).map(({ owner, file }) => [file, `${file} (${owner})`])).values()];
      const found = violations(bundled, { ...CORE_ONLY, vendors: allowed }).map(({ detail }) => detail);
      expect(found.sort()).toEqual(expected.sort());
    },
  );
});

describe('ABSENCE_RULES', () => {
  it('has one rule per name, each saying what it demands', () => {
    const names = ABSENCE_RULES.map(({ name }) => name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(['built-from-dist', 'optional-peers', 'other-vendors', 'descriptions', 'node-builtins', 'node-globals']);
    for (const rule of ABSENCE_RULES) expect(rule.says.length).toBeGreaterThan(20);
  });
});

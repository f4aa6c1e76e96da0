import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE_ONLY, vendorOnly } from '../../../scripts/size/allowances.js';
import { ENTRY_ALLOWANCES, NODE_ONLY_ENTRIES, allowanceOf, entryBundles, specifierOf, type Manifest } from '../../../scripts/size/entries.js';
import { repoRoot } from '../../../scripts/seeds/dir.js';

const manifest = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8')) as Manifest;

describe('entryBundles', () => {
  it('bundles every export of package.json but ./package.json and the server-only entries, whole, in the order of the map', () => {
    const bundles = entryBundles(manifest);
    const subpaths = Object.keys(manifest.exports).filter((subpath) => subpath !== './package.json' && !NODE_ONLY_ENTRIES.includes(subpath));
    expect(NODE_ONLY_ENTRIES.every((subpath) => subpath in manifest.exports)).toBe(true);
    expect(bundles.map(({ name }) => name)).toEqual(subpaths.map((subpath) => specifierOf(manifest, subpath)));
    expect(bundles.find(({ name }) => name === 'im-errors/tencent')?.source).toBe("export * from 'im-errors/tencent';\n");
    expect(bundles.every(({ budget }) => budget === undefined)).toBe(true);
  });

  it('follows the map, whatever it holds', () => {
    const made = entryBundles({ name: 'pkg', exports: { '.': './a.js', './tencent': './t.js', './x': './x.js', './package.json': './package.json' } });
    expect(made).toEqual([
      { name: 'pkg', source: "export * from 'pkg';\n", allows: CORE_ONLY },
      { name: 'pkg/tencent', source: "export * from 'pkg/tencent';\n", allows: vendorOnly('tencent') },
      { name: 'pkg/x', source: "export * from 'pkg/x';\n", allows: CORE_ONLY },
    ]);
  });
});

describe('allowanceOf', () => {
  it("gives a vendor's entry its vendor, the listed entries their allowance, any other the core alone", () => {
    expect(allowanceOf('./agora')).toEqual(vendorOnly('agora'));
    expect(allowanceOf('./effect')).toEqual({ ...CORE_ONLY, peers: ['effect'] });
    expect(allowanceOf('./messages/en')).toEqual(CORE_ONLY);
    expect(allowanceOf('.')).toEqual(CORE_ONLY);
  });

  it('lists only entries the package exports', () => {
    expect(Object.keys(ENTRY_ALLOWANCES).filter((subpath) => !(subpath in manifest.exports))).toEqual([]);
  });
});

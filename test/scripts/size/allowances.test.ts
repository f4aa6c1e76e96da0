import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { DESCRIPTIONS, VENDOR_CODE, isAt, withUsedVendors, type VendorName } from '../../../scripts/size/allowances.js';
import { repoRoot } from '../../../scripts/seeds/dir.js';
import { VENDORS } from '../../../src/taxonomy.js';

const root = repoRoot();
const vendor = fc.constantFrom<VendorName>(...VENDORS);

describe('VENDOR_CODE', () => {
  it('names every vendor, and only files and folders the build has (dist/ is built by the global setup)', () => {
    expect(Object.keys(VENDOR_CODE).sort()).toEqual([...VENDORS].sort());
    const locations = [...Object.values(VENDOR_CODE).flatMap(({ files }) => files), ...DESCRIPTIONS];
    expect(locations.filter((location) => !existsSync(join(root, location)))).toEqual([]);
  });

  it('gives no file to two vendors', () => {
    const files = Object.values(VENDOR_CODE).flatMap(({ files }) => files);
    expect(new Set(files).size).toBe(files.length);
  });
});

describe('withUsedVendors', () => {
  it('adds the vendors a vendor uses: Agora is built from Easemob, not the other way round', () => {
    expect([...withUsedVendors(['agora'])].sort()).toEqual(['agora', 'easemob']);
    expect([...withUsedVendors(['easemob'])]).toEqual(['easemob']);
    expect([...withUsedVendors([])]).toEqual([]);
  });

  it.prop([fc.array(vendor)])('holds the vendors given, and is closed under `uses`', (vendors) => {
    const closed = withUsedVendors(vendors);
    for (const given of vendors) expect(closed.has(given)).toBe(true);
    for (const member of closed) for (const used of VENDOR_CODE[member].uses) expect(closed.has(used)).toBe(true);
  });
});

describe('isAt', () => {
  it('matches a file exactly and a folder (ending in /) by prefix', () => {
    expect(isAt('dist/mappings/tencent.js', 'dist/mappings/tencent.js')).toBe(true);
    expect(isAt('dist/mappings/tencent-events.js', 'dist/mappings/tencent.js')).toBe(false);
    expect(isAt('dist/adapters/tencent/parse.js', 'dist/adapters/tencent/')).toBe(true);
    expect(isAt('dist/adapters/tencentx/parse.js', 'dist/adapters/tencent/')).toBe(false);
    expect(isAt('dist/mappings/descriptions/tencent.js', 'dist/mappings/tencent.js')).toBe(false);
  });

  it('gives every table module of mappings/ to its vendor, so no vendor table passes for core code', () => {
    const owned = Object.values(VENDOR_CODE).flatMap(({ files }) => files);
    const modules = readdirSync(new URL('../../../mappings/', import.meta.url)).filter((name) => name.endsWith('.ts'));
    expect(modules.length).toBeGreaterThan(10);
    for (const name of modules) expect(owned, name).toContain(`dist/mappings/${name.replace(/\.ts$/, '.js')}`);
  });
});

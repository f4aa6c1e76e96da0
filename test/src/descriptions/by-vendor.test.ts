/** Every vendor's descriptions, by name. */
import { describe, expect, it } from 'vitest';
import { CODE_DESCRIPTIONS, descriptionsOf } from '../../../src/descriptions/by-vendor.js';
import { VENDORS } from '../../../src/taxonomy.js';

describe('CODE_DESCRIPTIONS', () => {
  it('holds one vendor’s own descriptions under each vendor name, each with documented codes', () => {
    expect(Object.keys(CODE_DESCRIPTIONS)).toEqual([...VENDORS]);
    for (const vendor of VENDORS) {
      expect(CODE_DESCRIPTIONS[vendor].vendor).toBe(vendor);
      expect(CODE_DESCRIPTIONS[vendor].sources.some((source) => Object.keys(source.codes).length > 0), vendor).toBe(true);
    }
  });

  it('descriptionsOf finds a vendor by name, and nothing for unknown, inherited or made-up names', () => {
    expect(descriptionsOf('tencent')).toBe(CODE_DESCRIPTIONS.tencent);
    for (const name of ['unknown', 'wechat', '', 'toString', '__proto__', 'constructor']) expect(descriptionsOf(name), name).toBeUndefined();
  });
});

/**
 * The compact module writer: its output, evaluated, gives back the exports it was given (code tables, entries in
 * ranges and text rules, plain data), keeps imported and sibling identities as imports and references, orders the
 * exports so that each comes after what it refers to, and refuses what is not plain data.
 */
import { describe, expect, it } from 'vitest';
import { decodeCodes, decodeEntries } from '../../../src/compact.js';
import { UNMAPPED } from '../../../src/fallbacks.js';
import type { MappingEntry } from '../../../src/mapping.js';
import { compactModule, type CompactInput } from '../../../scripts/compact/module.js';

const input = (exports: CompactInput['exports'], imports: CompactInput['imports'] = []): CompactInput => ({
  exports,
  imports,
  decoder: '../src/compact.js',
  banner: '// test',
});

/** Runs the module's text with its imports bound to `bindings`; gives its exports. */
function evaluate(text: string, bindings: Record<string, unknown>): Record<string, unknown> {
  const exported = [...text.matchAll(/^export const (\w+) =/gm)].map((match) => match[1]!);
  const body = text.replace(/^import .*$/gm, '').replace(/^export const /gm, 'const ');
  const names = Object.keys(bindings);
  const run = new Function(...names, `${body}\nreturn { ${exported.join(', ')} };`) as (...values: unknown[]) => Record<string, unknown>;
  return run(...names.map((name) => bindings[name]));
}

const expired: MappingEntry = ['auth', 'token-expired', false, 'refresh-credentials'];
const limited: MappingEntry = ['rate-limit', 'too-many-requests', true, 'wait', 1000];

describe('compactModule', () => {
  it('gives back tables, ranges, text rules and plain data; equal entries share one pool slot', () => {
    const web = { 2000: expired, 2001: [...expired] as unknown as MappingEntry };
    const exports = {
      mappings: { codes: { '-5': limited, 7: expired }, platforms: { web }, ranges: [[10, 20, UNMAPPED, false]], generic: [7], texts: [['Busy.', limited, 'exact']] },
      webCodes: web,
      name: 'x',
    };
    const text = compactModule(input(exports, [{ from: '../src/fallbacks.js', exports: { UNMAPPED } }]));
    expect(text).toContain('import { decodeEntries, decodeCodes } from "../src/compact.js";');
    expect(text).toContain('import { UNMAPPED } from "../src/fallbacks.js";');
    expect(text).not.toContain('token-expired');
    const result = evaluate(text, { decodeEntries, decodeCodes, UNMAPPED });
    expect(result).toStrictEqual(exports);
    const mappings = result.mappings as typeof exports.mappings;
    expect(mappings.platforms.web).toBe(result.webCodes);
    expect(mappings.ranges[0]![2]).toBe(UNMAPPED);
    expect(text.indexOf('export const webCodes')).toBeLessThan(text.indexOf('export const mappings'));
  });

  it('writes no decoder import for a module without tables', () => {
    expect(compactModule(input({ methods: { send: 'not-idempotent' } }))).not.toContain('compact.js');
  });

  it('refuses functions, class instances and exports that refer to each other in a cycle', () => {
    expect(() => compactModule(input({ f: () => 1 }))).toThrow(TypeError);
    expect(() => compactModule(input({ d: { at: new Date(0) } }))).toThrow(TypeError);
    const a: { b?: unknown } = {};
    const b = { a };
    a.b = b;
    expect(() => compactModule(input({ a, b }))).toThrow(/cycle/);
  });
});

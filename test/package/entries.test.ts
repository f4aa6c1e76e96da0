/**
 * What each public entry pulls in, read from the sources' import graph: one vendor's entry never reaches another
 * vendor's tables, and the runtime code imports nothing but ts-pattern (no Node built-ins, no optional peers).
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | { types: string; default: string }>;
  dependencies: Record<string, string>;
};

/** Every module an entry reaches (relative imports followed, type-only imports skipped), and the packages named. */
function graph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, typeOnly, specifier] of source.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
      if (typeOnly !== undefined || specifier === undefined) continue;
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else packages.add(specifier);
    }
  };
  visit(resolve(root, entry));
  return { files, packages };
}

/** The source file behind a public export path. */
function sourceOf(subpath: string): string {
  const target = manifest.exports[subpath];
  const built = typeof target === 'string' ? target : target!.default;
  return built.replace(/^\.\/dist\//, '').replace(/\.js$/, '.ts');
}

const vendors = ['jmessage', 'tencent', 'easemob'] as const;

describe('entry points', () => {
  it('export every documented entry, each with types', () => {
    for (const subpath of ['.', './jmessage', './tencent', './easemob', './all']) {
      const target = manifest.exports[subpath];
      expect(typeof target === 'object' && target.types.endsWith('.d.ts') && target.default.endsWith('.js'), subpath).toBe(true);
    }
  });

  it.each(vendors)('im-errors/%s reaches only its own tables', (vendor) => {
    const { files } = graph(sourceOf(`./${vendor}`));
    const reached = [...files].map((file) => relative(root, file));
    expect(reached).toContain(`mappings/${vendor}.ts`);
    for (const other of vendors.filter((name) => name !== vendor)) {
      expect(reached.filter((file) => file.includes(other))).toEqual([]);
    }
  });

  it('the core entry reaches no vendor at all', () => {
    const reached = [...graph(sourceOf('.')).files].map((file) => relative(root, file));
    expect(reached.every((file) => file.startsWith('src/'))).toBe(true);
  });

  it.each(['.', './jmessage', './tencent', './easemob', './all'])('%s imports only runtime dependencies', (subpath) => {
    const { packages } = graph(sourceOf(subpath));
    expect([...packages].filter((name) => !Object.hasOwn(manifest.dependencies, name))).toEqual([]);
  });
});

describe('runtime neutrality', () => {
  /** Features that older JavaScriptCore (WeChat on older iOS) or Hermes reject or lack; the core must not use them. */
  const tooNew: ReadonlyArray<readonly [string, RegExp]> = [
    ['regex look-behind', /\(\?<[=!]/],
    ['Object.hasOwn', /Object\.hasOwn\b/],
    ['Array.prototype.at / findLast', /\.(at|findLast|findLastIndex)\(/],
    ['structuredClone', /\bstructuredClone\b/],
  ];

  it.each(['./all'])('%s (every runtime module) avoids features older engines lack', (subpath) => {
    for (const file of graph(sourceOf(subpath)).files) {
      const source = readFileSync(file, 'utf8');
      for (const [feature, pattern] of tooNew) expect(pattern.test(source), `${relative(root, file)} uses ${feature}`).toBe(false);
    }
  });
});

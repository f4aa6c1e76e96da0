/**
 * Every TypeScript snippet of the README and docs/ compiles against the package as an app installs it: `im-errors/*`
 * resolves through the package's own `exports` to the built `dist/*.d.ts` (the `dist` project builds first), strict
 * mode, with only what the app around a snippet provides declared (`app.d.ts`). A snippet that is not meant to
 * compile does not exist: fix the snippet.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Inside the repository, so that `im-errors` resolves to this package by self-reference. */
const dir = join(root, 'test-results', 'snippets');
const pages = ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** Each fenced `ts` block of a page, with its line. */
function snippets(page: string): Array<{ readonly line: number; readonly code: string }> {
  const text = readFileSync(join(root, page), 'utf8');
  return [...text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => ({ line: text.slice(0, match.index).split('\n').length, code: match[1]! }));
}

describe('the documentation’s snippets', () => {
  const all = pages.flatMap((page) => snippets(page).map((snippet) => ({ page, ...snippet })));

  it('are many, from the README and the topic pages', () => {
    expect(all.length).toBeGreaterThan(12);
    expect(new Set(all.map(({ page }) => page)).size).toBeGreaterThan(5);
  });

  it('each compile in strict mode against the built package', () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(root, 'test', 'docs', 'app.d.ts'), join(dir, 'app.d.ts'));
    const names = all.map(({ page, line, code }, index) => {
      const name = `${page.replace(/[/.]/g, '_')}_${line}_${index}.ts`;
      // Each snippet is a module of its own: what it uses, it imports.
      writeFileSync(join(dir, name), `export {};\n${code}`);
      return name;
    });
    const config = {
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2022', 'DOM'],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        experimentalDecorators: true,
        emitDecoratorMetadata: true,
        types: [],
      },
      files: ['app.d.ts', ...names],
    };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config));
    let output = '';
    try {
      execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: unknown }).stdout ?? error);
    }
    // Name each failure by its page and the snippet's line there.
    const located = output.replace(/^(\S+?)_(\d+)_\d+\.ts\((\d+),/gm, (_all, page: string, line: string, at: string) => `${page}:${Number(line) + Number(at) - 1} (`);
    expect(located.trim()).toBe('');
  }, 120_000);
});

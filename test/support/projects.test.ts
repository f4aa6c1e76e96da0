/** Every test file that reads `dist/` runs in the `dist` project, after its build; no other file needs a build. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIST_TESTS } from './projects.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? testFiles(path) : entry.name.endsWith('.test.ts') ? [relative(root, path)] : [];
  });
}

/** A DIST_TESTS glob as a matcher: `**` spans folders, `*` stays within one. */
function matcher(glob: string): RegExp {
  const source = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\//g, '\u0000').replace(/\*/g, '[^/]*').replace(/\u0000/g, '(?:.*/)?');
  return new RegExp(`^${source}$`);
}

describe('vitest projects', () => {
  const inDist = (file: string) => DIST_TESTS.some((glob) => matcher(glob).test(file));

  it('put every test that reads dist/ in the dist project', () => {
    const readers = testFiles(join(root, 'test'))
      .filter((file) => file !== 'test/support/projects.test.ts')
      .filter((file) => /\bdist\//.test(readFileSync(join(root, file), 'utf8')));
    expect(readers.filter((file) => !inDist(file))).toEqual([]);
  });

  it('match globs the way vitest does for the patterns used', () => {
    expect(matcher('test/package/**/*.test.ts').test('test/package/size.test.ts')).toBe(true);
    expect(matcher('test/package/**/*.test.ts').test('test/package/a/b.test.ts')).toBe(true);
    expect(matcher('test/readme.test.ts').test('test/readme.test.ts')).toBe(true);
    expect(matcher('test/scripts/size/**/*.test.ts').test('test/scripts/sizes/x.test.ts')).toBe(false);
  });
});

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { declarationOf, relativeImports, resolveRelative } from '../../../scripts/package/imports.js';

describe('relativeImports', () => {
  it('finds every form tsc emits, and only relative ones', () => {
    const text = [
      "import { a } from './a.js';",
      "import * as b from '../b.js';",
      "export { c } from './c/index.js';",
      "export * from './d.js';",
      "import './side.js';",
      "const lazy = () => import('./lazy.js');",
      "export type X = import('./types.js').X;",
      "import { match } from 'ts-pattern';",
      "import 'reflect-metadata';",
      "const s = 'this is from ./not-an-import.js in a string';",
    ].join('\n');
    expect(relativeImports(text)).toEqual(['./a.js', '../b.js', './c/index.js', './d.js', './side.js', './lazy.js', './types.js']);
  });

  it('reads multi-line import lists', () => {
    expect(relativeImports("import {\n  a,\n  b,\n} from './ab.js';")).toEqual(['./ab.js']);
  });
});

describe('resolveRelative', () => {
  it('resolves against the importing file', () => {
    expect(resolveRelative('dist/src/index.js', './retry/run.js')).toBe('dist/src/retry/run.js');
    expect(resolveRelative('dist/adapters/tencent/index.js', '../../mappings/tencent.js')).toBe('dist/mappings/tencent.js');
    expect(resolveRelative('dist/src/a.js', '././b.js')).toBe('dist/src/b.js');
  });

  test.prop([fc.array(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: 5 }), fc.stringMatching(/^[a-z]{1,6}$/)])(
    'a sibling import stays in the importer’s folder',
    (dirs, name) => {
      expect(resolveRelative(`${dirs.join('/')}/from.js`, `./${name}.js`)).toBe(`${dirs.join('/')}/${name}.js`);
    },
  );
});

describe('declarationOf', () => {
  it('swaps .js for .d.ts', () => {
    expect(declarationOf('dist/src/index.js')).toBe('dist/src/index.d.ts');
  });
});

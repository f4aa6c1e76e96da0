/** The build step's reading of a built module: the relative imports tsc wrote, and which modules it rewrites. */
import { describe, expect, it } from 'vitest';
import { COMPACT_MODULES, importsOf } from '../../../scripts/compact/rewrite.js';

describe('importsOf', () => {
  it('lists the relative imports tsc wrote, not package imports', () => {
    const source = "import { a } from './a.js';\nimport { UNMAPPED } from '../src/fallbacks.js';\nimport x from 'pkg';\nexport const y = 1;\n";
    expect(importsOf(source)).toStrictEqual(['./a.js', '../src/fallbacks.js']);
  });

  it('rewrites every code-table module of the vendors and of the web entries', () => {
    expect(COMPACT_MODULES).toEqual(expect.arrayContaining(['mappings/tencent.js', 'mappings/tencent-web.js', 'mappings/easemob-web.js', 'mappings/jmessage.js']));
  });
});

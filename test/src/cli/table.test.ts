import { describe, expect, it } from 'vitest';
import { displayWidth, formatTable } from '../../../src/cli/table.js';

describe('formatTable', () => {
  it('pads every column but the last to its widest cell', () => {
    expect(formatTable([['a', 'bb', 'c'], ['ccc', 'd', 'eeee']])).toEqual(['a    bb  c', 'ccc  d   eeee']);
  });

  it('counts Chinese characters as two columns', () => {
    expect(displayWidth('登录')).toBe(4);
    expect(displayWidth('a，b')).toBe(4);
    expect(formatTable([['用户', 'x'], ['ab', 'y']])).toEqual(['用户  x', 'ab    y']);
  });
});

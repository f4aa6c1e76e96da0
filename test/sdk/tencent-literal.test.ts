/** Reading Tencent's code table out of a minified bundle (`scripts/sdk/tencent-literal.ts`), robustly. */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { readTencentCodeTable } from '../../scripts/sdk/tencent-literal.js';

describe('readTencentCodeTable', () => {
  it('reads minified pairs, exponents and hex included, and skips the anchor where it is no key', () => {
    const source =
      'var x=a?t=k.NO_SDKAPPID:S(e);L=1,k={NO_SDKAPPID:2e3,NO_ACCOUNT_TYPE:2001,LOGGING_IN:3e3,HEX:0x10},Wn=null;' +
      'function f(){return k.NO_SDKAPPID}';
    expect([...readTencentCodeTable(source)]).toEqual([
      ['NO_SDKAPPID', 2000],
      ['NO_ACCOUNT_TYPE', 2001],
      ['LOGGING_IN', 3000],
      ['HEX', 16],
    ]);
  });

  it('reads an unminified build too: whitespace, quoted keys, a key that is not first', () => {
    const source = `const codes = {\n  "USER_NOT_LOGGED_IN": 2024,\n  NO_SDKAPPID : 2000 ,\n  'REPEAT_LOGIN': 2025\n};`;
    expect(Object.fromEntries(readTencentCodeTable(source))).toEqual({ USER_NOT_LOGGED_IN: 2024, NO_SDKAPPID: 2000, REPEAT_LOGIN: 2025 });
  });

  it('merges several copies of the table, and fails when they disagree', () => {
    const table = (code: number) => `{NO_SDKAPPID:2e3,X:${code}}`;
    expect(readTencentCodeTable(`${table(1)};${table(1)}`).get('X')).toBe(1);
    expect(() => readTencentCodeTable(`${table(1)};${table(2)}`)).toThrow(/X is 1 in one code table and 2 in another/);
  });

  it('fails loudly on anything in the literal that is not a NAME: integer pair, and when there is no table', () => {
    expect(() => readTencentCodeTable('k={NO_SDKAPPID:2e3,X:f(1)}')).toThrow(/not a NAME:number pair/);
    expect(() => readTencentCodeTable('k={NO_SDKAPPID:2e3,X:1.5}')).toThrow(/not an integer/);
    expect(() => readTencentCodeTable('k.NO_SDKAPPID;var y={A:1}')).toThrow(/no object literal/);
  });

  it.prop([fc.uniqueArray(fc.tuple(fc.stringMatching(/^[A-Z][A-Z0-9_]{0,20}$/), fc.integer({ min: -100000, max: 999999 })), { selector: ([name]) => name, maxLength: 30 })])(
    'reads back every table it is given, in any layout',
    (pairs) => {
      const entries = [['NO_SDKAPPID', 2000] as const, ...pairs.filter(([name]) => name !== 'NO_SDKAPPID')];
      const body = entries.map(([name, code], index) => `${index % 2 === 0 ? name : `"${name}"`}${index % 3 === 0 ? ' : ' : ':'}${code}`).join(',');
      expect([...readTencentCodeTable(`x=1;var t={${body}};`)]).toEqual(entries);
    },
  );
});

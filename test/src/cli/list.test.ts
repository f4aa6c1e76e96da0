import { describe, expect, it } from 'vitest';
import { listCodes } from '../../../src/cli/list.js';
import { agoraMappings } from '../../../mappings/agora.js';
import { easemobMappings } from '../../../mappings/easemob.js';
import { jmessageMappings } from '../../../mappings/jmessage.js';
import { tencentMappings } from '../../../mappings/tencent.js';
import type { VendorMappings } from '../../../src/mapping.js';
import { cli } from './support.js';

const count = (mappings: VendorMappings): number =>
  Object.keys(mappings.codes).length +
  Object.values(mappings.platforms).reduce((sum, table) => sum + Object.keys(table ?? {}).length, 0) +
  Object.values(mappings.rest ?? {}).reduce((sum, byError) => sum + Object.keys(byError).length, 0) +
  mappings.ranges.length;

describe('im-errors list', () => {
  it('lists every mapped code and range of every vendor', () => {
    expect(listCodes()).toHaveLength(count(jmessageMappings) + count(tencentMappings) + count(easemobMappings) + count(agoraMappings));
    expect(listCodes('tencent')).toHaveLength(count(tencentMappings));
  });

  it('prints an aligned table with a header', () => {
    const { code, stdout } = cli('list', '--vendor', 'tencent', '--kind', 'rate-limit');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^vendor +platform +code +kind +reason +retryable +recovery$/);
    expect(lines.slice(1).every((line) => /^tencent +(-|web|native|server) +-?\d+ +rate-limit +[a-z-]+ +yes +wait$/.test(line))).toBe(true);
    const column = (name: string): number => lines[0]!.indexOf(name);
    for (const line of lines.slice(1)) expect(line.indexOf('rate-limit')).toBe(column('kind'));
    expect(lines).toContain('tencent  -         9506    rate-limit  too-many-requests     yes        wait');
  });

  it('shows platform tables and ranges', () => {
    const rows = listCodes('tencent', 'auth');
    expect(rows).toContainEqual(expect.objectContaining({ platform: 'web', code: '1002', reason: 'kicked-other-device' }));
    // The account block's codes disagree on kind (auth, user, rate-limit, server…), so its range gives no kind.
    expect(listCodes('tencent', 'unknown')).toContainEqual(expect.objectContaining({ platform: null, code: '70000..71999', reason: 'unmapped-code' }));
  });

  // Issue 13: list --json gave codes as strings where explain --json gives numbers.
  it('prints JSON with --json, codes as numbers as explain --json has them, ranges as [from, to]', () => {
    const rows = JSON.parse(cli('list', '--vendor', 'jmessage', '--kind', 'rate-limit', '--json').stdout) as unknown[];
    const row = { vendor: 'jmessage', platform: null, code: 803010, httpStatus: null, range: null, kind: 'rate-limit', reason: 'too-many-messages', retryable: true, recovery: 'wait', retryAfterMs: 1000 };
    expect(rows).toContainEqual(row);
    expect((JSON.parse(cli('explain', 'jmessage', '803010', '--json').stdout) as { code: unknown }).code).toBe(row.code);
    const all = JSON.parse(cli('list', '--vendor', 'tencent', '--json').stdout) as Array<{ code: number | null; range: [number, number] | null }>;
    expect(all).toContainEqual(expect.objectContaining({ code: null, range: [70000, 71999], reason: 'unmapped-code' }));
    expect(all.every(({ code, range }) => (code === null) !== (range === null) && (code === null || Number.isInteger(code)))).toBe(true);
    // REST rows keep their error string as the code, with the status beside it.
    const easemobRows = JSON.parse(cli('list', '--vendor', 'easemob', '--json').stdout) as Array<{ code: unknown; httpStatus: number | null }>;
    expect(easemobRows.filter(({ httpStatus }) => httpStatus !== null).every(({ code }) => typeof code === 'string')).toBe(true);
  });

  it('reads vendor names in any case', () => {
    expect(cli('list', '--vendor', 'Tencent').stdout).toBe(cli('list', '--vendor', 'tencent').stdout);
  });

  it.each([
    [['list', '--vendor', 'wechat'], "im-errors: unknown vendor 'wechat' (vendors: jmessage, tencent, easemob, agora)\n"],
    [['list', '--kind', 'oops'], "im-errors: unknown kind 'oops' (kinds: rate-limit, network, auth, quota, group, friend, media, message, user, permission, validation, server, client, unknown)\n"],
    [['list', 'tencent'], "im-errors: list takes no arguments, got 'tencent'\n"],
    [['list', '--all'], "im-errors: unknown option '--all'\n"],
    [['list', '--vendor', 'we\u001bchat'], "im-errors: unknown vendor 'we\\x1bchat' (vendors: jmessage, tencent, easemob, agora)\n"],
    [['list', '--kind', 'a\nb'], "im-errors: unknown kind 'a\\nb' (kinds: rate-limit, network, auth, quota, group, friend, media, message, user, permission, validation, server, client, unknown)\n"],
  ])('rejects %j with one line on stderr and exit code 2', (argv, message) => {
    expect(cli(...argv)).toEqual({ code: 2, stdout: '', stderr: message });
  });
});

/** The CLI on REST answers: `explain <vendor> <error> [--status]`, and their rows in `list`. */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../../src/cli/explain.js';
import { listCodes, listedCode } from '../../../src/cli/list.js';
import { cli } from './support.js';

describe('im-errors explain on a REST error string', () => {
  it('tells 429 reach_limit (a rate) from 429 resource_limited (the plan)', () => {
    expect(explainCode('easemob', 'reach_limit', undefined, 'en', '429')).toMatchObject({
      platform: 'server',
      code: 'reach_limit',
      httpStatus: 429,
      kind: 'rate-limit',
      retryable: true,
      retryAfterMs: 1000,
    });
    expect(explainCode('agora', 'resource_limited', undefined, 'en', '429')).toMatchObject({ vendor: 'agora', kind: 'quota', recovery: 'upgrade-plan' });
  });

  it('reads the error string alone where every status that lists it means the same, and not where they differ', () => {
    expect(explainCode('easemob', 'unauthorized')).toMatchObject({ kind: 'auth', reason: 'token-expired', httpStatus: null });
    expect(explainCode('easemob', 'web_application')).toMatchObject({ kind: 'unknown', reason: 'unmapped-code' });
    expect(explainCode('easemob', 'web_application', undefined, 'en', '415')).toMatchObject({ kind: 'validation', reason: 'malformed' });
  });

  it('prints the status in the title and the JSON', () => {
    const text = cli('explain', 'easemob', 'reach_limit', '--status', '429');
    expect([text.code, text.stdout.split('\n')[0]]).toEqual([0, 'easemob reach_limit (HTTP 429) on server']);
    const json = JSON.parse(cli('explain', 'easemob', 'reach_limit', '--status', '429', '--json').stdout) as Record<string, unknown>;
    expect([json.code, json.httpStatus, json.kind]).toEqual(['reach_limit', 429, 'rate-limit']);
  });

  it('refuses a string that is no REST error of the vendor, and a status the row does not list', () => {
    expect(cli('explain', 'easemob', 'no_such_error')).toMatchObject({ code: 2, stderr: expect.stringContaining('or one of its REST error strings') as unknown });
    expect(cli('explain', 'tencent', 'reach_limit')).toMatchObject({ code: 2, stderr: "im-errors: the code must be an integer, not 'reach_limit'\n" });
    expect(cli('explain', 'easemob', 'reach_limit', '--status', '500')).toMatchObject({ code: 2, stderr: "im-errors: easemob documents 'reach_limit' with status 429, not '500'\n" });
    expect(cli('explain', 'easemob', '502', '--status', '429')).toMatchObject({ code: 2 });
  });
});

describe('im-errors list with REST rows', () => {
  it('lists every REST row as status and error string on server, and counts them', () => {
    const rows = listCodes('easemob').filter((row) => row.httpStatus !== null);
    expect(rows.length).toBe(19);
    expect(rows.find((row) => row.code === 'reach_limit')).toMatchObject({ platform: 'server', httpStatus: 429, kind: 'rate-limit' });
    expect(listedCode(rows.find((row) => row.code === 'reach_limit')!)).toMatchObject({ code: 'reach_limit', range: null, httpStatus: 429 });
    expect(cli('list', '--vendor', 'easemob').stdout).toMatch(/easemob\s+server\s+429 reach_limit\s+rate-limit/);
    expect(listCodes('tencent').every((row) => row.httpStatus === null)).toBe(true);
  });
});

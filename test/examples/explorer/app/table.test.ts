/** The table of every mapped code: its rows, its filter, and what clicking a row loads. */
import { fc, it } from '@fast-check/vitest';
import { KINDS } from 'im-errors';
import { describe, expect } from 'vitest';
import { explain } from '../../../../examples/explorer/app/explain.js';
import { filterRows, rowQuery, tableRows } from '../../../../examples/explorer/app/table.js';
import { listCodes } from '../../../../src/cli/list.js';

const rows = tableRows();
const isRange = (code: string): boolean => code.includes('..');

describe('the table of codes', () => {
  it('has the rows the CLI lists, in the same order', () => {
    expect(rows.map(({ vendor, platform, code, kind, reason }) => [vendor, platform, code, kind, reason])).toEqual(
      listCodes().map(({ vendor, platform, code, kind, reason }) => [vendor, platform, code, kind, reason]),
    );
  });

  it('filters by vendor, kind and free text', () => {
    expect(filterRows(rows, { text: '', vendor: '', kind: '' })).toHaveLength(rows.length);
    const kicks = filterRows(rows, { text: 'HELLO_ANSWER_KICKED_OUT', vendor: '', kind: '' });
    expect(kicks.map(({ vendor, platform, code }) => `${vendor} ${platform} ${code}`)).toEqual(['tencent web 1002']);
    const limits = filterRows(rows, { text: '', vendor: 'jmessage', kind: 'rate-limit' });
    expect(limits.map(({ code }) => code)).toEqual(listCodes('jmessage', 'rate-limit').map(({ code }) => code));
  });

  const word = fc.oneof(fc.constantFrom('token', 'expired', 'group', '1002', 'web', 'auth', 'wait', '请求', 'limit'), fc.string({ maxLength: 4 }));
  const filter = fc.record({ text: fc.array(word, { maxLength: 3 }).map((words) => words.join(' ')), vendor: fc.constantFrom('', 'jmessage', 'tencent', 'easemob', 'agora'), kind: fc.constantFrom('', ...KINDS) });

  /** Each row's cells as the search should read them, lower-cased: worked out here, once, not by the page's code. */
  const cellsOf = new Map(
    rows.map((row) => [row, [row.vendor, row.platform ?? '', row.code, row.kind, row.reason, row.recovery, ...row.documented.map(({ text }) => text)].join('\n').toLowerCase()]),
  );
  const indexOf = new Map(rows.map((row, index) => [row, index]));

  it.prop([filter])('keeps exactly the rows of that vendor and kind holding every word', (asked) => {
    const words = asked.text.toLowerCase().split(/\s+/).filter(Boolean);
    const expected = rows
      .filter((row) => (asked.vendor === '' || row.vendor === asked.vendor) && (asked.kind === '' || row.kind === asked.kind))
      .filter((row) => words.every((w) => cellsOf.get(row)!.includes(w)));
    // Compared by row index: one assertion per case instead of one per row (a thousand rows, a hundred cases).
    expect(filterRows(rows, asked).map((row) => indexOf.get(row))).toEqual(expected.map((row) => indexOf.get(row)));
  });

  it.prop([filter, word])('a further word never adds a row', (asked, more) => {
    const before = new Set(filterRows(rows, asked));
    for (const row of filterRows(rows, { ...asked, text: `${asked.text} ${more}` })) expect(before.has(row)).toBe(true);
  });

  it('loads every code row into a form that explains it as the row says', () => {
    for (const row of rows.filter((candidate) => !isRange(candidate.code))) {
      const query = rowQuery(row);
      const error = explain({ ...query, locale: 'en' })!.error;
      expect([error.vendor, error.kind, error.reason, error.recovery], `${row.vendor} ${row.platform ?? '-'} ${row.code}`).toEqual([row.vendor, row.kind, row.reason, row.recovery]);
    }
  });

  it('loads a REST row as the body the API answers with, its status beside it', () => {
    const rest = rows.find((row) => row.vendor === 'easemob' && row.code === 'reach_limit')!;
    expect(rowQuery(rest)).toEqual({ vendor: 'easemob', platform: 'server', text: '{"error":"reach_limit","error_description":"","statusCode":429}' });
    expect(explain({ ...rowQuery(rest), locale: 'en' })!.error).toMatchObject({ kind: 'rate-limit', httpStatus: 429 });
  });

  it('loads a range as its first code', () => {
    const range = rows.find((row) => row.vendor === 'tencent' && row.code === '120001..130000')!;
    expect(rowQuery(range)).toEqual({ vendor: 'tencent', platform: 'default', text: '120001' });
    expect(explain({ ...rowQuery(range), locale: 'en' })!.error.reason).toBe('rejected-by-callback');
  });
});

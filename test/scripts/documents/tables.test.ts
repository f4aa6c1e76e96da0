import { describe, expect, it } from 'vitest';
import { cellText, tableRows } from '../../../scripts/documents/tables.js';

describe('tableRows', () => {
  it('reads pipe tables with their section, skipping separator rows', () => {
    const rows = tableRows('# T\n\n## 网络错误码\n\n| code | constant |\n| --- | --- |\n| 9508 | ERR_SDK_NET_DISCONNECT |\n');
    expect(rows.map((row) => [row.cells, row.section, row.line])).toEqual([
      [['code', 'constant'], '网络错误码', 5],
      [['9508', 'ERR_SDK_NET_DISCONNECT'], '网络错误码', 7],
    ]);
  });

  it('reads HTML rows however their tags are laid out over lines', () => {
    const html = '## JMessage Android\n<table>\n<tr><th>Code</th></tr><tr>\n<td>871101</td>\n<td>Invalid <b>request</b></td>\n</tr><tr><td>871102</td><td>x</td></tr>\n## JMRTC Android\n<tr><td>872001</td></tr>';
    expect(tableRows(html).map((row) => [row.cells, row.section])).toEqual([
      [['871101', 'Invalid request'], 'JMessage Android'],
      [['871102', 'x'], 'JMessage Android'],
      [['872001'], 'JMRTC Android'],
    ]);
  });

  it('drops emphasis, tags and entities from cells', () => {
    expect(cellText(' **860015** ')).toBe('860015');
    expect(cellText('a&nbsp;&lt;b&gt;<div style="width: 50px;"></div>')).toBe('a <b>');
  });
});

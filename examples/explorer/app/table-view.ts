/** The table of every mapped code: built once, filtered by hiding rows, a row's code button loads it into the form. */
import { KINDS } from 'im-errors';
import { retryableText } from 'im-errors/descriptions';
import { byId, element, setOptions } from './dom.js';
import { filterRows, tableRows, type TableRow } from './table.js';
import { VENDOR_CHOICES } from './vendors.js';

/** One `<tr>` for a row; its code cell is a button (keyboard users load a code with it). */
function rowElement(row: TableRow, index: number): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.dataset.index = String(index);
  const code = element('button', row.code, 'code');
  code.type = 'button';
  code.title = `Explain ${row.vendor} ${row.code}`;
  const codeCell = document.createElement('td');
  codeCell.append(code);
  const documented = document.createElement('td');
  documented.className = 'documented';
  documented.append(...row.documented.map(({ source, text }) => Object.assign(element('p', text), { title: source })));
  tr.append(
    element('td', row.vendor),
    element('td', row.platform ?? 'any'),
    codeCell,
    element('td', row.kind, 'kind'),
    element('td', row.reason),
    element('td', retryableText(row.retryable, row.retryAfterMs)),
    element('td', row.recovery),
    documented,
  );
  return tr;
}

/** Builds the table and its filters; `load` is called with the row whose code was chosen. */
export function tableView(load: (row: TableRow) => void): void {
  const rows = tableRows();
  const body = byId('rows', HTMLTableSectionElement);
  const search = byId('search', HTMLInputElement);
  const vendor = byId('filter-vendor', HTMLSelectElement);
  const kind = byId('filter-kind', HTMLSelectElement);
  const count = byId('count', HTMLParagraphElement);
  setOptions(vendor, [['', 'All vendors'], ...VENDOR_CHOICES.filter(({ id }) => id !== 'detect').map(({ id, label }): [string, string] => [id, label])]);
  setOptions(kind, [['', 'All kinds'], ...KINDS.map((name): [string, string] => [name, name])]);
  const elements = rows.map(rowElement);
  body.replaceChildren(...elements);

  const update = (): void => {
    const shown = new Set(filterRows(rows, { text: search.value, vendor: vendor.value, kind: kind.value }));
    rows.forEach((row, index) => (elements[index]!.hidden = !shown.has(row)));
    count.textContent = `${shown.size} of ${rows.length} codes and ranges`;
  };
  for (const control of [search, vendor, kind]) control.addEventListener('input', update);
  body.addEventListener('click', (event) => {
    const tr = event.target instanceof Element ? event.target.closest('tr') : null;
    const row = tr === null ? undefined : rows[Number(tr.dataset.index)];
    if (row !== undefined) load(row);
  });
  update();
}

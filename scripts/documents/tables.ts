/**
 * Reads the rows of the tables in a vendor document, whichever way the document writes them: Markdown pipe tables
 * (`| 6015 | ERR_IN_PROGESS | 执行中… |`) or HTML tables (`<tr><td>871101</td><td>…</td></tr>`). Each row keeps the
 * section heading (`## …`) it stands under and its line number, for the sources that split a document by section.
 */

/** One table row of a document: its cells (trimmed, Markdown emphasis and HTML tags removed). */
export interface TableRow {
  readonly cells: readonly string[];
  /** The nearest `#`-heading above the row, without its hashes. */
  readonly section: string | undefined;
  /** 1-based line of the row's start. */
  readonly line: number;
}

const HEADING = /^#{1,6}\s+(.*?)\s*$/;
const SEPARATOR = /^\|?\s*:?-{2,}/; // | --- | :--- |
const TR = /<tr[^>]*>([\s\S]*?)<\/tr>/gi;
const TD = /<td[^>]*>([\s\S]*?)<\/td>/gi;

/** A cell's text: HTML tags and `**` emphasis dropped, entities of the documents decoded, white space folded. */
export function cellText(raw: string): string {
  return raw
    .replace(/<[^>]+>/g, ' ')
    .replace(/\*\*/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every table row of a document, in order. Header rows of pipe tables are returned too: callers keep the rows whose cells they recognise. */
export function tableRows(source: string): TableRow[] {
  const text = source.replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  /** The 0-based line holding `at`. */
  const lineAt = (at: number): number => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= at) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const sections = lines.map((line) => HEADING.exec(line)?.[1]);
  const sectionAt = (line: number): string | undefined => {
    for (let index = line; index >= 0; index -= 1) if (sections[index] !== undefined) return sections[index];
    return undefined;
  };
  const found: Array<TableRow & { readonly at: number }> = [];
  for (const match of text.matchAll(TR)) {
    const cells = [...(match[1] ?? '').matchAll(TD)].map((cell) => cellText(cell[1] ?? ''));
    const line = lineAt(match.index);
    if (cells.length > 0) found.push({ cells, section: sectionAt(line), line: line + 1, at: match.index });
  }
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (!trimmed.startsWith('|') || SEPARATOR.test(trimmed)) return;
    const inner = trimmed.replace(/^\|/, '').replace(/\|$/, '');
    found.push({ cells: inner.split('|').map(cellText), section: sectionAt(index), line: index + 1, at: lineStarts[index] ?? 0 });
  });
  return found.sort((a, b) => a.at - b.at).map(({ cells, section, line }) => ({ cells, section, line }));
}

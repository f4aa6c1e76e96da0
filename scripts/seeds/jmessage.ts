/**
 * Reads every code documented in the three JMessage seeds (see ../shared/seeds/README.md):
 * - 000: Markdown-like table `Code | Error Message | Instructions |` (server codes, English);
 * - 001: HTML tables `<tr><td>code</td><td>message</td><td>说明</td></tr>` under `####` headings (iOS, Android, server);
 * - 002: Markdown table `| Code | Error Message | DESCRIPTION |` (Web SDK).
 * A line that looks like a code row but does not parse throws: nothing is dropped silently.
 */
import { readSeed } from './dir.js';
import type { SeedCode } from './types.js';

export type { SeedCode };


export const JMESSAGE_SEED_FILES = [
  '000_436aa1594640c544.txt',
  '001_1599e5c4793cf27d.txt',
  '002_dc5685c8accccbb7.txt',
] as const;

export type JMessageSeedFile = (typeof JMESSAGE_SEED_FILES)[number];


function joinText(cells: readonly string[]): string {
  return cells
    .map((c) => c.trim())
    .filter((c) => c !== '')
    .join(' | ');
}

function parseCode(raw: string, file: string, line: string): number {
  const trimmed = raw.trim();
  if (!/^\d+$/.test(trimmed)) throw new Error(`${file}: code cell is not an integer: ${JSON.stringify(line)}`);
  return Number(trimmed);
}

/** 000 and 002: one row per line, cells separated by `|` (002 also has leading `|`). */
function parsePipeTable(file: string, text: string, defaultSection: string | undefined): SeedCode[] {
  const out: SeedCode[] = [];
  let section = defaultSection;
  for (const line of text.split(/\r?\n/)) {
    const heading = /^\s*#+\s*(.+?)\s*$/.exec(line);
    if (heading?.[1] !== undefined) {
      section = heading[1];
      continue;
    }
    if (!line.includes('|')) {
      if (/^\s*\d{3,}\b/.test(line)) throw new Error(`${file}: code-like line without a table cell: ${JSON.stringify(line)}`);
      continue;
    }
    if (/^[\s|:-]+$/.test(line)) continue; // separator row
    const cells = line.replace(/^\s*\|/, '').split('|');
    const first = cells[0]?.trim() ?? '';
    if (/^code$/i.test(first)) continue; // header row
    if (cells.length < 2) throw new Error(`${file}: table row with too few cells: ${JSON.stringify(line)}`);
    const code = parseCode(first, file, line);
    const rowText = joinText(cells.slice(1));
    if (rowText === '') throw new Error(`${file}: row ${code} has no text`);
    out.push(section === undefined ? { code, text: rowText, file } : { code, text: rowText, file, section });
  }
  return out;
}

/** 001: HTML `<tr>` rows; the section is the last `####` heading before the row. */
function parseHtmlTables(file: string, text: string): SeedCode[] {
  const out: SeedCode[] = [];
  const headings = [...text.matchAll(/^#{2,}\s*(.+?)\s*$/gm)].map((m) => ({ at: m.index, title: m[1] ?? '' }));
  let cellsSeen = 0;
  for (const row of text.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)) {
    const body = row[1] ?? '';
    if (/<th\b/.test(body)) continue; // header row
    const cells = [...body.matchAll(/<td\b[^>]*>([\s\S]*?)<\/td>/g)].map((m) => (m[1] ?? '').replace(/<[^>]*>/g, '').trim());
    cellsSeen += cells.length;
    if (cells.length !== 3) throw new Error(`${file}: row with ${cells.length} cells: ${JSON.stringify(body)}`);
    const code = parseCode(cells[0] ?? '', file, body);
    const rowText = joinText(cells.slice(1));
    if (rowText === '') throw new Error(`${file}: row ${code} has no text`);
    const section = headings.filter((h) => h.at < row.index).at(-1)?.title;
    out.push(section === undefined ? { code, text: rowText, file } : { code, text: rowText, file, section });
  }
  // Every <td> in the file must have been inside a parsed row (catches a missing <tr> or </tr>).
  const allCells = text.match(/<td\b/g)?.length ?? 0;
  if (allCells !== cellsSeen) throw new Error(`${file}: ${allCells} <td> cells, but ${cellsSeen} inside parsed rows`);
  return out;
}

/** Parses one JMessage seed's text, in the format of `file` (exported so tests can feed it broken input). */
export function parseJMessageSeed(file: JMessageSeedFile, text: string): SeedCode[] {
  switch (file) {
    case '000_436aa1594640c544.txt':
      return parsePipeTable(file, text, 'Server Error');
    case '001_1599e5c4793cf27d.txt':
      return parseHtmlTables(file, text);
    case '002_dc5685c8accccbb7.txt':
      return parsePipeTable(file, text, undefined);
  }
}

/** The raw text of one JMessage seed file. */
export function readJMessageSeedText(file: JMessageSeedFile): string {
  return readSeed(file);
}

/** Every code row of the three JMessage seeds, in file order; a code documented in two files appears twice. */
export function readJMessageSeedCodes(): SeedCode[] {
  return JMESSAGE_SEED_FILES.flatMap((file) => parseJMessageSeed(file, readSeed(file)));
}

/**
 * Reads the Easemob seed (`004_04899477e949c5d2.txt`): the web / mini-program SDK's error-code table, a Markdown-like
 * table `错误码 | 错误信息 | 描述和可能原因 |` whose rows are `<code> | <STATUS_CODE_NAME> | <中文描述> |` (codes may be
 * negative). Every line that looks like a code row must parse, or the reader throws: nothing is dropped silently.
 */
import { readSeed } from './dir.js';
import type { SeedCode } from './types.js';

/** One documented Easemob code. */
export type EasemobSeedCode = SeedCode;

/** The Easemob seed file name in `../shared/seeds/`. */
export const EASEMOB_SEED_FILE = '004_04899477e949c5d2.txt';

/** A table row: optional leading pipe, code (or `from - to`), the statusCode name, the description, trailing pipe. */
const ROW = /^\|?\s*(-?\d+)(?:\s+[-–~]\s+(\d+))?\s*\|\s*([A-Za-z][A-Za-z0-9_]*)\s*\|\s*(.+?)\s*\|?\s*$/;
/** An HTML table row `<td>code</td><td>NAME</td><td>description</td>`, should a copy of the page come as HTML. */
const HTML_ROW = /<td[^>]*>\s*(-?\d+)\s*<\/td>\s*<td[^>]*>\s*([A-Za-z][A-Za-z0-9_]*)\s*<\/td>\s*<td[^>]*>([\s\S]*?)<\/td>/g;
/** Anything that starts like a code row: a number then a cell separator, or a number then an upper-case name. */
const LOOKS_LIKE_ROW = /^\|?\s*-?\d+(?:\s+[-–~]\s+\d+)?\s*(?:\||\s+[A-Z][A-Z0-9]*_[A-Z0-9_]*\b)/;
/** The table's header, which names the section. */
const HEADER = /^\|?\s*错误码\s*\|/;

/** Parses the text of an Easemob seed; throws on a line that looks like a code row but does not parse, or a duplicate. */
export function parseEasemobSeed(text: string, file: string = EASEMOB_SEED_FILE): EasemobSeedCode[] {
  const out: EasemobSeedCode[] = [];
  const seen = new Set<number>();
  let section: string | undefined;
  const add = (code: number, to: number | undefined, name: string, description: string, where: string): void => {
    if (!Number.isSafeInteger(code) || (to !== undefined && !(Number.isSafeInteger(to) && to > code))) {
      throw new Error(`${file}: bad code in ${where}`);
    }
    if (seen.has(code)) throw new Error(`${file}: code ${code} documented twice (${where})`);
    seen.add(code);
    const entry = { code, text: `${name} | ${description}`, file };
    out.push({ ...entry, ...(to === undefined ? {} : { to }), ...(section === undefined ? {} : { section }) });
  };

  if (/<td[\s>]/i.test(text)) {
    for (const match of text.matchAll(HTML_ROW)) {
      const description = match[3]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
      add(Number(match[1]), undefined, match[2]!, description, match[0]);
    }
    const cells = (text.match(/<td[^>]*>\s*-?\d+\s*<\/td>/g) ?? []).length;
    if (cells !== out.length) throw new Error(`${file}: ${cells} code cells but ${out.length} parsed rows`);
    return out;
  }

  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (HEADER.test(line)) {
      section = '常见错误代码';
      continue;
    }
    if (!LOOKS_LIKE_ROW.test(line)) continue;
    const match = ROW.exec(line);
    if (match === null) throw new Error(`${file}:${index + 1}: code row does not parse: ${line}`);
    const description = match[4]!.replace(/\s*\|\s*$/, '').trim();
    if (description === '') throw new Error(`${file}:${index + 1}: code row without a description: ${line}`);
    add(Number(match[1]), match[2] === undefined ? undefined : Number(match[2]), match[3]!, description, `line ${index + 1}`);
  }
  return out;
}

/** Every code the Easemob seed documents, read from `../shared/seeds/`. */
export function readEasemobSeedCodes(): EasemobSeedCode[] {
  return parseEasemobSeed(readSeed(EASEMOB_SEED_FILE), EASEMOB_SEED_FILE);
}

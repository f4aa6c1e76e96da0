/**
 * Reads the Tencent Cloud IM seed (`../shared/seeds/003_bf142cf8791200b7.txt`): indented text in numbered parts
 * ("1. IM SDK Error Codes", "2. Server Error Codes", "3. IM SDK V3 Error Codes"), each with titled tables that start
 * with an "Error Code Description" header line and end at a blank line. A table row is `<code> <description>` or
 * `<from> - <to> <description>`; a line inside a table that does not start with a code continues the previous row.
 */
import { readSeed } from './dir.js';
import type { SeedCode } from './types.js';

export type { SeedCode };

/** A seed code still being read: continuation lines add to its text. */
type MutableSeedCode = { -readonly [K in keyof SeedCode]: SeedCode[K] };

/** One documented code (or documented range `code`–`to`) of a seed. */

const FILE = '003_bf142cf8791200b7.txt';

const PART = /^(\d+)\.\s+(\S.*)$/; // "2. Server Error Codes"
const TABLE_HEADER = /^Error\s+Code\s+Description$/i;
const CODE_ROW = /^(-?\d+)(?:\s*-\s*(\d+))?\s+(\S.*)$/; // "6017 A parameter…", "-10001 D2…", "120001 - 130000 Custom…"
const LOOKS_LIKE_CODE = /^[-–]?\s*\d/; // anything starting with a (possibly negative) number

/** Parses the text of a Tencent seed. Throws on any line that looks like a code row but does not parse. */
export function parseTencentSeed(source: string, file: string = FILE): SeedCode[] {
  const codes: SeedCode[] = [];
  let part: string | undefined;
  let lastTitle: string | undefined; // last non-blank line outside a table
  let section: string | undefined;
  let inTable = false;
  let current: MutableSeedCode | undefined;

  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((raw, index) => {
    const line = raw.replace(/\t/g, ' ').trim();
    const where = `${file}:${index + 1}`;
    if (line === '') {
      inTable = false;
      current = undefined;
      return;
    }
    if (!inTable) {
      if (TABLE_HEADER.test(line)) {
        inTable = true;
        section = [part, lastTitle].filter((s): s is string => s !== undefined).join(' / ') || undefined;
        return;
      }
      const heading = PART.exec(line);
      if (heading !== null) {
        part = heading[2];
        lastTitle = undefined;
        return;
      }
      if (LOOKS_LIKE_CODE.test(line)) throw new Error(`${where}: code-like line outside a table: ${JSON.stringify(line)}`);
      lastTitle = line;
      return;
    }
    // Inside a table.
    if (LOOKS_LIKE_CODE.test(line)) {
      const row = CODE_ROW.exec(line);
      if (row === null) throw new Error(`${where}: unparsable code row: ${JSON.stringify(line)}`);
      const [, codeText, toText, text] = row;
      const code = Number(codeText);
      if (!Number.isSafeInteger(code) || text === undefined) throw new Error(`${where}: bad code: ${JSON.stringify(line)}`);
      const entry: MutableSeedCode = { code, text, file };
      if (toText !== undefined) {
        const to = Number(toText);
        if (!(to > code)) throw new Error(`${where}: range end not above its start: ${JSON.stringify(line)}`);
        entry.to = to;
      }
      if (section !== undefined) entry.section = section;
      codes.push(entry);
      current = entry;
      return;
    }
    if (current === undefined) throw new Error(`${where}: continuation line before any code row: ${JSON.stringify(line)}`);
    current.text = `${current.text} ${line}`;
  });
  return codes;
}

/** Every code documented in the Tencent seed, in seed order. */
export function readTencentSeedCodes(): SeedCode[] {
  return parseTencentSeed(readSeed(FILE), FILE);
}

/**
 * Reads the Tencent Cloud IM native SDK's error code header as the vendor documents hold it
 * (`../shared/vendor-docs/tencent/native-TIMErrorCode.md`: TIMErrorCode.h's `ERROR_CODE` enum as Markdown tables).
 * `## ` headings name parts ("（一）IM SDK 的错误码") and sections ("网络错误码"); a table row is
 * `| code | CONSTANT | comment |`. One heading is itself a documented range ("## 120001 - 130000, ///< …").
 * Anything that looks like a code row but does not parse fails loudly rather than being skipped.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SEEDS_DIR } from './dir.js';
import type { SeedCode } from './types.js';

/** One code of the native header: a {@link SeedCode} with the enum constant's name. */
export interface NativeCode extends SeedCode {
  readonly constant?: string;
}

/** The header's file, relative to the vendor documents folder. */
export const TENCENT_NATIVE_FILE = 'tencent/native-TIMErrorCode.md';

/** The vendor documents folder: `$IM_ERRORS_VENDOR_DOCS`, else `vendor-docs` beside the seeds. */
const VENDOR_DOCS_DIR: string = process.env.IM_ERRORS_VENDOR_DOCS ?? resolve(SEEDS_DIR, '..', 'vendor-docs');

const PART = /^##\s+（[一二三四五六七八九十]+）\s*(\S.*)$/; // "## （二）服务端的错误码"
const RANGE_HEADING = /^##\s+(\d+)\s*-\s*(\d+)\s*,\s*(?:\/\/\/<\s*)?(.*)$/; // "## 120001 - 130000,  ///< …"
const HEADING = /^##\s+(\S.*)$/;
const ROW = /^\|\s*(-?\d+)\s*\|\s*([A-Z][A-Z0-9_]*)\s*\|\s*(.*?)\s*\|$/;
const LOOKS_LIKE_ROW = /^\|\s*[-–]?\s*\d/;
const TABLE_CHROME = /^\|\s*(?:code\s*\||-{3})/; // the header row and the separator row

/** Parses the header's Markdown. Throws on a row that looks like a code but does not parse. */
export function parseTencentNative(source: string, file: string = TENCENT_NATIVE_FILE): NativeCode[] {
  const codes: NativeCode[] = [];
  let part: string | undefined;
  let section: string | undefined;
  const where = (index: number) => `${file}:${index + 1}`;
  source.replace(/\r\n?/g, '\n').split('\n').forEach((raw, index) => {
    const line = raw.trim();
    const partHeading = PART.exec(line);
    if (partHeading !== null) {
      part = partHeading[1];
      section = undefined;
      return;
    }
    const range = RANGE_HEADING.exec(line);
    if (range !== null) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (to < from) throw new Error(`${where(index)}: range end ${to} before its start ${from}`);
      codes.push({ code: from, to, text: range[3]!.trim(), file, ...(part === undefined ? {} : { section: part }) });
      return;
    }
    const heading = HEADING.exec(line);
    if (heading !== null) {
      section = heading[1];
      return;
    }
    if (!line.startsWith('|') || TABLE_CHROME.test(line)) return;
    const row = ROW.exec(line);
    if (row === null) {
      if (LOOKS_LIKE_ROW.test(line)) throw new Error(`${where(index)}: unparsable code row: ${JSON.stringify(line)}`);
      return;
    }
    const label = [part, section].filter((s): s is string => s !== undefined).join(' / ');
    codes.push({ code: Number(row[1]), constant: row[2]!, text: row[3]!, file, ...(label === '' ? {} : { section: label }) });
  });
  return codes;
}

/** Every code of the native header (and its one documented range). */
export function readTencentNativeCodes(): NativeCode[] {
  return parseTencentNative(readFileSync(join(VENDOR_DOCS_DIR, TENCENT_NATIVE_FILE), 'utf8'));
}

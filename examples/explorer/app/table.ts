/** The table of every mapped code: its rows, the filter, and what a row loads into the form. */
import { agora } from 'im-errors/agora';
import { easemob, jmessage, tencent } from 'im-errors/all';
import { documentedCodes, type DocumentedCode, type MappedCode, type MappedVendor } from 'im-errors/descriptions';
import { VENDOR_CHOICES } from './vendors.js';

/** One row: a mapped code (or range), what its vendor documents for it, and the text the search reads. */
export interface TableRow extends DocumentedCode {
  /** Every cell, lower-cased, for the free-text search. */
  readonly haystack: string;
}

/** What the table's controls ask for; empty strings match everything. */
export interface TableFilter {
  readonly text: string;
  readonly vendor: string;
  readonly kind: string;
}

/** What the table reads of an adapter. */
interface TableVendor extends MappedVendor {
  readonly defaultPlatform: string | undefined;
}

/** Every vendor, in the CLI's `list` order. */
const TABLE_VENDORS: readonly TableVendor[] = [jmessage, tencent, easemob, agora];

function tableRow(row: DocumentedCode): TableRow {
  const { vendor, platform, code, kind, reason, recovery, documented } = row;
  const cells = [vendor, platform ?? '', code, kind, reason, recovery, ...documented.map(({ text }) => text)];
  return { ...row, haystack: cells.join('\n').toLowerCase() };
}

/** Every mapped code of every vendor (JMessage, Tencent, Easemob, Agora), in the CLI's `list` order. */
export function tableRows(): TableRow[] {
  return TABLE_VENDORS.flatMap((vendor) => documentedCodes(vendor)).map(tableRow);
}

/** The rows matching the filter: the vendor and kind exactly, and every word of the text somewhere in the row. */
export function filterRows(rows: readonly TableRow[], filter: TableFilter): TableRow[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter((word) => word !== '');
  return rows.filter(
    (row) =>
      (filter.vendor === '' || row.vendor === filter.vendor) &&
      (filter.kind === '' || row.kind === filter.kind) &&
      words.every((word) => row.haystack.includes(word)),
  );
}

/**
 * The platform that reads a common code as the common table does: `default`, unless the vendor's default platform maps
 * the code otherwise (Tencent 1002 is a kick on web, the default) — then the first platform that does not.
 */
function commonPlatform(vendorName: string, code: string): string {
  const vendor = TABLE_VENDORS.find((known) => known.vendor === vendorName);
  const overrides = (platform: string): boolean => Object.prototype.hasOwnProperty.call(vendor?.mappings.platforms[platform] ?? {}, code);
  if (vendor?.defaultPlatform === undefined || !overrides(vendor.defaultPlatform)) return 'default';
  return vendor.platforms.find((platform) => !overrides(platform)) ?? 'default';
}

/**
 * What clicking a row puts in the form: its vendor, a platform that reads the row's table, its code (a range's
 * first), or for a REST row the body with its status.
 */
export function rowQuery(row: MappedCode): { readonly vendor: string; readonly platform: string; readonly text: string } {
  const vendor = VENDOR_CHOICES.some((choice) => choice.id === row.vendor) ? row.vendor : 'detect';
  // A REST row loads the body the API answers with, its status beside the error string.
  if (row.httpStatus !== null) {
    return { vendor, platform: row.platform ?? 'server', text: JSON.stringify({ error: row.code, error_description: '', statusCode: row.httpStatus }) };
  }
  const code = row.code.split('..')[0]!;
  return { vendor, platform: row.platform ?? commonPlatform(row.vendor, code), text: code };
}

/** `im-errors list [--vendor v] [--kind k]`: every mapped code as a table (or JSON). */
import { mappedCodes, type MappedCode } from '../descriptions/mapped-codes.js';
import { KINDS, isKind } from '../taxonomy.js';
import { UsageError, parse, shown } from './args.js';
import type { CliIO } from './io.js';
import { formatTable } from './table.js';
import { CLI_VENDORS, findVendor, type CliVendor } from './vendors.js';

/** A vendor's rows, through the one function that makes them for every tool. */
function vendorCodes(vendor: CliVendor): MappedCode[] {
  return mappedCodes({ vendor: vendor.name, platforms: vendor.platforms, mappings: vendor.mappings });
}

/** The rows `list` prints, filtered; throws {@link UsageError} for an unknown vendor or kind. */
export function listCodes(vendorName?: string, kind?: string): MappedCode[] {
  const named = vendorName === undefined ? undefined : findVendor(vendorName);
  if (vendorName !== undefined && named === undefined) {
    throw new UsageError(`unknown vendor ${shown(vendorName)} (vendors: ${CLI_VENDORS.map((vendor) => vendor.name).join(', ')})`);
  }
  if (kind !== undefined && !isKind(kind)) throw new UsageError(`unknown kind ${shown(kind)} (kinds: ${KINDS.join(', ')})`);
  return (named === undefined ? CLI_VENDORS : [named]).flatMap(vendorCodes).filter((row) => kind === undefined || row.kind === kind);
}

/**
 * A row as `list --json` prints it: the code a number, as `explain --json` gives it (`null` for a range), and a
 * range as `[from, to]` (`null` for a code).
 */
export interface ListedCode extends Omit<MappedCode, 'code'> {
  /** The code as a number; a REST answer's `error` string as it is; null for a range. */
  readonly code: number | string | null;
  readonly range: readonly [from: number, to: number] | null;
}

/** A row with its code as numbers, for JSON. */
export function listedCode(row: MappedCode): ListedCode {
  const range = /^(-?\d+)\.\.(-?\d+)$/.exec(row.code);
  return {
    ...row,
    code: row.httpStatus !== null ? row.code : range === null ? Number(row.code) : null,
    range: range === null ? null : [Number(range[1]), Number(range[2])],
  };
}

/** The rows as an aligned table with a header. */
export function formatList(rows: readonly MappedCode[]): string {
  const header = ['vendor', 'platform', 'code', 'kind', 'reason', 'retryable', 'recovery'];
  const cells = rows.map((row) => [
    row.vendor,
    row.platform ?? '-',
    row.httpStatus === null ? row.code : `${row.httpStatus} ${row.code}`,
    row.kind,
    row.reason,
    row.retryable ? 'yes' : 'no',
    row.recovery,
  ]);
  return formatTable([header, ...cells]).join('\n');
}

const OPTIONS = {
  vendor: { type: 'string' },
  kind: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs `im-errors list …`; returns the exit code. */
export function listCommand(argv: readonly string[], io: CliIO, usage: string): number {
  const { values, positionals } = parse(argv, OPTIONS);
  if (values.help === true) {
    io.stdout(`${usage}\n`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`list takes no arguments, got ${shown(positionals[0]!)}`);
  const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  const rows = listCodes(str(values.vendor), str(values.kind));
  io.stdout(`${values.json === true ? JSON.stringify(rows.map(listedCode), null, 2) : formatList(rows)}\n`);
  return 0;
}

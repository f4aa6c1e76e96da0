/** `im-errors list [--vendor v] [--kind k]`: every mapped code as a table (or JSON). */
import type { MappingEntry } from '../mapping.js';
import { KINDS, isKind } from '../taxonomy.js';
import { UsageError, parse } from './args.js';
import type { CliIO } from './io.js';
import { formatTable } from './table.js';
import { CLI_VENDORS, findVendor, type CliVendor } from './vendors.js';

/** One mapped code, or one range of codes. */
export interface ListedCode {
  readonly vendor: string;
  /** The platform whose table holds the code; null for codes that mean the same on every platform. */
  readonly platform: string | null;
  /** The code, or `from..to` for a range. */
  readonly code: string;
  readonly kind: string;
  readonly reason: string;
  readonly retryable: boolean;
  readonly recovery: string;
  readonly retryAfterMs: number | null;
}

function listed(vendor: string, platform: string | null, code: string, entry: MappingEntry): ListedCode {
  const [kind, reason, retryable, recovery, retryAfterMs] = entry;
  return { vendor, platform, code, kind, reason, retryable, recovery, retryAfterMs: retryAfterMs ?? null };
}

const byCode = ([a]: readonly [string, unknown], [b]: readonly [string, unknown]): number => Number(a) - Number(b);

/** Every code and range a vendor maps: common codes, then each platform's, then ranges. */
export function vendorCodes(vendor: CliVendor): ListedCode[] {
  const { codes, platforms, ranges } = vendor.mappings;
  const rows = Object.entries(codes).sort(byCode).map(([code, entry]) => listed(vendor.name, null, code, entry));
  for (const platform of vendor.platforms) {
    const table = platforms[platform] ?? {};
    rows.push(...Object.entries(table).sort(byCode).map(([code, entry]) => listed(vendor.name, platform, code, entry)));
  }
  rows.push(...ranges.map(([from, to, entry]) => listed(vendor.name, null, `${from}..${to}`, entry)));
  return rows;
}

/** The rows `list` prints, filtered; throws {@link UsageError} for an unknown vendor or kind. */
export function listCodes(vendorName?: string, kind?: string): ListedCode[] {
  const named = vendorName === undefined ? undefined : findVendor(vendorName);
  if (vendorName !== undefined && named === undefined) {
    throw new UsageError(`unknown vendor '${vendorName}' (vendors: ${CLI_VENDORS.map((vendor) => vendor.name).join(', ')})`);
  }
  if (kind !== undefined && !isKind(kind)) throw new UsageError(`unknown kind '${kind}' (kinds: ${KINDS.join(', ')})`);
  return (named === undefined ? CLI_VENDORS : [named]).flatMap(vendorCodes).filter((row) => kind === undefined || row.kind === kind);
}

/** The rows as an aligned table with a header. */
export function formatList(rows: readonly ListedCode[]): string {
  const header = ['vendor', 'platform', 'code', 'kind', 'reason', 'retryable', 'recovery'];
  const cells = rows.map((row) => [
    row.vendor,
    row.platform ?? '-',
    row.code,
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
  if (positionals.length > 0) throw new UsageError(`list takes no arguments, got '${positionals[0]}'`);
  const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  const rows = listCodes(str(values.vendor), str(values.kind));
  io.stdout(`${values.json === true ? JSON.stringify(rows, null, 2) : formatList(rows)}\n`);
  return 0;
}

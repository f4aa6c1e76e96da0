/** The rows of every mapped code: one per code of a vendor's tables (common, then per platform), one per range. */
import type { CodeDescriptions } from '../../mappings/descriptions/types.js';
import type { MappingEntry, VendorMappings } from '../mapping.js';
import { descriptionsOf } from './by-vendor.js';
import { describeCode, describeRange, type Described } from './describe.js';

/** One mapped code, or one range of codes. */
export interface MappedCode {
  readonly vendor: string;
  /** The platform whose table holds the code; null for codes that mean the same on every platform. */
  readonly platform: string | null;
  /** The code, `from..to` for a range, or a REST answer's `error` string (with {@link MappedCode.httpStatus}). */
  readonly code: string;
  /** The HTTP status of a REST answer's row (Easemob `429` `reach_limit`); null for a code or a range. */
  readonly httpStatus: number | null;
  readonly kind: string;
  readonly reason: string;
  readonly retryable: boolean;
  readonly recovery: string;
  readonly retryAfterMs: number | null;
}

/** What {@link mappedCodes} reads of an adapter (every `VendorAdapter` is one). */
export interface MappedVendor<P extends string = string> {
  readonly vendor: string;
  readonly platforms: readonly P[];
  readonly mappings: VendorMappings<P>;
}

function row(vendor: string, platform: string | null, code: string, entry: MappingEntry, httpStatus: number | null = null): MappedCode {
  const [kind, reason, retryable, recovery, retryAfterMs] = entry;
  return { vendor, platform, code, httpStatus, kind, reason, retryable, recovery, retryAfterMs: retryAfterMs ?? null };
}

const byCode = ([a]: readonly [string, unknown], [b]: readonly [string, unknown]): number => Number(a) - Number(b);

/**
 * Every code and range an adapter maps: common codes, then each platform's, then REST answers (platform `server`,
 * by status), then ranges (`from..to`).
 */
export function mappedCodes<P extends string>(adapter: MappedVendor<P>): MappedCode[] {
  const { vendor, platforms, mappings } = adapter;
  const rows = Object.entries(mappings.codes).sort(byCode).map(([code, entry]) => row(vendor, null, code, entry));
  for (const platform of platforms) {
    const table = mappings.platforms[platform] ?? {};
    rows.push(...Object.entries(table).sort(byCode).map(([code, entry]) => row(vendor, platform, code, entry)));
  }
  for (const [status, byError] of Object.entries(mappings.rest ?? {}).sort(byCode)) {
    rows.push(...Object.entries(byError).map(([error, entry]) => row(vendor, 'server', error, entry, Number(status))));
  }
  rows.push(...mappings.ranges.map(([from, to, entry]) => row(vendor, null, `${from}..${to}`, entry)));
  return rows;
}

/** One mapped code with what its vendor documents for it. */
export interface DocumentedCode extends MappedCode {
  readonly documented: readonly Described[];
}

/** A range row's `from..to`. */
const RANGE = /^(-?\d+)\.\.(-?\d+)$/;

/**
 * What the vendor documents for one row. A range: only sources documenting that very range (an inferred range has
 * none). A platform's code: that platform's sources and the general ones. A common code: the general sources and
 * those of platforms that do not map the code otherwise (Tencent's web SDK words for 1002 are not the common 1002's).
 */
function documentedFor<P extends string>(descriptions: CodeDescriptions, adapter: MappedVendor<P>, mapped: MappedCode): Described[] {
  // REST answers: their words are in the row's own data (mappings/<vendor>-rest.ts), not in the code descriptions.
  if (mapped.httpStatus !== null) return [];
  const range = RANGE.exec(mapped.code);
  if (range !== null) return describeRange(descriptions, Number(range[1]), Number(range[2]));
  const code = Number(mapped.code);
  if (mapped.platform !== null) return describeCode(descriptions, code, mapped.platform);
  const overrides = (platform: string | undefined): boolean =>
    platform !== undefined && Object.prototype.hasOwnProperty.call(adapter.mappings.platforms[platform as P] ?? {}, mapped.code);
  return describeCode({ ...descriptions, sources: descriptions.sources.filter((source) => !overrides(source.platform)) }, code, undefined);
}

/** {@link mappedCodes}, each row with what the vendor's documents and SDK tables say of it. */
export function documentedCodes<P extends string>(adapter: MappedVendor<P>): DocumentedCode[] {
  const descriptions = descriptionsOf(adapter.vendor);
  return mappedCodes(adapter).map((mapped) => ({
    ...mapped,
    documented: descriptions === undefined ? [] : documentedFor(descriptions, adapter, mapped),
  }));
}

/**
 * The shape of a vendor's REST rate limits as data (`mappings/<vendor>-rest-limits.ts`): per API, one or more
 * windows, each counting either calls or the vendor's own units (recipients, groups, chat rooms), and the page that
 * documents the number. Types only: the tables are read by the vendor rate limiter of `im-errors/redis`.
 *
 * @example
 * ```ts
 * import type { RestLimitTable } from 'im-errors/redis';
 * const limits: RestLimitTable = {
 *   vendor: 'tencent',
 *   fallback: { windows: [{ per: 'call', points: 200, durationMs: 1000 }], source: 'https://example.com/limits' },
 *   apis: {},
 * };
 * ```
 */
import type { Vendor } from '../taxonomy.js';

/** One window of a limit: at most `points` calls (or units) per `durationMs`, per app. */
export interface LimitWindow {
  /** `call`: every call costs 1; `unit`: a call costs its units (recipients for a batch send, groups…). */
  readonly per: 'call' | 'unit';
  readonly points: number;
  readonly durationMs: number;
}

/** The limits of one API (or of several APIs the vendor counts together). */
export interface RestLimit {
  readonly windows: readonly LimitWindow[];
  /** What a unit is, for `per: 'unit'` windows (`recipient`, `group`, `chatroom`, `message`). */
  readonly unit?: string | undefined;
  /** The most units one call may carry; a bigger call is refused by the vendor, so it is refused locally. */
  readonly maxUnitsPerCall?: number | undefined;
  /** The vendor's own page that documents these numbers. */
  readonly source: string;
}

/** A vendor's REST limits: per API (the vendor's path), and what every other API gets. */
export interface RestLimitTable {
  readonly vendor: Vendor;
  /** The limit of an API the table does not list. */
  readonly fallback: RestLimit;
  readonly apis: { readonly [api: string]: RestLimit };
}

/** The limit `table` documents for `api` (its own row, or the table's fallback). */
export function limitOf(table: RestLimitTable, api: string): RestLimit {
  return Object.hasOwn(table.apis, api) ? (table.apis[api] as RestLimit) : table.fallback;
}

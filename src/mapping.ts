/**
 * The shape of a vendor's mapping data: code → (kind, reason, retryable, recovery).
 * Mapping modules in `mappings/` are plain data of these types; {@link resolveCode} is the only code reading them.
 */
import type { Kind, ReasonOf, Recovery } from './taxonomy.js';

/**
 * One mapped code: `[kind, reason, retryable, recovery, retryAfterMs?]`.
 * `retryable` is true only if sending the same request again, unchanged, after a delay can succeed without anyone
 * acting. `retryAfterMs` is the vendor's documented wait, when it documents one.
 */
export type MappingEntry = {
  readonly [K in Kind]: readonly [kind: K, reason: ReasonOf<K>, retryable: boolean, recovery: Recovery, retryAfterMs?: number];
}[Kind];

/** Codes of one vendor (or one platform of it) to their mapping. */
export type CodeTable = { readonly [code: number]: MappingEntry };

/**
 * A range of codes: `[from, to, entry, documented]` (inclusive). A documented range is the vendor's own
 * (e.g. Tencent 120001–130000, callback codes); an undocumented one is an inference from the vendor's numbering,
 * and what it yields is marked `inferred`.
 */
export type CodeRange = readonly [from: number, to: number, entry: MappingEntry, documented: boolean];

/** Everything im-errors knows about one vendor's codes. */
export interface VendorMappings<P extends string = string> {
  /** Codes that mean the same on every platform of the vendor. */
  readonly codes: CodeTable;
  /** Codes whose meaning differs on one platform; looked up before {@link codes}. */
  readonly platforms: { readonly [K in P]?: CodeTable };
  /** Ranges, tried in order when no table has the code. */
  readonly ranges: readonly CodeRange[];
  /**
   * Codes that only say "something failed" (e.g. Easemob -2 REQUEST_UNKNOWN). When such an error wraps another,
   * the wrapped one is reported instead.
   */
  readonly generic: readonly number[];
  /**
   * Errors the vendor's SDK tells apart only by their fixed text: `Error`s it throws without any code (Tencent's
   * parameter checks: `Error('Params validate failed.')`), and a code it reuses for unrelated failures (Easemob 1 is a
   * failed login, but also `Currently logging in, please wait.`). Tried in order, before the code tables.
   */
  readonly texts?: readonly TextRule[] | undefined;
}

/**
 * One SDK error known by its text: `[text, entry, match, code?]`. `exact` matches the whole message; `prefix` a message
 * that starts with `text` (for an SDK that appends the parameter's name: Easemob `Invalid parameter: "groupId"`).
 * Without `code` the rule is for thrown errors that carry no code; with it, for that code only.
 */
export type TextRule = readonly [text: string, entry: MappingEntry, match: 'exact' | 'prefix', code?: number];

/** The entry of the first text rule that `message` (of an error with `code`, or with none) matches, or undefined. */
export function resolveText<P extends string>(mappings: VendorMappings<P>, message: string, code?: number): MappingEntry | undefined {
  const found = (mappings.texts ?? []).find(
    ([text, , match, ruleCode]) => ruleCode === code && (match === 'exact' ? message === text : message.startsWith(text)),
  );
  return found?.[1];
}

/** How a code was resolved: from a table (`documented`), a documented range, or an inferred range. */
export interface Resolution {
  readonly entry: MappingEntry;
  /** True when only the vendor's numbering, not its documentation, supports the entry. */
  readonly inferred: boolean;
}

/** Looks a code up: the platform's table, then the common table, then the ranges. */
export function resolveCode<P extends string>(
  mappings: VendorMappings<P>,
  code: number,
  platform: P | undefined,
): Resolution | undefined {
  const own = platform === undefined ? undefined : mappings.platforms[platform];
  const entry = own?.[code] ?? mappings.codes[code];
  if (entry !== undefined) return { entry, inferred: false };
  for (const [from, to, rangeEntry, documented] of mappings.ranges) {
    if (code >= from && code <= to) return { entry: rangeEntry, inferred: !documented };
  }
  return undefined;
}

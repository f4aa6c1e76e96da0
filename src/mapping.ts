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

/**
 * A vendor's REST answers keyed by what identifies them: HTTP status → the body's `error` string → mapping
 * (Easemob `400` / `illegal_argument`). Read by {@link resolveRest}.
 */
export type RestTable = { readonly [status: number]: { readonly [error: string]: MappingEntry } };

/** Everything im-errors knows about one vendor's codes. */
export interface VendorMappings<P extends string = string> {
  /** Codes that mean the same on every platform of the vendor. */
  readonly codes: CodeTable;
  /**
   * Codes whose meaning differs on one platform; looked up before {@link codes}, the platform's own table first, then
   * the tables of its {@link parents}.
   */
  readonly platforms: { readonly [K in P]?: CodeTable };
  /**
   * Platforms that are a part of another (Easemob `android` and `ios` are `native`): a code is looked up in the
   * part's table, then in its parent's, then in {@link codes}; an error reports the part only when its own table
   * answered, else the parent (see {@link canonicalPlatform}).
   */
  readonly parents?: { readonly [K in P]?: P } | undefined;
  /** REST answers, keyed by HTTP status and the body's `error` string; see {@link resolveRest}. */
  readonly rest?: RestTable | undefined;
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
export type TextRule = readonly [text: string, entry: MappingEntry, match: 'exact' | 'prefix', code?: number | string];

/**
 * The entry of the first text rule that `message` (of an error with `code` — a number, or a REST `error` string —
 * or with none) matches, or undefined.
 *
 * @example
 * ```ts
 * resolveText(easemobMappings, 'This request has reached api limit', 'reach_limit', 'server')?.entry;
 * // the entry of the first text rule whose text the message matches, or undefined
 * ```
 */
export function resolveText<P extends string>(
  mappings: VendorMappings<P>,
  message: string,
  code?: number | string,
): MappingEntry | undefined {
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
  /** The platform whose own table answered; undefined when the common table, a range or a REST row did. */
  readonly table?: string | undefined;
}

/**
 * A platform and the platforms it is part of, nearest first: `android` → `['android', 'native']` for Easemob;
 * `[]` for none. Stops at a cycle in `parents`.
 *
 * @example
 * ```ts
 * platformLineage(easemobMappings, 'ios'); // ['ios', 'native']
 * ```
 */
export function platformLineage<P extends string>(mappings: VendorMappings<P>, platform: P | undefined): P[] {
  const lineage: P[] = [];
  for (let current = platform; current !== undefined && !lineage.includes(current); current = mappings.parents?.[current]) {
    lineage.push(current);
  }
  return lineage;
}

/**
 * The name an error reports for a platform: the table that answered when it was a platform's own, else the
 * outermost platform the given one is part of (`android` → `native`).
 *
 * @example
 * ```ts
 * canonicalPlatform(easemobMappings, 'android', undefined); // 'native'
 * canonicalPlatform(easemobMappings, 'android', 'android'); // 'android': the Android table answered
 * ```
 */
export function canonicalPlatform<P extends string>(
  mappings: VendorMappings<P>,
  platform: P | undefined,
  answered: string | undefined,
): P | undefined {
  if (answered !== undefined) return answered as P;
  const lineage = platformLineage(mappings, platform);
  return lineage[lineage.length - 1];
}

/**
 * Looks a code up: the platform's table, then the tables of the platforms it is part of, then the common table,
 * then the ranges.
 *
 * @example
 * ```ts
 * resolveCode(easemobMappings, 502, 'android')?.entry; // ['rate-limit', 'too-many-messages', true, 'wait']
 * ```
 */
export function resolveCode<P extends string>(
  mappings: VendorMappings<P>,
  code: number,
  platform: P | undefined,
): Resolution | undefined {
  for (const part of platformLineage(mappings, platform)) {
    const entry = mappings.platforms[part]?.[code];
    if (entry !== undefined) return { entry, inferred: false, table: part };
  }
  const entry = mappings.codes[code];
  if (entry !== undefined) return { entry, inferred: false };
  for (const [from, to, rangeEntry, documented] of mappings.ranges) {
    if (code >= from && code <= to) return { entry: rangeEntry, inferred: !documented };
  }
  return undefined;
}

/** Own-key lookup in a string-keyed table (a REST `error` such as `constructor` is no inherited member). */
function own<T>(table: { readonly [key: string]: T } | undefined, key: string): T | undefined {
  return table !== undefined && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/**
 * Looks a REST answer up by its `error` string and, when known, its HTTP status: the row for both; without the
 * status, the `error` alone where every status that lists it means the same.
 *
 * @example
 * ```ts
 * resolveRest(easemobMappings, 'reach_limit', 429)?.entry; // ['rate-limit', 'too-many-requests', true, 'wait', 1000]
 * resolveRest(easemobMappings, 'web_application', undefined); // undefined: 415 and 500 differ
 * ```
 */
export function resolveRest<P extends string>(
  mappings: VendorMappings<P>,
  error: string,
  status: number | undefined,
): Resolution | undefined {
  const rest = mappings.rest ?? {};
  if (status !== undefined) {
    const entry = own(rest[status], error);
    return entry === undefined ? undefined : { entry, inferred: false };
  }
  const entries = Object.values(rest).flatMap((byError) => {
    const entry = own(byError, error);
    return entry === undefined ? [] : [entry];
  });
  const [first] = entries;
  const same = first !== undefined && entries.every((entry) => entry.length === first.length && entry.every((part, i) => part === first[i]));
  return same ? { entry: first, inferred: false } : undefined;
}

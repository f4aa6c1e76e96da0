/**
 * The encoder of the compact table form that `src/compact.ts` decodes: a pool of the distinct entries of one module,
 * and each code table as a string of delta-encoded codes into that pool. Anything the compact form cannot say
 * exactly (a key that is no canonical integer, an entry outside the taxonomy) is an error: the build fails rather
 * than ship a table that decodes differently.
 */
import type { CodeTable, MappingEntry } from '../../src/mapping.js';
import { KINDS, REASONS, RECOVERIES, type Kind } from '../../src/taxonomy.js';

const char = (value: number): string => String.fromCharCode(48 + value);

/** True when `value` is a mapping entry: `[kind, reason of kind, boolean, recovery, retryAfterMs?]`. */
export function isEntry(value: unknown): value is MappingEntry {
  if (!Array.isArray(value) || (value.length !== 4 && value.length !== 5)) return false;
  const [kind, reason, retryable, recovery, retryAfterMs] = value as unknown[];
  return (
    typeof kind === 'string' &&
    (KINDS as readonly string[]).includes(kind) &&
    (REASONS[kind as Kind] as readonly unknown[]).includes(reason) &&
    typeof retryable === 'boolean' &&
    (RECOVERIES as readonly unknown[]).includes(recovery) &&
    (value.length === 4 || (Number.isSafeInteger(retryAfterMs) && (retryAfterMs as number) >= 0))
  );
}

/** True when `key` is the key an integer code has (`'70001'`, `'-10114'`), so that decoding gives it back. */
const isCodeKey = (key: string): boolean => Number.isSafeInteger(Number(key)) && String(Number(key)) === key;

/** True when `value` is a non-empty code table: a plain object of integer keys, each holding an entry. */
export function isCodeTable(value: unknown): value is CodeTable {
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => isCodeKey(key) && isEntry((value as Record<string, unknown>)[key]));
}

/** One entry in the compact form (see `src/compact.ts`). */
export function encodeEntry(entry: MappingEntry): string {
  if (!isEntry(entry)) throw new TypeError(`compact: not a mapping entry: ${JSON.stringify(entry)}`);
  const [kind, reason, retryable, recovery, retryAfterMs] = entry;
  const flags = (retryable ? 10 : 0) + RECOVERIES.indexOf(recovery);
  const head = char(KINDS.indexOf(kind)) + char((REASONS[kind] as readonly string[]).indexOf(reason)) + char(flags);
  return retryAfterMs === undefined ? head : `${head}${retryAfterMs}`;
}

/** The distinct entries of one module, each with its index, equal entries (same parts) sharing one. */
export class EntryPool {
  private readonly indexes = new Map<string, number>();
  private readonly encoded: string[] = [];

  /** The index of `entry`, adding it when no equal entry is in the pool yet. */
  indexOf(entry: MappingEntry): number {
    const text = encodeEntry(entry);
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.encoded.length;
      this.indexes.set(text, index);
      this.encoded.push(text);
    }
    return index;
  }

  get size(): number {
    return this.encoded.length;
  }

  /** The pool in the compact form `decodeEntries` reads. */
  encode(): string {
    return this.encoded.join(',');
  }
}

/** `table` in the compact form `decodeCodes` reads, its entries added to `pool`. Keys are kept in their order. */
export function encodeCodes(table: CodeTable, pool: EntryPool): string {
  let previous = 0;
  return Object.keys(table)
    .map((key) => {
      if (!isCodeKey(key)) throw new TypeError(`compact: ${JSON.stringify(key)} is no integer code`);
      const code = Number(key);
      const index = pool.indexOf(table[code]!);
      const delta = code - previous;
      previous = code;
      return delta === 1 ? `${index}` : `${index}+${delta}`;
    })
    .join(',');
}

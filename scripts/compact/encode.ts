/**
 * The encoder of the compact table form that `src/compact.ts` decodes: a pool of the distinct entries of one module,
 * most used first, and each code table as a string of steps and indexes into that pool. Anything the compact form
 * cannot say exactly (a key that is no canonical integer, an entry outside the taxonomy, a step or a pool too large
 * for its digits) is an error: the build fails rather than ship a table that decodes differently.
 */
import { BASE, digitAt, PREFIXES, SINGLES, STEPS, WAITS } from '../../src/compact.js';
import type { CodeTable, MappingEntry } from '../../src/mapping.js';
import { KINDS, REASONS, RECOVERIES, type Kind } from '../../src/taxonomy.js';

/**
 * The digits, in order, as the decoder (`digitAt` in `src/compact.ts`, the one definition) reads them: for each
 * value, the last printable character that reads as it. A character the digits leave out (`<`, `\`, `` ` ``) reads
 * as the same value as the character after it, so the last one is the digit.
 */
const DIGITS = Array.from({ length: BASE }, (_, value) => {
  let found = '';
  for (let code = 40; code <= 126; code++) if (digitAt(String.fromCharCode(code), 0) === value) found = String.fromCharCode(code);
  return found;
}).join('');

/** The character of one digit. */
export function char(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value >= BASE) throw new RangeError(`compact: ${value} is no digit`);
  return DIGITS[value]!;
}

/** `value` (a non-negative safe integer) in base-{@link BASE} digits, most significant first; at least one. */
function digits(value: number): string {
  let text = '';
  let rest = value;
  do {
    text = char(rest % BASE) + text;
    rest = Math.floor(rest / BASE);
  } while (rest > 0);
  return text;
}

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
  const flags = (retryable ? 10 : 0) + RECOVERIES.indexOf(recovery) + (retryAfterMs === undefined ? 0 : WAITS);
  const head = char(KINDS.indexOf(kind)) + char((REASONS[kind] as readonly string[]).indexOf(reason)) + char(flags);
  if (retryAfterMs === undefined) return head;
  const wait = digits(retryAfterMs);
  return `${head}${char(wait.length)}${wait}`;
}

/**
 * The distinct entries of one module, each with its index, equal entries (same parts) sharing one. A pool counts
 * how often each entry is asked for; {@link EntryPool.ranked} gives a pool of the same entries, most used first
 * (ties in the order first asked), so that the entries most codes use get one-digit indexes.
 */
export class EntryPool {
  private readonly indexes = new Map<string, number>();
  private readonly encoded: string[] = [];
  private readonly uses = new Map<string, number>();

  /** A pool whose entries, given in their compact form, come first, in this order. */
  constructor(order: readonly string[] = []) {
    for (const text of order) this.add(text);
  }

  private add(text: string): number {
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.encoded.length;
      this.indexes.set(text, index);
      this.encoded.push(text);
    }
    return index;
  }

  /** The index of `entry`, adding it when no equal entry is in the pool yet. */
  indexOf(entry: MappingEntry): number {
    const text = encodeEntry(entry);
    this.uses.set(text, (this.uses.get(text) ?? 0) + 1);
    return this.add(text);
  }

  get size(): number {
    return this.encoded.length;
  }

  /** A new pool of these entries, the most used first. */
  ranked(): EntryPool {
    const order = this.encoded.map((text, index) => ({ text, index, uses: this.uses.get(text) ?? 0 }));
    order.sort((a, b) => b.uses - a.uses || a.index - b.index);
    return new EntryPool(order.map(({ text }) => text));
  }

  /** The pool in the compact form `decodeEntries` reads. */
  encode(): string {
    return this.encoded.join('');
  }
}

/** The characters of the pool index `index`: one digit below `SINGLES`, two above. */
function indexDigits(index: number): string {
  if (index < SINGLES) return char(index);
  const high = Math.floor((index - SINGLES) / BASE);
  if (high >= PREFIXES) throw new RangeError(`compact: a pool of more than ${SINGLES + PREFIXES * BASE} entries`);
  return char(SINGLES + high) + char((index - SINGLES) % BASE);
}

/** The characters of a step from one code to the next other than 1: one digit for 2…, else a length and digits. */
function stepDigits(step: number): string {
  const first = SINGLES + PREFIXES;
  if (step >= 2 && step < 2 + STEPS) return char(first + step - 2);
  const value = digits(step >= 0 ? 2 * step : -2 * step - 1);
  if (first + STEPS + value.length - 1 >= BASE) throw new RangeError(`compact: a step of ${step} between codes is too large`);
  return char(first + STEPS + value.length - 1) + value;
}

/** `table` in the compact form `decodeCodes` reads, its entries added to `pool`. Keys are kept in their order. */
export function encodeCodes(table: CodeTable, pool: EntryPool): string {
  let previous = 0;
  return Object.keys(table)
    .map((key) => {
      if (!isCodeKey(key)) throw new TypeError(`compact: ${JSON.stringify(key)} is no integer code`);
      const code = Number(key);
      const index = pool.indexOf(table[code]!);
      const step = code - previous;
      previous = code;
      return (step === 1 ? '' : stepDigits(step)) + indexDigits(index);
    })
    .join('');
}

/**
 * Reading untrusted values without ever throwing. Every property of a raw error is read through here once, into a
 * plain snapshot ({@link readFields}); the rest of im-errors only sees snapshots, so getters that throw, Proxies
 * whose traps throw, revoked Proxies, cycles and huge strings are dealt with in this one place.
 */
import { cutBeforeRedaction } from './redact/cut.js';

/** Longest text an IMError shows from a raw value (vendor messages). Longer text is cut and marked with an ellipsis. */
export const MAX_TEXT = 500;

/**
 * Longest text read from a raw value. More than is shown, so that redaction sees a secret whole before the
 * shown part is cut from it.
 */
export const MAX_READ = 4 * MAX_TEXT;

/**
 * What is known of one object: its keys read so far and their answers, alternating (`[key, value, key, value…]`). An
 * object has a few keys read (a dozen at most, a fixed set per reader), so a scan of this list beats hashing.
 */
type Known = unknown[];

/**
 * What has been read during the current {@link readingOnce} call: each object's properties, by key. Getters and Proxy
 * traps run once per normalize, however many readers (adapters, platform-error checks, fallbacks) ask.
 */
let reads: Map<object, Known> | undefined;

/** The object read last and what is known of it: most reads follow one another on the same object. */
let lastObject: object | undefined;
let lastKnown: Known | undefined;

/** The key under which {@link isErrorLike}'s answer is kept with the reads (`toString` reads `Symbol.toStringTag`). */
const ERROR_LIKE = Symbol('isErrorLike');

/**
 * Runs `read` with every {@link safeGet} of it remembered: a property is read at most once, the first answer given
 * to every later ask. Nested calls share the outer memory; it is dropped when the outermost call returns.
 *
 * @example
 * readingOnce(() => [safeGet(raw, 'code'), safeGet(raw, 'code')]); // one read of `raw.code`
 */
export function readingOnce<T>(read: () => T): T {
  if (reads !== undefined) return read();
  reads = new Map();
  try {
    return read();
  } finally {
    reads = undefined;
    lastObject = undefined;
    lastKnown = undefined;
  }
}

/** What is known of `value` in the current {@link readingOnce} call (a new, empty memory at its first read). */
function knownOf(value: object, memory: Map<object, Known>): Known {
  if (value === lastObject && lastKnown !== undefined) return lastKnown;
  let known = memory.get(value);
  if (known === undefined) {
    known = [];
    memory.set(value, known);
  }
  lastObject = value;
  lastKnown = known;
  return known;
}

/** `value[key]`, or undefined when reading throws (a getter, a Proxy trap, a revoked Proxy). */
function guardedGet(value: object, key: PropertyKey): unknown {
  try {
    return (value as Record<PropertyKey, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** `read(value)` once per {@link readingOnce} call under `key`: the first answer is given to every later ask. */
function readOnce(value: object, key: PropertyKey, read: (value: object, key: PropertyKey) => unknown): unknown {
  if (reads === undefined) return read(value, key);
  const known = knownOf(value, reads);
  for (let index = 0; index < known.length; index += 2) if (known[index] === key) return known[index + 1];
  const result = read(value, key);
  known.push(key, result);
  return result;
}

/**
 * The properties normalize reads from every value it walks — each is a field of some shape it knows: platform errors
 * (`code`, `name`, `message`, `errMsg`, `cause`), HTTP client errors and answers (`status`, `statusCode`, `headers`,
 * `response`), the vendors' errors (`type`, `desc`, `description`, `data`, `error`). They are read together, in one
 * guarded block per value ({@link baseOf}), the first time any of them is asked for, instead of one memorised read
 * per property: the readers that follow take them from one object of one shape.
 */
export interface BaseFields {
  readonly code: unknown;
  readonly type: unknown;
  readonly message: unknown;
  readonly desc: unknown;
  readonly description: unknown;
  readonly name: unknown;
  readonly data: unknown;
  readonly error: unknown;
  readonly errMsg: unknown;
  readonly cause: unknown;
  readonly status: unknown;
  readonly statusCode: unknown;
  readonly headers: unknown;
  readonly response: unknown;
}

/** Reads the {@link BaseFields} of `value`, each once; one that throws (a getter, a Proxy trap) reads as undefined. */
function readBase(value: object): BaseFields {
  // One object literal, so that every value's base fields have one shape; each read guarded on its own.
  return {
    code: guardedGet(value, 'code'),
    type: guardedGet(value, 'type'),
    message: guardedGet(value, 'message'),
    desc: guardedGet(value, 'desc'),
    description: guardedGet(value, 'description'),
    name: guardedGet(value, 'name'),
    data: guardedGet(value, 'data'),
    error: guardedGet(value, 'error'),
    errMsg: guardedGet(value, 'errMsg'),
    cause: guardedGet(value, 'cause'),
    status: guardedGet(value, 'status'),
    statusCode: guardedGet(value, 'statusCode'),
    headers: guardedGet(value, 'headers'),
    response: guardedGet(value, 'response'),
  };
}

/** The keys of {@link BaseFields}: {@link safeGet} answers them from there. */
const IS_BASE_KEY: ReadonlySet<PropertyKey> = /* @__PURE__ */ new Set<PropertyKey>(Object.keys(readBase({})));

/** The key under which a value's {@link BaseFields} are kept with the reads. */
const BASE = Symbol('baseFields');

/**
 * The {@link BaseFields} of `value` (read once per {@link readingOnce} call), or undefined when `value` is not an
 * object.
 *
 * @example
 * readingOnce(() => [baseOf(raw)?.code, safeGet(raw, 'code')]); // one read of `raw.code` (and of the other base fields)
 */
export function baseOf(value: unknown): BaseFields | undefined {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return undefined;
  return fieldsOf(value);
}

/** The {@link BaseFields} of an object, read once per {@link readingOnce} call. */
function fieldsOf(value: object): BaseFields {
  return readOnce(value, BASE, readBase) as BaseFields;
}

/** Reads `value[key]` (once per {@link readingOnce} call), or undefined when `value` is not an object or reading throws. */
export function safeGet(value: unknown, key: PropertyKey): unknown {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return undefined;
  if (reads !== undefined && IS_BASE_KEY.has(key)) return (fieldsOf(value) as unknown as Record<PropertyKey, unknown>)[key];
  return readOnce(value, key, guardedGet);
}

/** An own-property test that also runs on engines older than ES2022 (older JavaScriptCore, Hermes). */
export function hasOwn(object: object, key: PropertyKey): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/**
 * A string cut to `max` characters, or undefined for anything that is not a string. A cut inside a run of secret
 * characters takes the whole run, so no fragment of a secret straddling the cut is left for redaction to miss.
 */
export function safeText(value: unknown, max: number = MAX_READ): string | undefined {
  if (typeof value !== 'string') return undefined;
  return cutBeforeRedaction(value, max);
}

/** A vendor code as given — an integer, or a string of digits — or undefined. */
export function safeCode(value: unknown): number | string | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value + 0 : undefined; // -0 reads as 0
  if (typeof value === 'string' && value.length <= 16 && /^\s*-?\d{1,12}\s*$/.test(value)) return value;
  return undefined;
}

/** The number of a code given as number or digit string. */
export function numericCode(code: number | string): number {
  return typeof code === 'number' ? code : Number.parseInt(code, 10);
}

/** True for real `Error`s (of any realm) and error-like objects with a string `name` and `message`; never throws. */
export function isErrorLike(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  return readOnce(value, ERROR_LIKE, errorLike) === true;
}

function errorLike(value: object): boolean {
  try {
    if (value instanceof Error) return true;
  } catch {
    return false;
  }
  try {
    return Object.prototype.toString.call(value) === '[object Error]';
  } catch {
    return false;
  }
}

/** The fields of a raw error that any adapter looks at, read once and safely. */
export interface RawFields {
  /** `code` when it is code-like (an integer or digit string). */
  readonly code: number | string | undefined;
  /** `type` when it is code-like (Easemob puts its code there). */
  readonly type: number | string | undefined;
  readonly message: string | undefined;
  readonly desc: string | undefined;
  readonly description: string | undefined;
  readonly name: string | undefined;
  /** Nested values, unread: adapters snapshot them in turn when they follow them. */
  readonly data: unknown;
  readonly error: unknown;
  readonly isError: boolean;
}

/** A safe snapshot of `value`'s error fields, or undefined when `value` is not an object. */
export function readFields(value: unknown): RawFields | undefined {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return undefined;
  // One snapshot per value and normalize, kept with its reads: every adapter of `im-errors/all` reads the same.
  return readOnce(value, FIELDS, snapshot) as RawFields;
}

/** The key under which {@link readFields}' snapshot is kept with the reads. */
const FIELDS = Symbol('readFields');

function snapshot(value: object): RawFields {
  const base = fieldsOf(value);
  return {
    code: safeCode(base.code),
    type: safeCode(base.type),
    message: safeText(base.message),
    desc: safeText(base.desc),
    description: safeText(base.description),
    name: safeText(base.name, 100),
    data: base.data,
    error: base.error,
    isError: isErrorLike(value),
  };
}

/** Deepest chain im-errors follows (`cause` chains, wrapped `data`). */
export const MAX_DEPTH = 10;

/**
 * `value`, then what it wraps under `key`, then what that wraps…: at most {@link MAX_DEPTH} more levels,
 * stopping at the first value seen before (cycles) or that is not an object.
 */
export function unwrapChain(value: unknown, key: PropertyKey): unknown[] {
  const chain: unknown[] = [value];
  let current = value;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const next = safeGet(current, key);
    // At most MAX_DEPTH + 1 values: a scan finds a cycle as fast as a Set would, without making one per call.
    if (next === undefined || next === null || chain.includes(next)) break;
    chain.push(next);
    current = next;
  }
  return chain;
}

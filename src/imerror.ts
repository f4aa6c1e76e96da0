/**
 * IMError: the one error type every vendor error becomes. A real `Error` (stack, `name`), discriminated on `kind`,
 * with a typed `reason`, and the raw value kept untouched as `cause`.
 */
import type { MappingEntry } from './mapping.js';
import { redact } from './redact.js';
import { MAX_DEPTH, MAX_TEXT, safeCode, safeGet, safeText } from './safe.js';
import { restackBelow, restoreLimit, setLimit } from './stack.js';
import { isKind, isReasonOf, RECOVERIES, VENDORS, type Kind, type ReasonOf, type Recovery, type Vendor } from './taxonomy.js';

/**
 * The brand older copies of im-errors look for on the prototype. It is kept so they still recognise these errors,
 * but it proves nothing: anyone can put a `Symbol.for` key on an object.
 */
const BRAND: unique symbol = Symbol.for('im-errors.IMError') as never;

/**
 * How any copy of im-errors in this realm tells its errors: each copy's IMError class checks its own private field
 * (`#cause in value`: true only for objects that class constructed, and unforgeable), and puts that check in one
 * list shared by every copy, found under a `Symbol.for` key of `globalThis` and defined there, read-only, by the
 * first copy loaded. Views of IMErrors (`im-errors/effect`'s) are in a WeakSet beside it. An object that merely
 * carries IMError fields (or the old symbol above) passes no check, and a structured clone of an IMError neither.
 * No IMError is added to anything: the brand costs nothing per error.
 */
const BRANDS_KEY = Symbol.for('im-errors.IMError.brands');
const weakHas = WeakSet.prototype.has;
const weakAdd = WeakSet.prototype.add;

/** The realm's brand checks and views, shared by every copy. */
interface Brands {
  readonly checks: Array<(value: object) => boolean>;
  readonly views: WeakSet<object>;
}

function sharedBrands(): Brands {
  const holder = globalThis as unknown as Record<symbol, unknown>;
  try {
    const existing = holder[BRANDS_KEY] as Brands;
    weakHas.call(existing.views, holder); // throws unless it is a real WeakSet
    if (!Array.isArray(existing.checks)) throw new TypeError('not the brands');
    return existing;
  } catch {
    const brands: Brands = Object.freeze({ checks: [], views: new WeakSet<object>() });
    try {
      Object.defineProperty(globalThis, BRANDS_KEY, { value: brands, enumerable: false, writable: false, configurable: false });
    } catch {
      // A frozen global: this copy keeps its own.
    }
    return brands;
  }
}
const BRANDS = sharedBrands();

/** True when `value` is an IMError some copy of im-errors made (or a view of one made by `im-errors/effect`). */
function isRegistered(value: object): boolean {
  try {
    if (IMErrorImpl.owns(value)) return true;
    const { checks } = BRANDS;
    for (let index = 0; index < checks.length; index++) {
      if (checks[index]!(value)) return true;
    }
    return weakHas.call(BRANDS.views, value);
  } catch {
    return false;
  }
}

/** Marks `value`, a view of an IMError (`im-errors/effect`), as one. The errors `build` makes need no marking. */
export function registerIMError(value: object): void {
  weakAdd.call(BRANDS.views, value);
}

/** One error of a vendor's error chain (e.g. Easemob 304 wrapping 17), outermost first. Text is redacted. */
export interface ErrorLink {
  readonly code: number | string | undefined;
  readonly message: string;
}

/** Fields every IMError has, whatever its kind. */
export interface IMErrorFields {
  /** The vendor whose error this is, or `unknown` when it could not be told. */
  readonly vendor: Vendor;
  /** The vendor platform whose table was used (`web`, `native`, `android`…), where known. */
  readonly platform: string | undefined;
  /** The vendor code exactly as given (number or digit string); for plain JS errors, their `code` (`ECONNRESET`). */
  readonly code: number | string | undefined;
  /**
   * The HTTP status of the failed request, where one came with the error (a REST answer, an SDK request failure, an
   * HTTP client error); undefined otherwise.
   */
  readonly httpStatus: number | undefined;
  /** The vendor's own text, secrets redacted, at most 500 characters; `''` when it gave none. */
  readonly vendorMessage: string;
  /** True only if sending the same request again, unchanged, after a delay can succeed without anyone acting. */
  readonly retryable: boolean;
  /** How long the vendor documents waiting before a retry, when it does. */
  readonly retryAfterMs: number | undefined;
  /** What the app can do about it. */
  readonly recovery: Recovery;
  /** True when the mapping comes from the vendor's numbering (a code range), not from its documentation. */
  readonly inferred: boolean;
  /** The vendor error chain, outermost first; the reported `code` is the most specific link. */
  readonly chain: readonly ErrorLink[];
  /** The raw value exactly as received: never copied, never changed. */
  readonly cause: unknown;
}

/** An IMError of one kind; {@link IMError} is the union of these over every kind. */
export interface IMErrorOf<K extends Kind> extends Omit<Error, 'cause'>, IMErrorFields {
  readonly name: 'IMError';
  readonly kind: K;
  readonly reason: ReasonOf<K>;
  /** A plain, serialisable object without `cause` and without secrets. */
  toJSON(): IMErrorJSON<K>;
}

/**
 * The normalized error: a discriminated union on `kind`. `IMError<'auth'>` narrows to one kind.
 *
 * @example
 * ```ts
 * switch (err.kind) {
 *   case 'auth': if (err.reason === 'kicked-other-device') goToSignIn(); break;
 *   ...
 * }
 * ```
 */
export type IMError<K extends Kind = Kind> = K extends Kind ? IMErrorOf<K> : never;

/** The fields of {@link IMErrorFields} (and `kind`, `reason`) that may be undefined: absent from `toJSON()` then. */
type OptionalField = 'platform' | 'code' | 'httpStatus' | 'retryAfterMs';

/** What `toJSON()` gives: every field but `cause` and `stack`. */
export type IMErrorJSON<K extends Kind = Kind> = K extends Kind
  ? { readonly name: 'IMError'; readonly kind: K; readonly reason: ReasonOf<K>; readonly message: string } & {
      readonly [F in Exclude<keyof IMErrorFields, OptionalField | 'cause'>]: IMErrorFields[F];
    } & { readonly [F in OptionalField]?: Exclude<IMErrorFields[F], undefined> }
  : never;

/** What {@link createIMError} takes: a kind with one of its reasons, and the common fields. */
export type IMErrorInit = {
  readonly [K in Kind]: { readonly kind: K; readonly reason: ReasonOf<K> } & {
    readonly [F in 'vendor' | 'retryable' | 'recovery' | 'cause']: IMErrorFields[F];
  } & {
    readonly [F in Exclude<keyof IMErrorFields, 'vendor' | 'retryable' | 'recovery' | 'cause'>]?: F extends 'chain'
      ? readonly ErrorLink[] | undefined
      : IMErrorFields[F] | undefined;
  };
}[Kind];

/** The name of one of an IMError's twelve fields. */
type FieldName = 'kind' | 'reason' | Exclude<keyof IMErrorFields, 'cause'>;

/**
 * The twelve fields, once: the order `build` writes them in (one hidden class for every IMError) and `toJSON` lists
 * them in; `build` and `fromJSON` write and check them in the same order. The types above derive from
 * {@link IMErrorFields}, which documents each field.
 */
const FIELDS = [
  'kind',
  'reason',
  'vendor',
  'platform',
  'code',
  'httpStatus',
  'vendorMessage',
  'retryable',
  'retryAfterMs',
  'recovery',
  'inferred',
  'chain',
] as const satisfies readonly FieldName[];

/** Compile-time: every field is in {@link FIELDS}. */
const _everyField: Exclude<FieldName, (typeof FIELDS)[number]> extends never ? true : never = true;
void _everyField;

const MAX_MESSAGE = MAX_TEXT + 200;

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function developerMessage(kind: Kind, reason: string, context: IMErrorContext, vendorMessage: string): string {
  const source = context.code === undefined ? context.vendor : `${context.vendor} code ${String(context.code)}`;
  const platform = context.platform === undefined ? '' : ` (${context.platform})`;
  const text = vendorMessage === '' ? '' : `: ${vendorMessage}`;
  return cut(`${source}${platform} -> ${kind}/${reason}${text}`, MAX_MESSAGE);
}


/** The fields as `build` writes them, once, right after construction. */
type Writable = { -readonly [F in keyof Omit<IMErrorFields, 'cause'>]: IMErrorFields[F] } & { kind: Kind; reason: string; message: string };

/** One text of a raw error as an IMError shows it: redacted, then cut. */
function clean(text: string): string {
  return text === '' ? '' : cut(redact(text), MAX_TEXT);
}

/** The chain of an error with no links: shared, being frozen. */
const NO_LINKS: readonly ErrorLink[] = Object.freeze([]);

/**
 * The chain's links, frozen, their texts cleaned. The vendor message is nearly always also a link's text: that one is
 * not redacted twice.
 */
function cleanLinks(links: readonly ErrorLink[], rawMessage: string, vendorMessage: string): readonly ErrorLink[] {
  const out: ErrorLink[] = new Array<ErrorLink>(links.length);
  for (let index = 0; index < links.length; index++) {
    const link = links[index]!;
    const message = link.message === rawMessage ? vendorMessage : clean(link.message);
    out[index] = Object.freeze({ code: link.code, message });
  }
  return Object.freeze(out);
}

/**
 * True on engines that write an Error's stack header (`Name: message`) when it is constructed, not when the stack is
 * first read: V8 since about version 12 (Chromium 150 here; Node 20's V8 11.3 writes it late). A prepared IMError is
 * constructed before its message is known, so on these engines its header is written again once the message is set
 * ({@link withHeader}). Engines without a header line (SpiderMonkey, JavaScriptCore) need nothing.
 */
const EAGER_HEADER: boolean = /* @__PURE__ */ (() => {
  try {
    const probe = new Error('');
    probe.message = 'm';
    const stack = probe.stack;
    return typeof stack === 'string' && (stack === 'Error' || stack.startsWith('Error\n'));
  } catch {
    return false;
  }
})();

/** Rewrites the header line `IMError` of a prepared IMError's stack to `IMError: message`, keeping its frames. */
function withHeader(error: Error, message: string): void {
  try {
    const stack = error.stack;
    if (typeof stack !== 'string' || !(stack === 'IMError' || stack.startsWith('IMError\n'))) return;
    error.stack = `IMError: ${message}${stack.slice('IMError'.length)}`;
  } catch {
    // A stack that cannot be read or written stays as it is.
  }
}

/**
 * The error the current public entry prepared (see {@link enter}): its stack already captured at the entry's caller.
 * The next `build` takes it; otherwise `build` makes one, its stack starting at `build`'s caller.
 */
let prepared: Error | undefined;
/** True while a public entry runs: inner entries (an adapter's normalize inside `withRetry`) prepare nothing. */
let active = false;

/** The one constructor path: `createIMError` and `fromEntry` both end here, without copying their inputs. */
function build(
  kind: Kind,
  reason: string,
  retryable: boolean,
  recovery: Recovery,
  retryAfterMs: number | undefined,
  context: IMErrorContext,
): IMError {
  const raw = context.vendorMessage ?? '';
  const vendorMessage = clean(raw);
  const links = context.chain;
  const message = developerMessage(kind, reason, context, vendorMessage);
  const shell = prepared;
  prepared = undefined;
  const error = (shell ?? new IMErrorImpl(1, undefined, message)) as unknown as Writable;
  if (shell !== undefined) {
    error.message = message;
    if (EAGER_HEADER) withHeader(shell, message);
  }
  // One assignment per field, in the order of FIELDS: every IMError gets the same hidden class.
  error.kind = kind;
  error.reason = reason;
  error.vendor = context.vendor;
  error.platform = context.platform;
  error.code = context.code;
  error.httpStatus = context.httpStatus;
  error.vendorMessage = vendorMessage;
  error.retryable = retryable;
  error.retryAfterMs = retryAfterMs;
  error.recovery = recovery;
  error.inferred = context.inferred ?? false;
  error.chain = links === undefined || links.length === 0 ? NO_LINKS : cleanLinks(links, raw, vendorMessage);
  IMErrorImpl.keepCause(error as unknown as IMErrorImpl, context.cause);
  return error as unknown as IMError;
}

const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

/**
 * The IMError class. `extra` is the number of im-errors' frames above the app's in the stack V8 captures here (it
 * skips this constructor's own): the limit is set around `super()` to the policy's frames plus those, then put back.
 */
class IMErrorImpl extends Error {
  declare readonly cause: unknown;
  // The twelve fields (FIELDS), declared here so that V8 sizes the object for them: `build`'s stores then write
  // in place instead of growing a property array four times per error.
  kind: unknown;
  reason: unknown;
  vendor: unknown;
  platform: unknown;
  code: unknown;
  httpStatus: unknown;
  vendorMessage: unknown;
  retryable: unknown;
  retryAfterMs: unknown;
  recovery: unknown;
  inferred: unknown;
  chain: unknown;

  /**
   * The raw value behind the IMError, in a private field: `cause` is a getter on the prototype that reads it, not an
   * own property, so a structured clone (`postMessage` to a worker, the global clone function) cannot carry it (V8
   * clones an Error's own message and stack only), and no key of the object shows it.
   */
  #cause: unknown;

  /** True for an object this class constructed (the brand: a private field cannot be forged or cloned). */
  static owns(value: object): boolean {
    return #cause in value;
  }

  /** Sets the raw value of an IMError `build` made. */
  static keepCause(error: IMErrorImpl, cause: unknown): void {
    error.#cause = cause;
  }

  /** The raw value, for an IMError or a view whose prototype chain reaches one (`im-errors/effect`'s). */
  static causeOf(value: object): unknown {
    for (let at: object | null = value, depth = 0; at !== null && depth < 4; at = Object.getPrototypeOf(at) as object | null, depth++) {
      if (#cause in at) return (at as IMErrorImpl).#cause;
    }
    return undefined;
  }

  constructor(extra: number, exactly?: number, message = '') {
    const limit = setLimit(extra, exactly);
    try {
      super(message);
    } finally {
      restoreLimit(limit);
    }
  }

  toJSON(): Record<string, unknown> {
    const self = this as unknown as Record<FieldName, unknown>;
    const json: Record<string, unknown> = { name: 'IMError', kind: self.kind, reason: self.reason, message: this.message };
    for (let index = 2; index < FIELDS.length; index++) {
      const field = FIELDS[index]!;
      const value = self[field];
      if (value !== undefined) json[field] = value;
    }
    return json;
  }

  /** Node's `console.log` / `util.inspect` would print `cause` (the raw error, maybe with a UserSig): show the JSON. */
  [inspectSymbol](): string {
    return `${this.stack ?? this.message}\n${JSON.stringify(this.toJSON(), null, 2)}`;
  }
}
/** Compile-time: the class declares every field of {@link FIELDS} (its in-place declarations follow that list). */
const _everyFieldDeclared: Exclude<(typeof FIELDS)[number], keyof IMErrorImpl> extends never ? true : never = true;
void _everyFieldDeclared;
Object.defineProperty(IMErrorImpl.prototype, 'name', { value: 'IMError', enumerable: false, configurable: true });
Object.defineProperty(IMErrorImpl.prototype, BRAND, { value: true, enumerable: false });
// This copy's brand check joins the realm's list (once per copy: a second copy adds its own, never this one again).
if (!BRANDS.checks.includes(IMErrorImpl.owns)) BRANDS.checks.push(IMErrorImpl.owns);
Object.defineProperty(IMErrorImpl.prototype, 'cause', {
  enumerable: false,
  configurable: true,
  /** The raw value, for the IMError itself or a view whose prototype chain reaches it (`im-errors/effect`'s). */
  get(this: object): unknown {
    return IMErrorImpl.causeOf(this);
  },
});

/**
 * `run` as a public entry: the IMError the call gives is constructed in the entry's own frame, before `run` starts —
 * the limit set around that one `super()` to the policy's frames plus one (the entry's) — so V8 walks no frame of
 * im-errors but the entry, and the stack reads: the entry (`imErrorsEntry`), then the app's frame that called it,
 * then the app's callers (see the stack policy, src/stack.ts). An IMError passed in (normalize gives it back) and
 * inner entries (an adapter's normalize inside `withRetry`) prepare nothing. `run` takes at most three arguments.
 *
 * @example
 * export const normalize = asEntry((raw: unknown, options?: NormalizeOptions) => read(raw, options));
 */
export function asEntry<F extends (...args: never[]) => unknown>(run: F): F {
  const call = run as unknown as (a: unknown, b: unknown, c: unknown) => unknown;
  return function imErrorsEntry(a: unknown, b: unknown, c: unknown): unknown {
    if (active || (a !== null && typeof a === 'object' && isRegistered(a))) return call(a, b, c);
    active = true;
    prepared = new IMErrorImpl(1);
    try {
      return call(a, b, c);
    } finally {
      active = false;
      prepared = undefined;
    }
  } as unknown as F;
}

/**
 * Runs `normalize(raw)` for an `async` entry (`withRetry`), which cannot be a new target: the IMError's stack is
 * captured afterwards to start at the caller of the first of `entries` on the stack, awaited frames included (V8's `Error.captureStackTrace`,
 * which costs more than {@link asEntry}'s way; failures only).
 */
export function normalizeBelow(entries: readonly Function[], normalize: (raw: unknown) => IMError, raw: unknown): IMError {
  if (active) return normalize(raw);
  active = true;
  const error = new IMErrorImpl(0, 0);
  // The first entry on the stack: the sync one (`withRetry`) before the runner's first await, the async one after.
  for (const entry of entries) {
    restackBelow(error, entry);
    if (error.stack?.includes('\n') === true) break;
  }
  prepared = error;
  try {
    return normalize(raw);
  } finally {
    active = false;
    prepared = undefined;
  }
}

/** What {@link createIMError} is: one IMError type per kind given. */
interface CreateIMError {
  <K extends Kind>(init: IMErrorInit & { readonly kind: K }): IMError<K>;
  (init: IMErrorInit): IMError;
}

/**
 * Builds an IMError. Adapters call this; apps may too, for errors of their own. Its stack starts at the caller.
 *
 * @example
 * createIMError({ kind: 'auth', reason: 'token-expired', vendor: 'tencent', retryable: false, recovery: 'refresh-credentials', cause: raw });
 */
export const createIMError: CreateIMError = /* @__PURE__ */ asEntry(
  (init: IMErrorInit): IMError => build(init.kind, init.reason, init.retryable, init.recovery, init.retryAfterMs, init),
);

/**
 * True for IMErrors made by im-errors, including those of another copy of it in the same app. An object that only
 * looks like one — IMError fields, the old brand symbol, a structured clone — is not one, and is normalized like any
 * other value. Never throws, and reads no property of anything that is not an IMError.
 *
 * @example
 * isIMError(normalize(raw)); // true
 * isIMError({ name: 'IMError', kind: 'auth', reason: 'token-expired', retryable: false }); // false
 */
export function isIMError(value: unknown): value is IMError {
  if (value === null || typeof value !== 'object' || !isRegistered(value)) return false;
  try {
    const candidate = value as Record<PropertyKey, unknown>;
    const kind = candidate.kind;
    return isKind(kind) && isReasonOf(kind, candidate.reason) && typeof candidate.retryable === 'boolean';
  } catch {
    return false;
  }
}

/** The fields of an IMError that do not come from a mapping entry. */
export type IMErrorContext = Omit<Extract<IMErrorInit, { kind: 'unknown' }>, 'kind' | 'reason' | 'retryable' | 'recovery' | 'retryAfterMs'>;

/** Builds the IMError a mapping entry describes, in the given context (vendor, code, text, cause…). */
export const fromEntry: (entry: MappingEntry, context: IMErrorContext) => IMError = /* @__PURE__ */ asEntry(
  (entry: MappingEntry, context: IMErrorContext): IMError => {
    // The entry's tuple type ties `reason` to `kind`; `build` takes them apart, checked by the entry's type.
    return build(entry[0], entry[1], entry[2], entry[3], entry[4], context);
  },
);

function isVendor(value: unknown): value is Vendor {
  return value === 'unknown' || (VENDORS as readonly unknown[]).includes(value);
}

function isRecovery(value: unknown): value is Recovery {
  return (RECOVERIES as readonly unknown[]).includes(value);
}

/** A non-negative finite number, or undefined. */
function duration(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** The links of a JSON chain: at most `MAX_DEPTH + 1`, each a code and a text; anything else is dropped. */
function linksOf(value: unknown): ErrorLink[] {
  try {
    if (!Array.isArray(value)) return []; // throws for a revoked Proxy
  } catch {
    return [];
  }
  const links: ErrorLink[] = [];
  const length = Math.min(Number(safeGet(value, 'length')) || 0, MAX_DEPTH + 1);
  for (let index = 0; index < length; index++) {
    const link = safeGet(value, index);
    if (link === null || typeof link !== 'object') continue;
    links.push({ code: safeCode(safeGet(link, 'code')), message: safeText(safeGet(link, 'message')) ?? '' });
  }
  return links;
}

/**
 * Rebuilds an IMError from its `toJSON()` output (sent on purpose: over `postMessage`, in a log pipeline, from a
 * worker), or gives undefined when `json` is not one. Nothing is trusted: `kind`, `reason`, `recovery` and `vendor`
 * are checked against the taxonomy, the other fields against their types, every text is redacted again and cut, and
 * `message` is written anew from the fields. The new IMError's `cause` is `json` itself. Each property is read once.
 *
 * @example
 * const copy = fromJSON(JSON.parse(JSON.stringify(err)));
 * copy?.kind === err.kind; // true
 */
export const fromJSON: (json: unknown) => IMError | undefined = /* @__PURE__ */ asEntry(readJSON);

function readJSON(json: unknown): IMError | undefined {
  if (json === null || typeof json !== 'object' || safeGet(json, 'name') !== 'IMError') return undefined;
  const kind = safeGet(json, 'kind');
  const reason = safeGet(json, 'reason');
  const vendor = safeGet(json, 'vendor');
  const retryable = safeGet(json, 'retryable');
  const recovery = safeGet(json, 'recovery');
  if (!isKind(kind) || !isReasonOf(kind, reason) || !isVendor(vendor) || typeof retryable !== 'boolean' || !isRecovery(recovery)) {
    return undefined;
  }
  const httpStatus = safeGet(json, 'httpStatus');
  return build(kind, reason, retryable, recovery, duration(safeGet(json, 'retryAfterMs')), {
    vendor,
    platform: safeText(safeGet(json, 'platform'), 40),
    code: safeCode(safeGet(json, 'code')),
    httpStatus: Number.isInteger(httpStatus) && (httpStatus as number) >= 100 && (httpStatus as number) <= 599 ? (httpStatus as number) : undefined,
    vendorMessage: safeText(safeGet(json, 'vendorMessage')) ?? '',
    inferred: safeGet(json, 'inferred') === true,
    chain: linksOf(safeGet(json, 'chain')),
    cause: json,
  });
}

/**
 * The IMError value namespace: `IMError.fromJSON(json)` rebuilds an IMError from its `toJSON()` output (see
 * {@link fromJSON}); `IMError.is(value)` is {@link isIMError}.
 *
 * @example
 * worker.onmessage = (event) => { const err = IMError.fromJSON(event.data); if (err) report(err); };
 */
export const IMError = Object.freeze({ fromJSON, is: isIMError });

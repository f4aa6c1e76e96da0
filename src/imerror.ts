/**
 * IMError: the one error type every vendor error becomes. A real `Error` (stack, `name`), discriminated on `kind`,
 * with a typed `reason`, and the raw value kept untouched as `cause`.
 */
import type { MappingEntry } from './mapping.js';
import { redact } from './redact.js';
import { MAX_DEPTH, MAX_TEXT, safeCode, safeGet, safeText } from './safe.js';
import { isKind, isReasonOf, RECOVERIES, VENDORS, type Kind, type ReasonOf, type Recovery, type Vendor } from './taxonomy.js';

/**
 * The brand older copies of im-errors look for on the prototype. It is kept so they still recognise these errors,
 * but it proves nothing: anyone can put a `Symbol.for` key on an object.
 */
const BRAND: unique symbol = Symbol.for('im-errors.IMError') as never;

/**
 * The IMErrors made by any copy of im-errors in this realm: one WeakSet, found under a `Symbol.for` key of
 * `globalThis` and defined there, read-only, by the first copy loaded. Membership is the brand: an object that merely
 * carries IMError fields (or the symbol above) is not in it, and a structured clone of an IMError is not either.
 */
const REGISTRY_KEY = Symbol.for('im-errors.IMError.registry');
const weakHas = WeakSet.prototype.has;
const weakAdd = WeakSet.prototype.add;

function sharedRegistry(): WeakSet<object> {
  const holder = globalThis as unknown as Record<symbol, unknown>;
  try {
    const existing = holder[REGISTRY_KEY];
    weakHas.call(existing as WeakSet<object>, holder); // throws unless it is a real WeakSet
    return existing as WeakSet<object>;
  } catch {
    const registry = new WeakSet<object>();
    try {
      Object.defineProperty(globalThis, REGISTRY_KEY, { value: registry, enumerable: false, writable: false, configurable: false });
    } catch {
      // A frozen global: this copy keeps its own registry.
    }
    return registry;
  }
}
const REGISTRY = sharedRegistry();

/** True when `value` is an IMError some copy of im-errors made (or a view of one made by `im-errors/effect`). */
function isRegistered(value: object): boolean {
  try {
    return weakHas.call(REGISTRY, value);
  } catch {
    return false;
  }
}

/** Marks `value` as an IMError; only for the errors `build` makes and for views of them (`im-errors/effect`). */
export function registerIMError(value: object): void {
  weakAdd.call(REGISTRY, value);
}

/**
 * The raw value behind each IMError. `cause` is a getter on the prototype that reads this map, not an own property,
 * so a structured clone (`postMessage` to a worker, the global clone function) cannot carry it: V8 clones an Error's own
 * message and stack only.
 */
const CAUSES = new WeakMap<object, unknown>();

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

/** What `toJSON()` gives: every field but `cause` and `stack`. */
export type IMErrorJSON<K extends Kind = Kind> = K extends Kind
  ? {
      readonly name: 'IMError';
      readonly kind: K;
      readonly reason: ReasonOf<K>;
      readonly message: string;
      readonly vendor: Vendor;
      readonly platform?: string;
      readonly code?: number | string;
      readonly httpStatus?: number;
      readonly vendorMessage: string;
      readonly retryable: boolean;
      readonly retryAfterMs?: number;
      readonly recovery: Recovery;
      readonly inferred: boolean;
      readonly chain: readonly ErrorLink[];
    }
  : never;

/** What {@link createIMError} takes: a kind with one of its reasons, and the common fields. */
export type IMErrorInit = {
  readonly [K in Kind]: {
    readonly kind: K;
    readonly reason: ReasonOf<K>;
    readonly vendor: Vendor;
    readonly platform?: string | undefined;
    readonly code?: number | string | undefined;
    readonly httpStatus?: number | undefined;
    /** Raw vendor text; it is redacted and cut here. */
    readonly vendorMessage?: string | undefined;
    readonly retryable: boolean;
    readonly retryAfterMs?: number | undefined;
    readonly recovery: Recovery;
    readonly inferred?: boolean | undefined;
    readonly chain?: readonly ErrorLink[] | undefined;
    readonly cause: unknown;
  };
}[Kind];

const MAX_MESSAGE = MAX_TEXT + 200;

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function developerMessage(verdict: Verdict, context: IMErrorContext, vendorMessage: string): string {
  const source = context.code === undefined ? context.vendor : `${context.vendor} code ${String(context.code)}`;
  const platform = context.platform === undefined ? '' : ` (${context.platform})`;
  const text = vendorMessage === '' ? '' : `: ${vendorMessage}`;
  return cut(`${source}${platform} -> ${verdict.kind}/${verdict.reason}${text}`, MAX_MESSAGE);
}

/** A mapping's verdict on an error: the fields an entry (or an `IMErrorInit`) decides. */
type Verdict = Pick<IMErrorInit, 'kind' | 'reason' | 'retryable' | 'recovery' | 'retryAfterMs'>;

/** The fields as `build` writes them, once, right after construction. */
type Writable = { -readonly [F in keyof Omit<IMErrorFields, 'cause'>]: IMErrorFields[F] } & { kind: Kind; reason: string };

/**
 * `redact` for one error's texts: the vendor message is nearly always also a chain link's text, so each distinct text
 * is redacted once. It lives as long as the one `build` call (no module-level cache holding raw vendor text).
 */
function redactor(): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    let clean = seen.get(text);
    if (clean === undefined) {
      clean = text === '' ? '' : cut(redact(text), MAX_TEXT);
      seen.set(text, clean);
    }
    return clean;
  };
}

/** The chain of an error with no links: shared, being frozen. */
const NO_LINKS: readonly ErrorLink[] = Object.freeze([]);

/** The one constructor path: `createIMError` and `fromEntry` both end here, without copying their inputs. */
function build(verdict: Verdict, context: IMErrorContext): IMError {
  const clean = redactor();
  const vendorMessage = clean(context.vendorMessage ?? '');
  const links = context.chain ?? NO_LINKS;
  const error = new IMErrorImpl(developerMessage(verdict, context, vendorMessage), context.cause) as unknown as Writable;
  // One assignment per field, in a fixed order: every IMError gets the same hidden class.
  error.kind = verdict.kind;
  error.reason = verdict.reason;
  error.vendor = context.vendor;
  error.platform = context.platform;
  error.code = context.code;
  error.httpStatus = context.httpStatus;
  error.vendorMessage = vendorMessage;
  error.retryable = verdict.retryable;
  error.retryAfterMs = verdict.retryAfterMs;
  error.recovery = verdict.recovery;
  error.inferred = context.inferred ?? false;
  error.chain = links.length === 0 ? NO_LINKS : Object.freeze(links.map((link) => Object.freeze({ code: link.code, message: clean(link.message) })));
  registerIMError(error);
  return error as unknown as IMError;
}

const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

class IMErrorImpl extends Error {
  declare readonly cause: unknown;
  constructor(message: string, cause: unknown) {
    super(message);
    CAUSES.set(this, cause);
  }

  toJSON(): Record<string, unknown> {
    const self = this as unknown as IMErrorOf<Kind>;
    const json: Record<string, unknown> = {
      name: 'IMError',
      kind: self.kind,
      reason: self.reason,
      message: self.message,
      vendor: self.vendor,
      vendorMessage: self.vendorMessage,
      retryable: self.retryable,
      recovery: self.recovery,
      inferred: self.inferred,
      chain: self.chain,
    };
    if (self.platform !== undefined) json.platform = self.platform;
    if (self.code !== undefined) json.code = self.code;
    if (self.httpStatus !== undefined) json.httpStatus = self.httpStatus;
    if (self.retryAfterMs !== undefined) json.retryAfterMs = self.retryAfterMs;
    return json;
  }

  /** Node's `console.log` / `util.inspect` would print `cause` (the raw error, maybe with a UserSig): show the JSON. */
  [inspectSymbol](): string {
    return `${this.stack ?? this.message}\n${JSON.stringify(this.toJSON(), null, 2)}`;
  }
}
Object.defineProperty(IMErrorImpl.prototype, 'name', { value: 'IMError', enumerable: false, configurable: true });
Object.defineProperty(IMErrorImpl.prototype, BRAND, { value: true, enumerable: false });
Object.defineProperty(IMErrorImpl.prototype, 'cause', {
  enumerable: false,
  configurable: true,
  /** The raw value, for the IMError itself or a view whose prototype chain reaches it (`im-errors/effect`'s). */
  get(this: object): unknown {
    for (let at: object | null = this, depth = 0; at !== null && depth < 4; at = Object.getPrototypeOf(at) as object | null, depth++) {
      if (CAUSES.has(at)) return CAUSES.get(at);
    }
    return undefined;
  },
});

/**
 * Builds an IMError. Adapters call this; apps may too, for errors of their own.
 *
 * @example
 * ```ts
 * const err = createIMError({
 *   kind: 'network', reason: 'timeout', vendor: 'unknown', retryable: true, recovery: 'retry', cause: raw,
 * });
 * err.message; // 'unknown -> network/timeout'
 * ```
 */
export function createIMError<K extends Kind>(init: IMErrorInit & { readonly kind: K }): IMError<K>;
export function createIMError(init: IMErrorInit): IMError;
export function createIMError(init: IMErrorInit): IMError {
  return build(init, init);
}

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
export function fromEntry(entry: MappingEntry, context: IMErrorContext): IMError {
  const [kind, reason, retryable, recovery, retryAfterMs] = entry;
  // The entry's tuple type already ties `reason` to `kind`; destructuring it loses that link, so it is restored here.
  return build({ kind, reason, retryable, recovery, retryAfterMs } as Verdict, context);
}

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
export function fromJSON(json: unknown): IMError | undefined {
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
  const verdict = { kind, reason, retryable, recovery, retryAfterMs: duration(safeGet(json, 'retryAfterMs')) } as Verdict;
  return build(verdict, {
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

/**
 * IMError: the one error type every vendor error becomes. A real `Error` (stack, `name`), discriminated on `kind`,
 * with a typed `reason`, and the raw value kept untouched as `cause`.
 */
import type { MappingEntry } from './mapping.js';
import { redact } from './redact.js';
import { MAX_TEXT } from './safe.js';
import { isKind, isReasonOf, type Kind, type ReasonOf, type Recovery, type Vendor } from './taxonomy.js';

/** The brand that marks IMErrors; `Symbol.for` so two copies of im-errors in one app recognise each other's. */
const BRAND: unique symbol = Symbol.for('im-errors.IMError') as never;

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
  return error as unknown as IMError;
}

const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

class IMErrorImpl extends Error {
  declare readonly cause: unknown;
  constructor(message: string, cause: unknown) {
    super(message);
    // Like a native `cause`: non-enumerable, so log serialisers that walk own keys do not print raw vendor payloads.
    Object.defineProperty(this, 'cause', { value: cause, enumerable: false, writable: false, configurable: true });
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

/** Builds an IMError. Adapters call this; apps may too, for errors of their own. */
export function createIMError<K extends Kind>(init: IMErrorInit & { readonly kind: K }): IMError<K>;
export function createIMError(init: IMErrorInit): IMError;
export function createIMError(init: IMErrorInit): IMError {
  return build(init, init);
}

/**
 * True for IMErrors, including those made by another copy of im-errors in the same app. Never throws, whatever
 * `value` is (revoked Proxies, throwing getters…).
 */
export function isIMError(value: unknown): value is IMError {
  if (value === null || typeof value !== 'object') return false;
  try {
    const candidate = value as Record<PropertyKey, unknown>;
    const kind = candidate.kind;
    return (
      candidate[BRAND] === true &&
      isKind(kind) &&
      isReasonOf(kind, candidate.reason) &&
      typeof candidate.retryable === 'boolean'
    );
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

/**
 * The normalizer: anything in, one IMError out. It walks the `cause` chain, lets the adapters read what they
 * recognise, picks the vendor when none is given (and refuses to guess when the evidence is even), falls back to
 * platform errors (abort, timeout, fetch, sockets), and never throws.
 */
import {
  choosePlatform,
  classify,
  parseWith,
  toIMError,
  type AdapterOptions,
  type AdapterSpec,
  type ParsedError,
  type VendorAdapter,
} from './adapter.js';
import { createIMError, fromEntry, isIMError, type IMError } from './imerror.js';
import { classifyPlatformError, EXCEPTION } from './js-errors.js';
import { isErrorLike, safeCode, safeGet, safeText, unwrapChain } from './safe.js';
import type { Vendor } from './taxonomy.js';

type AnySpec = AdapterSpec<Exclude<Vendor, 'unknown'>, string>;

/** The platforms any of the given adapters knows, e.g. `'web' | 'native' | 'server' | 'android'`. */
export type PlatformOf<A extends AnySpec> = A extends AdapterSpec<Exclude<Vendor, 'unknown'>, infer P> ? P : never;

/** Options of {@link createNormalizer}. */
export interface NormalizerOptions<A extends readonly AnySpec[] = readonly AnySpec[]> {
  /** The vendors this app uses. With one adapter, every error is read as that vendor's. */
  readonly adapters: A;
  /** The platform to assume where a vendor's codes differ by platform (ignored by vendors that lack it). */
  readonly platform?: PlatformOf<A[number]> | undefined;
}

/** Per-call options of a normalizer. */
export interface NormalizeOptions<V extends string = string, P extends string = string> {
  /** The vendor the error came from, when the caller knows it: no detection then. */
  readonly vendor?: V | undefined;
  /** The platform, overriding the normalizer's. */
  readonly platform?: P | undefined;
}

/** A normalize function: total over `unknown`. */
export type Normalize<V extends string = string, P extends string = string> = (
  raw: unknown,
  options?: NormalizeOptions<V, P>,
) => IMError;

interface Claim {
  readonly adapter: AnySpec;
  readonly parsed: ParsedError;
  readonly score: number;
}

/**
 * How strongly a parsed value is this vendor's: 2 for a distinctive shape, plus 2 for a documented code (1 for a
 * code inferred from the vendor's numbering). A claim of 0 is no evidence: a `{code}` no vendor knows is no vendor's.
 */
function claim(adapter: AnySpec, value: unknown, platformOf: (adapter: AnySpec, parsed: ParsedError) => string | undefined): Claim | undefined {
  const parsed = parseWith(adapter, value);
  if (parsed === undefined) return undefined;
  const { resolution } = classify(adapter, parsed, platformOf(adapter, parsed));
  const codeScore = resolution === undefined ? 0 : resolution.inferred ? 1 : 2;
  return { adapter, parsed, score: (parsed.distinctive ? 2 : 0) + codeScore };
}

/** Creates a normalize function over the given adapters. */
export function createNormalizer<const A extends readonly AnySpec[]>(
  options: NormalizerOptions<A>,
): Normalize<A[number]['vendor'], PlatformOf<A[number]>> {
  const { adapters } = options;

  /** The platform whose table to read: the call's, the normalizer's, the error shape's, the adapter's default. */
  const platformFor = (call: NormalizeOptions | undefined) => (adapter: AnySpec, parsed: ParsedError) =>
    choosePlatform(adapter, parsed, call?.platform, options.platform);

  const build = (adapter: AnySpec, parsed: ParsedError, raw: unknown, call: NormalizeOptions | undefined): IMError =>
    toIMError(adapter.vendor, parsed, classify(adapter, parsed, platformFor(call)(adapter, parsed)), raw);

  /** The vendor error in one value: the named vendor's, or the best unique claim with some evidence. */
  const fromVendor = (candidate: unknown, raw: unknown, call: NormalizeOptions | undefined): IMError | undefined => {
    const fixed =
      call?.vendor !== undefined
        ? adapters.filter((adapter) => adapter.vendor === call.vendor)
        : adapters.length === 1
          ? adapters
          : undefined;
    if (fixed !== undefined) {
      for (const adapter of fixed) {
        const parsed = parseWith(adapter, candidate);
        if (parsed !== undefined) return build(adapter, parsed, raw, call);
      }
      return undefined;
    }
    const claims = adapters
      .map((adapter) => claim(adapter, candidate, platformFor(call)))
      .filter((found): found is Claim => found !== undefined && found.score > 0)
      .sort((a, b) => b.score - a.score);
    const [first, second] = claims;
    if (first === undefined) return undefined;
    if (second !== undefined && second.score === first.score) return ambiguous(raw, claims);
    return build(first.adapter, first.parsed, raw, call);
  };

  const vendorOf = (call: NormalizeOptions | undefined): Vendor =>
    call?.vendor !== undefined && adapters.some((adapter) => adapter.vendor === call.vendor)
      ? (call.vendor as Vendor)
      : adapters.length === 1
        ? adapters[0]!.vendor
        : 'unknown';

  /** A platform error (abort, timeout, fetch, socket) in one value. */
  const fromPlatform = (candidate: unknown, raw: unknown, call: NormalizeOptions | undefined): IMError | undefined => {
    const platformError = classifyPlatformError(candidate);
    if (platformError === undefined) return undefined;
    return fromEntry(platformError.entry, {
      vendor: vendorOf(call),
      code: platformError.code,
      vendorMessage: platformError.message,
      cause: raw,
    });
  };

  /**
   * Walks the value and its `cause` chain, outermost first. In each value a platform error is looked for first —
   * a DOMException `AbortError` has a numeric `code` (20) that must not be read as a vendor's — then a vendor error.
   */
  const normalize = (raw: unknown, call?: NormalizeOptions): IMError => {
    if (isIMError(raw)) return raw;
    for (const candidate of unwrapChain(raw, 'cause')) {
      const found = fromPlatform(candidate, raw, call) ?? fromVendor(candidate, raw, call);
      if (found !== undefined) return found;
    }
    return unrecognized(raw, vendorOf(call));
  };

  return (raw, call) => {
    try {
      return normalize(raw, call);
    } catch {
      // Unreachable by design (every read is guarded); kept so that normalize stays total whatever happens.
      return createIMError({ kind: 'unknown', reason: 'unrecognized', vendor: 'unknown', retryable: false, recovery: 'none', cause: raw });
    }
  };
}

/** Several vendors claim the value equally: report it, with the code, without picking one. */
function ambiguous(raw: unknown, claims: readonly Claim[]): IMError {
  const link = claims[0]!.parsed.links[0];
  return createIMError({
    kind: 'unknown',
    reason: 'ambiguous-vendor',
    vendor: 'unknown',
    code: link.code,
    vendorMessage: link.message,
    retryable: false,
    recovery: 'none',
    cause: raw,
  });
}

/** No vendor or platform error in the value: a thrown Error is a local exception; anything else is unrecognised. */
function unrecognized(raw: unknown, vendor: Vendor): IMError {
  const code = safeCode(raw) ?? safeCode(safeGet(raw, 'code'));
  const message = safeText(raw) ?? safeText(safeGet(raw, 'message')) ?? '';
  if (isErrorLike(raw)) {
    return fromEntry(EXCEPTION, { vendor, code, vendorMessage: message, cause: raw });
  }
  return createIMError({
    kind: 'unknown',
    reason: code === undefined ? 'unrecognized' : 'unmapped-code',
    vendor,
    code,
    vendorMessage: message,
    retryable: false,
    recovery: 'none',
    cause: raw,
  });
}

/** Joins a shape parser and mapping data into an adapter with its own `normalize`. */
export function defineAdapter<V extends Exclude<Vendor, 'unknown'>, P extends string>(
  spec: AdapterSpec<V, P>,
): VendorAdapter<V, P> {
  const normalize: Normalize<Exclude<Vendor, 'unknown'>> = createNormalizer({ adapters: [spec as unknown as AnySpec] });
  return { ...spec, normalize: (raw: unknown, options?: AdapterOptions<P>) => normalize(raw, options) };
}

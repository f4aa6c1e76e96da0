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
  type AdapterSpec,
  type Classified,
  type ParsedError,
} from './adapter.js';
import { AMBIGUOUS, EXCEPTION, UNMAPPED, UNRECOGNIZED } from './fallbacks.js';
import { asEntry, fromEntry, fromJSON, isIMError, type IMError } from './imerror.js';
import { classifyPlatformError } from './js-errors.js';
import { readHttp, withRetryAfter, withStatus, type HttpReading } from './http-response.js';
import { bareStatus } from './http-status.js';
import { isErrorLike, numericCode, readingOnce, safeCode, safeGet, safeText, unwrapChain } from './safe.js';
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

/** A vendor's reading of one value: what its parser found and how that resolves. */
interface Reading {
  readonly adapter: AnySpec;
  readonly parsed: ParsedError;
  readonly classified: Classified;
}

/**
 * How strongly a reading is evidence for its vendor: 2 for a distinctive shape, plus 2 for a documented code (1 for
 * a code inferred from the vendor's numbering). 0 is no evidence: a `{code}` no vendor knows is no vendor's.
 */
function score({ parsed, classified: { resolution } }: Reading): number {
  return (parsed.distinctive ? 2 : 0) + (resolution === undefined ? 0 : resolution.inferred ? 1 : 2);
}

/** True when `code` lies in one of the adapter's own code spans ({@link AdapterSpec.ownCodes}). */
function ownsCode(adapter: AnySpec, code: number | string | undefined): boolean {
  if (code === undefined || safeCode(code) === undefined) return false;
  const value = numericCode(code);
  return (adapter.ownCodes ?? []).some(([from, to]) => value >= from && value <= to);
}

/**
 * Checks the normalizer's `platform` once, where the options are made: it must be a platform (or a documented
 * alias, such as Easemob's `android` / `ios`) that one of the adapters knows. Per-call platforms stay total.
 */
function checkPlatform(options: NormalizerOptions): void {
  const { platform, adapters } = options;
  if (platform === undefined) return;
  const known = [...new Set(adapters.flatMap((adapter) => adapter.platforms))];
  if (typeof platform !== 'string' || !known.includes(platform)) {
    throw new TypeError(
      `im-errors: createNormalizer: options.platform ${JSON.stringify(platform) ?? String(platform)} is no platform of ` +
        `${adapters.map((adapter) => adapter.vendor).join(', ') || 'the adapters given'} (platforms: ${known.join(', ')})`,
    );
  }
}

/**
 * Creates a normalize function over the given adapters.
 *
 * Without a vendor named (per call, or by a normalizer of one adapter) the vendor is told from the value: each
 * adapter's reading scores its shape (2 when distinctive) and its code (2 documented, 1 inferred); the best unique
 * score wins, a tie is `unknown` / `ambiguous-vendor`. When two adapters call the shape theirs (`{code, description}`
 * is JMessage's plugins' and Easemob's native SDKs'), the shape tells nothing: a code in one of those vendors'
 * `ownCodes` decides (765000–899999 is JMessage), any other is ambiguous.
 * A `platform` that no adapter knows is a TypeError here; one a vendor lacks is ignored by that vendor.
 *
 * @example
 * ```ts
 * const normalize = createNormalizer({ adapters: [jmessageSpec, easemobSpec] });
 * normalize({ code: 502, description: 'x' }).reason; // 'ambiguous-vendor'
 * normalize({ code: 502, description: 'x' }, { vendor: 'easemob' }).platform; // 'native'
 * ```
 */
export function createNormalizer<const A extends readonly AnySpec[]>(
  options: NormalizerOptions<A>,
): Normalize<A[number]['vendor'], PlatformOf<A[number]>> {
  checkPlatform(options);
  const { adapters } = options;

  /** The adapters the caller settled on — the vendor it names, or the only one there is — or undefined: detect. */
  const named = (call: NormalizeOptions | undefined): readonly AnySpec[] | undefined =>
    call?.vendor !== undefined
      ? adapters.filter((adapter) => adapter.vendor === call.vendor)
      : adapters.length === 1
        ? adapters
        : undefined;

  /** The vendor error in one value: the named vendor's, or the best unique reading with some evidence. */
  const fromVendor: VendorReader = (candidate, raw, call, http) => {
    const settled = named(call);
    if (settled !== undefined && settled.length === 1) {
      // One adapter applies: its reading is the answer, with no list of readings to build, filter and sort.
      const adapter = settled[0]!;
      const parsed = parseWith(adapter, candidate);
      if (parsed === undefined) return undefined;
      const classified = classify(adapter, parsed, choosePlatform(adapter, parsed, call?.platform, options.platform));
      return toIMError(adapter.vendor, parsed, classified, raw, http);
    }
    if (settled !== undefined) {
      // The vendor named matches several adapters (or none): the best reading wins, the first of equals.
      let chosen: Reading | undefined;
      for (const adapter of settled) {
        const reading = read(adapter, candidate, call?.platform, options.platform);
        if (reading !== undefined && (chosen === undefined || score(reading) > score(chosen))) chosen = reading;
      }
      return chosen === undefined ? undefined : toIMError(chosen.adapter.vendor, chosen.parsed, chosen.classified, raw, http);
    }
    // Detection, in one pass: the best score (the first adapter with it), whether another reading ties it, and the
    // readings whose shape is distinctive.
    let first: Reading | undefined;
    let best = 0;
    let tie = false;
    let claimed: Reading[] | undefined;
    let distinctive: Reading | undefined;
    for (const adapter of adapters) {
      const reading = read(adapter, candidate, call?.platform, options.platform);
      if (reading === undefined) continue;
      const points = score(reading);
      if (points <= 0) continue;
      if (reading.parsed.distinctive) {
        if (distinctive === undefined) distinctive = reading;
        else (claimed ??= [distinctive]).push(reading);
      }
      if (points > best) {
        first = reading;
        best = points;
        tie = false;
      } else if (points === best) {
        tie = true;
      }
    }
    if (first === undefined) return undefined;
    const ambiguous = (): IMError => {
      const { code, message } = first.parsed.links[0];
      return fromEntry(AMBIGUOUS, { vendor: 'unknown', code, httpStatus: http?.status, vendorMessage: message, cause: raw });
    };
    if (claimed !== undefined) {
      // Several vendors call the shape theirs: only a code in one of their own spans tells them apart.
      const owners = claimed.filter(({ adapter, parsed }) => ownsCode(adapter, parsed.links[0].code));
      const [owner] = owners;
      return owners.length === 1 && owner !== undefined ? toIMError(owner.adapter.vendor, owner.parsed, owner.classified, raw, http) : ambiguous();
    }
    if (tie) return ambiguous();
    return toIMError(first.adapter.vendor, first.parsed, first.classified, raw, http);
  };

  return walk(fromVendor, (call) => named(call)?.[0]?.vendor ?? 'unknown');
}

/**
 * The normalizer of one vendor's own entry (`im-errors/tencent`, an adapter object's `normalize`): what
 * {@link createNormalizer} gives for this one adapter and no `platform`, without the code that tells vendors apart
 * (scores, shared shapes, `ambiguous-vendor`) or checks a normalizer's platform, so that a single-vendor bundle
 * ships none of it. A call that names another vendor finds no vendor error, as there.
 *
 * @example
 * ```ts
 * const normalize = createVendorNormalizer(tencentSpec);
 * normalize({ code: 70001, message: 'UserSig expired' }).reason; // 'token-expired'
 * ```
 */
export function createVendorNormalizer<V extends Exclude<Vendor, 'unknown'>, P extends string>(adapter: AdapterSpec<V, P>): Normalize<V, P> {
  const spec = adapter as unknown as AnySpec;
  const ours = (call: NormalizeOptions | undefined): boolean => call?.vendor === undefined || call.vendor === spec.vendor;
  const fromVendor: VendorReader = (candidate, raw, call, http) => {
    const reading = ours(call) ? read(spec, candidate, call?.platform, undefined) : undefined;
    return reading === undefined ? undefined : toIMError(spec.vendor, reading.parsed, reading.classified, raw, http);
  };
  return walk(fromVendor, (call) => (ours(call) ? spec.vendor : 'unknown'));
}

/** The vendor error in one value of the cause chain, if any (`http`: the HTTP answer it was the body of). */
type VendorReader = (candidate: unknown, raw: unknown, call: NormalizeOptions | undefined, http?: HttpReading) => IMError | undefined;

/** One adapter's reading of a value, on the platform the call, the normalizer, the shape or the default gives. */
function read(adapter: AnySpec, value: unknown, callPlatform: string | undefined, normalizerPlatform: string | undefined): Reading | undefined {
  const parsed = parseWith(adapter, value);
  if (parsed === undefined) return undefined;
  const platform = choosePlatform(adapter, parsed, callPlatform, normalizerPlatform);
  return { adapter, parsed, classified: classify(adapter, parsed, platform) };
}

/**
 * The walk every normalizer shares, around its vendor reader: the value and its `cause` chain, outermost first; in
 * each value a platform error first — a DOMException `AbortError` has a numeric `code` (20) that must not be read as
 * a vendor's — then an HTTP answer, then a vendor error. `vendorOf` names the vendor of errors no table decided.
 */
function walk<V extends string, P extends string>(fromVendor: VendorReader, vendorOf: (call: NormalizeOptions | undefined) => Vendor): Normalize<V, P> {
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
   * An HTTP client error or response (src/http-response.ts): its body read as the vendor's error, with the status and
   * `Retry-After` beside it; else what the status alone says (`bareStatus`).
   */
  const fromHttp = (candidate: unknown, raw: unknown, call: NormalizeOptions | undefined): IMError | undefined => {
    const http = readHttp(candidate);
    if (http === undefined) return undefined;
    const entry = bareStatus(http.status);
    return (
      (http.body === undefined ? undefined : fromVendor(withStatus(http.body, http.status), raw, call, http)) ??
      (entry === undefined
        ? undefined
        : fromEntry(withRetryAfter(entry, http.retryAfterMs), { vendor: vendorOf(call), httpStatus: http.status, vendorMessage: `HTTP ${http.status}`, cause: raw }))
    );
  };

  const normalize = (raw: unknown, call?: NormalizeOptions): IMError => {
    if (isIMError(raw)) return raw;
    const rebuilt = fromJSON(raw); // an IMError's `toJSON()` output, checked and redacted again
    if (rebuilt !== undefined) return rebuilt;
    for (const candidate of unwrapChain(raw, 'cause')) {
      const found = fromPlatform(candidate, raw, call) ?? fromHttp(candidate, raw, call) ?? fromVendor(candidate, raw, call);
      if (found !== undefined) return found;
    }
    return unrecognized(raw, vendorOf(call));
  };

  // A public entry: the IMError's stack starts at the app's frame that called it (src/stack.ts).
  return asEntry((raw: unknown, call?: NormalizeOptions): IMError => {
    try {
      return readingOnce(() => normalize(raw, call));
    } catch {
      // Unreachable by design (every read is guarded); kept so that normalize stays total whatever happens.
      return fromEntry(UNRECOGNIZED, { vendor: 'unknown', cause: raw });
    }
  });
}

/** No vendor or platform error in the value: a thrown Error is a local exception; anything else is unrecognised. */
function unrecognized(raw: unknown, vendor: Vendor): IMError {
  const code = safeCode(raw) ?? safeCode(safeGet(raw, 'code'));
  const vendorMessage = safeText(raw) ?? safeText(safeGet(raw, 'message')) ?? '';
  const entry = isErrorLike(raw) ? EXCEPTION : code === undefined ? UNRECOGNIZED : UNMAPPED;
  return fromEntry(entry, { vendor, code, vendorMessage, cause: raw });
}

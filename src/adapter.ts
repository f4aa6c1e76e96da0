/**
 * Vendor adapters: a shape parser (in `adapters/<vendor>/`) plus mapping data (in `mappings/<vendor>`), joined by
 * {@link defineAdapter}. The code that turns a parsed vendor error into an IMError lives here, once, for all vendors.
 */
import { fromEntry, type ErrorLink, type IMError } from './imerror.js';
import { bareStatus, HTTP_STATUS } from './http-status.js';
import { withRetryAfter, type HttpReading } from './http-response.js';
import { UNMAPPED } from './fallbacks.js';
import { canonicalPlatform, resolveCode, resolveRest, resolveText, type MappingEntry, type Resolution, type VendorMappings } from './mapping.js';
import type { EventTable } from './events.js';
import type { MethodTable } from './retry/methods.js';
import { numericCode, readFields, safeCode, type RawFields } from './safe.js';
import type { Vendor } from './taxonomy.js';

/** One vendor error read out of a raw value. */
export interface ParsedLink {
  /**
   * The code as the vendor gave it — a number, a digit string, or a REST body's `error` string (Easemob
   * `illegal_argument`, read in `VendorMappings.rest`); undefined for a codeless SDK error known by its text
   * (`VendorMappings.texts`).
   */
  readonly code: number | string | undefined;
  /** The vendor's text for it ('' when none). */
  readonly message: string;
  /** The HTTP status of the failed request, where the vendor gives it beside its code. */
  readonly httpStatus?: number | undefined;
}

/** What a vendor's shape parser read from one raw value. */
export interface ParsedError<P extends string = string> {
  /** The vendor's error chain, outermost first (one link for most vendors; Easemob wraps errors in `data`). */
  readonly links: readonly [ParsedLink, ...ParsedLink[]];
  /** The platform the shape gives away (Tencent `desc` is native), if any. */
  readonly platform?: P | undefined;
  /** True when the shape alone points to this vendor (Easemob's numeric `type`, JMessage's `description`…). */
  readonly distinctive: boolean;
}

/** Per-call options of an adapter's `normalize`. */
export interface AdapterOptions<P extends string = string> {
  /** Which of the vendor's tables to read where a code differs by platform. */
  readonly platform?: P | undefined;
}

/** What an adapter is made of. */
export interface AdapterSpec<V extends Exclude<Vendor, 'unknown'>, P extends string> {
  readonly vendor: V;
  /** Every platform the vendor's tables know. */
  readonly platforms: readonly P[];
  /**
   * Code spans no other vendor of im-errors uses (JMessage 765000–899999). When a value has a shape that several
   * vendors call theirs (`{code, description}`: JMessage's plugins and Easemob's native SDKs), only a code in one
   * of these vendors' own spans tells them apart; see `createNormalizer`.
   */
  readonly ownCodes?: readonly (readonly [from: number, to: number])[] | undefined;
  /** The platform assumed when neither the call nor the error's shape says. */
  readonly defaultPlatform: P | undefined;
  readonly mappings: VendorMappings<P>;
  /**
   * Reads this vendor's error out of an object's snapshot; undefined when the shape is not this vendor's. `raw` is
   * the same object, for fields the snapshot lacks: read it only through `safeGet`. (Bare codes are read by
   * {@link parseWith}, the same for every vendor.)
   */
  readonly parse: (fields: RawFields, raw: unknown) => ParsedError<P> | undefined;
  /** The vendor's lifecycle events (kicked offline, connection lost…) and what each means; see `src/events.ts`. */
  readonly events?: EventTable | undefined;
  /** The vendor client's methods and whether each is safe to call again; `wrapClient` reads it. */
  readonly methods?: MethodTable | undefined;
}

/**
 * What an adapter carries besides what normalizing needs: the event and method tables, and any helper of the vendor's
 * (`subscribe`). {@link defineAdapter} takes them apart from the spec.
 */
export type AdapterParts = Pick<AdapterSpec<Exclude<Vendor, 'unknown'>, string>, 'events' | 'methods'> & { readonly [name: string]: unknown };

/** A vendor adapter: its spec, plus `normalize` for apps that use only this vendor. */
export interface VendorAdapter<V extends Exclude<Vendor, 'unknown'> = Exclude<Vendor, 'unknown'>, P extends string = string>
  extends AdapterSpec<V, P> {
  /** Turns anything this vendor's SDK rejected with (or a bare code) into an IMError. Never throws. */
  readonly normalize: (raw: unknown, options?: AdapterOptions<P>) => IMError;
  /**
   * Turns one of this vendor's lifecycle events — its name and the payload its listener received — into the IMError
   * it signals, or undefined when the event is no failure (connected, reconnecting…) or not in the vendor's event
   * table. Never throws.
   */
  readonly normalizeEvent: (event: string, payload?: unknown, options?: AdapterOptions<P>) => IMError | undefined;
}

/** Reads a vendor error out of any value: a bare code (number or digit string) as is, an object by the vendor's parser. */
export function parseWith<P extends string>(spec: AdapterSpec<Exclude<Vendor, 'unknown'>, P>, value: unknown): ParsedError<P> | undefined {
  const bare = safeCode(value);
  if (bare !== undefined) return { links: [{ code: bare, message: '' }], distinctive: false };
  const fields = readFields(value);
  if (fields === undefined) return undefined;
  return spec.parse(fields, value) ?? parseText(spec, fields);
}

/** A thrown `Error` with no code whose text is one of the vendor's codeless SDK errors (`VendorMappings.texts`). */
function parseText<P extends string>(spec: AdapterSpec<Exclude<Vendor, 'unknown'>, P>, fields: RawFields): ParsedError<P> | undefined {
  const { message } = fields;
  if (!fields.isError || fields.code !== undefined || message === undefined) return undefined;
  return resolveText(spec.mappings, message) === undefined ? undefined : { links: [{ code: undefined, message }], distinctive: false };
}

/** A parsed error matched to its mapping: which link is reported, and how it resolved. */
export interface Classified {
  readonly link: ParsedLink;
  readonly resolution: Resolution | undefined;
  /** The platform the error reports: the sub-table that answered (`android`), else the canonical name (`native`). */
  readonly platform: string | undefined;
}

/** A documented resolution of an entry, or undefined. */
const documented = (entry: MappingEntry | undefined): Resolution | undefined => (entry === undefined ? undefined : { entry, inferred: false });

/**
 * How a REST answer resolves: a text rule for its `error` string, else its row in `VendorMappings.rest`, else a text
 * rule for answers the vendor documents without an `error` string (code `''`), else what its HTTP status says.
 */
function resolveRestLink<P extends string>(mappings: VendorMappings<P>, error: string, link: ParsedLink): Resolution | undefined {
  return (
    documented(resolveText(mappings, link.message, error)) ??
    resolveRest(mappings, error, link.httpStatus) ??
    // Answers documented by their text alone (no `error` string on the vendor's page), whatever `error` came with them.
    documented(resolveText(mappings, link.message, '')) ??
    documented(link.httpStatus === undefined ? undefined : HTTP_STATUS[link.httpStatus])
  );
}

/**
 * How one link resolves: its code in the vendor's tables — unless the code is one of the vendor's generic
 * "request failed" codes and the link carries an HTTP status with a clear meaning, which then says more. A code
 * that is no number is a REST `error` string.
 */
function resolveLink<P extends string>(
  mappings: VendorMappings<P>,
  link: ParsedLink,
  platform: P | undefined,
): { resolution: Resolution | undefined; generic: boolean } {
  if (link.code === undefined) return { resolution: documented(resolveText(mappings, link.message)), generic: false };
  if (safeCode(link.code) === undefined) return { resolution: resolveRestLink(mappings, String(link.code), link), generic: false };
  const code = numericCode(link.code);
  const byText = resolveText(mappings, link.message, code);
  if (byText !== undefined) return { resolution: { entry: byText, inferred: false }, generic: false };
  const generic = mappings.generic.includes(code);
  const byStatus = generic && link.httpStatus !== undefined ? HTTP_STATUS[link.httpStatus] : undefined;
  if (byStatus !== undefined) return { resolution: { entry: byStatus, inferred: false }, generic: false };
  return { resolution: resolveCode(mappings, code, platform), generic };
}

/**
 * Picks the link to report: the innermost one documented and not generic (the real cause under wrappers);
 * failing that, the innermost one that resolves at all; failing that, the outermost.
 */
export function classify<P extends string>(
  spec: AdapterSpec<Exclude<Vendor, 'unknown'>, P>,
  parsed: ParsedError<P>,
  platform: P | undefined,
): Classified {
  if (parsed.links.length === 1) {
    // One link (most vendors): it is the one reported, whatever it resolves to.
    const link = parsed.links[0];
    const { resolution } = resolveLink(spec.mappings, link, platform);
    return { link, resolution, platform: canonicalPlatform(spec.mappings, platform, resolution?.table) };
  }
  const resolved = parsed.links.map((link) => ({ link, ...resolveLink(spec.mappings, link, platform) }));
  const innermost = [...resolved].reverse();
  const best =
    innermost.find(({ resolution, generic }) => resolution !== undefined && !resolution.inferred && !generic) ??
    innermost.find(({ resolution }) => resolution !== undefined) ??
    resolved[0]!;
  return { link: best.link, resolution: best.resolution, platform: canonicalPlatform(spec.mappings, platform, best.resolution?.table) };
}

/** The platform to read: the call's, else the normalizer's, else the shape's, else the adapter's default — if the vendor knows it. */
export function choosePlatform<P extends string>(
  spec: AdapterSpec<Exclude<Vendor, 'unknown'>, P>,
  parsed: ParsedError<P>,
  callPlatform?: string | undefined,
  normalizerPlatform?: string | undefined,
): P | undefined {
  const known = spec.platforms as readonly string[];
  if (callPlatform !== undefined && known.includes(callPlatform)) return callPlatform as P;
  if (normalizerPlatform !== undefined && known.includes(normalizerPlatform)) return normalizerPlatform as P;
  if (parsed.platform !== undefined && known.includes(parsed.platform)) return parsed.platform;
  if (spec.defaultPlatform !== undefined && known.includes(spec.defaultPlatform)) return spec.defaultPlatform;
  return undefined;
}

/**
 * Builds the IMError for a classified vendor error; `cause` is the raw value the caller was given. `http` is the HTTP
 * answer the error came in: its status is reported, its `Retry-After` wins over the table's window, and its status
 * decides a code no table knows.
 */
export function toIMError(vendor: Vendor, parsed: ParsedError, classified: Classified, cause: unknown, http?: HttpReading): IMError {
  const { links } = parsed;
  const { link, resolution } = classified;
  // One pass over the links: the first HTTP status and text, and whether any code is the REST `''` (no code).
  let httpStatus = link.httpStatus;
  let vendorMessage = link.message === '' ? undefined : link.message;
  let blankCode = false;
  for (let index = 0; index < links.length; index++) {
    const each = links[index]!;
    if (httpStatus === undefined) httpStatus = each.httpStatus;
    if (vendorMessage === undefined && each.message !== '') vendorMessage = each.message;
    if (each.code === '') blankCode = true;
  }
  // A REST answer the vendor documents without an `error` string is keyed `''`; the error has no code.
  const chain: readonly ErrorLink[] = blankCode ? links.map(({ code, message }) => ({ code: code === '' ? undefined : code, message })) : links;
  const entry = resolution?.entry ?? (http === undefined ? undefined : bareStatus(http.status)) ?? UNMAPPED;
  return fromEntry(withRetryAfter(entry, http?.retryAfterMs), {
    vendor,
    platform: classified.platform,
    code: link.code === '' ? undefined : link.code,
    httpStatus: httpStatus ?? http?.status,
    vendorMessage,
    chain,
    cause,
    inferred: resolution?.inferred ?? false,
  });
}

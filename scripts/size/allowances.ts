/**
 * What a browser bundle of im-errors may hold beyond the core, as data: each vendor's code in the build (and the
 * vendors whose code it uses as its own), the optional peers, the seed-derived descriptions, and the Node globals
 * no browser has. `absence.ts` reads these tables; nothing else decides what is allowed.
 */
import { VENDORS } from '../../src/taxonomy.js';

/** A vendor with code of its own in the build. */
export type VendorName = (typeof VENDORS)[number];

/**
 * The optional peer dependencies: only the entries built on them (`im-errors/effect`, `im-errors/di`,
 * `im-errors/otel`; `im-errors/redis`, for servers, is no browser entry) may hold them.
 */
export const OPTIONAL_PEERS = ['effect', 'tsyringe', 'reflect-metadata', '@opentelemetry/api', 'rate-limiter-flexible', 'redis', 'ioredis'] as const;

/** An optional peer dependency, by package name. */
export type OptionalPeer = (typeof OPTIONAL_PEERS)[number];

/**
 * Node globals a browser lacks. A free reference to one throws at run time there, or makes a bundler inject a
 * polyfill (webpack 4 did for `process` and `Buffer`).
 */
export const NODE_GLOBALS = ['process', 'Buffer'] as const;

/** Where a vendor's own code is in the build (a path ending in `/` is a folder), and whose code it uses. */
export interface VendorCode {
  readonly files: readonly string[];
  /** Vendors whose tables, parser or events this vendor's adapter is built from. */
  readonly uses: readonly VendorName[];
}

/** A vendor's table modules (`dist/mappings/<vendor><part>.js`) and its adapter folder. */
function tables(vendor: string, parts: readonly string[], adapter: string): string[] {
  return [...parts.map((part) => `dist/mappings/${vendor}${part}.js`), `dist/adapters/${adapter}/`];
}

/** Each vendor's code in `dist/` (every module of `mappings/` but the descriptions and the documented data). */
export const VENDOR_CODE: { readonly [V in VendorName]: VendorCode } = {
  jmessage: { files: tables('jmessage', ['', '-events', '-methods'], 'jmessage'), uses: [] },
  tencent: { files: tables('tencent', ['', '-web', '-events', '-methods', '-rest-limits'], 'tencent'), uses: [] },
  easemob: { files: tables('easemob', ['', '-web', '-native', '-rest', '-rest-limits', '-events', '-methods'], 'easemob'), uses: [] },
  // Agora Chat is Easemob's SDK under Agora's name: its adapter is Easemob's tables, parser, events and methods
  // (adapters/agora/index.ts, mappings/agora.ts).
  agora: { files: tables('agora', [''], 'agora'), uses: ['easemob'] },
};

/** The documented meaning of every code, derived from the seeds: for tools (the CLI, the explorer), never the runtime path. */
export const DESCRIPTIONS: readonly string[] = ['dist/mappings/descriptions/', 'dist/src/descriptions/'];

/** What one bundle may hold beyond the core. */
export interface Allowance {
  /** Vendors whose code it may hold (with the vendors they use). */
  readonly vendors: readonly VendorName[];
  readonly peers: readonly OptionalPeer[];
  /** True when it may hold the seed-derived descriptions. */
  readonly descriptions: boolean;
}

/** The core alone: no vendor, no optional peer, no descriptions. */
export const CORE_ONLY: Allowance = { vendors: [], peers: [], descriptions: false };

/** The core and one vendor's code. */
export function vendorOnly(vendor: VendorName): Allowance {
  return { ...CORE_ONLY, vendors: [vendor] };
}

/** `vendors` and every vendor they use, transitively. */
export function withUsedVendors(vendors: readonly VendorName[]): ReadonlySet<VendorName> {
  const closed = new Set<VendorName>();
  const add = (vendor: VendorName): void => {
    if (closed.has(vendor)) return;
    closed.add(vendor);
    VENDOR_CODE[vendor].uses.forEach(add);
  };
  vendors.forEach(add);
  return closed;
}

/** True when `file` (relative to the repository root) is `location` or lies in the folder `location` names. */
export function isAt(file: string, location: string): boolean {
  return location.endsWith('/') ? file.startsWith(location) : file === location;
}

/**
 * Every browser entry of the package, read from the `exports` map of package.json (all but `./package.json`), as a
 * bundle of its own: `export * from 'im-errors/<entry>'`, checked by the absence rules. What an entry may hold
 * beyond the core is data here; a vendor's entry holds its vendor, any entry not listed the core alone.
 */
import { VENDORS } from '../../src/taxonomy.js';
import { CORE_ONLY, vendorOnly, type Allowance, type VendorName } from './allowances.js';
import type { BundleSpec } from './bundles.js';

/** What entries other than the vendors' own may hold. */
export const ENTRY_ALLOWANCES: { readonly [subpath: string]: Allowance } = {
  './all': { ...CORE_ONLY, vendors: ['jmessage', 'tencent', 'easemob'] },
  // The web and mini-program entries: a vendor's tables without its native SDKs'.
  './tencent/web': vendorOnly('tencent'),
  './easemob/web': vendorOnly('easemob'),
  './effect': { ...CORE_ONLY, peers: ['effect'] },
  './di': { ...CORE_ONLY, peers: ['tsyringe', 'reflect-metadata'] },
  './otel': { ...CORE_ONLY, peers: ['@opentelemetry/api'] },
  // `normalizeResponse` reads any vendor's body by default (im-errors/all's normalizer).
  './http': { ...CORE_ONLY, vendors: ['jmessage', 'tencent', 'easemob'] },
  './descriptions': { ...CORE_ONLY, descriptions: true },
};

/**
 * Entries for servers only, never bundled for a browser: `im-errors/redis` runs beside a Redis client in Node (its
 * peers, rate-limiter-flexible and the client, are Node packages). The absence rules keep their peers out of every
 * browser entry instead.
 */
export const NODE_ONLY_ENTRIES: readonly string[] = ['./redis'];

/** The part of package.json read here. */
export interface Manifest {
  readonly name: string;
  readonly exports: { readonly [subpath: string]: unknown };
}

/** What the entry at `subpath` may hold. */
export function allowanceOf(subpath: string): Allowance {
  const name = subpath.slice(2);
  if ((VENDORS as readonly string[]).includes(name)) return vendorOnly(name as VendorName);
  return ENTRY_ALLOWANCES[subpath] ?? CORE_ONLY;
}

/** The import specifier of an entry: `im-errors` for `.`, `im-errors/tencent` for `./tencent`. */
export function specifierOf(manifest: Manifest, subpath: string): string {
  return subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
}

/** One bundle per browser entry (all but `./package.json` and {@link NODE_ONLY_ENTRIES}), in the order of the `exports` map. */
export function entryBundles(manifest: Manifest): BundleSpec[] {
  return Object.keys(manifest.exports)
    .filter((subpath) => subpath !== './package.json' && !NODE_ONLY_ENTRIES.includes(subpath))
    .map((subpath) => {
      const specifier = specifierOf(manifest, subpath);
      return { name: specifier, source: `export * from '${specifier}';\n`, allows: allowanceOf(subpath) };
    });
}

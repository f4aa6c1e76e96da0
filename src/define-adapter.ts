/** `defineAdapter`: a vendor's spec (shape parser and tables) and its extra parts, as the adapter object apps use. */
import type { AdapterOptions, AdapterParts, AdapterSpec, VendorAdapter } from './adapter.js';
import { readEvent } from './events.js';
import { UNRECOGNIZED } from './fallbacks.js';
import { asEntry, fromEntry, type IMError } from './imerror.js';
import { createVendorNormalizer, type Normalize } from './normalizer.js';
import type { Vendor } from './taxonomy.js';

type AnySpec = AdapterSpec<Exclude<Vendor, 'unknown'>, string>;

/**
 * Joins a shape parser and mapping data into an adapter with its own `normalize` and `normalizeEvent`. `parts` adds
 * what normalizing does not need — the event and method tables, helpers such as `subscribe` — kept apart from the
 * spec so that a vendor entry can build its lean `normalize` from the spec alone: call this as
 * `/* @__PURE__ *\/ defineAdapter(spec, parts)`, and an app that never uses the adapter object ships none of `parts`.
 *
 * @example
 * ```ts
 * const acme = defineAdapter(
 *   { vendor: 'tencent', platforms: ['web'], defaultPlatform: 'web', mappings: acmeMappings, parse: parseAcme },
 *   { events: acmeEvents },
 * );
 * acme.normalize({ code: 42 }); // an IMError from acmeMappings
 * ```
 */
export function defineAdapter<V extends Exclude<Vendor, 'unknown'>, P extends string, X extends AdapterParts = {}>(
  spec: AdapterSpec<V, P>,
  parts?: X,
): VendorAdapter<V, P> & X {
  const whole: AdapterSpec<V, P> = { ...spec, ...parts };
  const normalize: Normalize<Exclude<Vendor, 'unknown'>> = createVendorNormalizer(whole as unknown as AnySpec);
  const normalizeEvent = asEntry((event: string, payload?: unknown, options?: AdapterOptions<P>): IMError | undefined => {
    const platform = options?.platform !== undefined && whole.platforms.includes(options.platform) ? options.platform : whole.defaultPlatform;
    const context = { ...whole, events: whole.events ?? [], platform, normalize: (raw: unknown) => normalize(raw, { platform }) };
    try {
      return readEvent(context, event, payload);
    } catch {
      // Unreachable by design (every read is guarded), as in normalize: an event that cannot be read is unrecognised.
      return fromEntry(UNRECOGNIZED, { vendor: whole.vendor, cause: payload });
    }
  });
  // `normalize` itself, not a wrapper of it: a wrapper's frame would be the first of every IMError's stack.
  return { ...spec, ...parts, normalize, normalizeEvent } as VendorAdapter<V, P> & X;
}

/** The vendors the CLI knows: each adapter with its generated code descriptions. */
import { agora } from '../../adapters/agora/index.js';
import { easemob } from '../../adapters/easemob/index.js';
import { jmessage } from '../../adapters/jmessage/index.js';
import { tencent } from '../../adapters/tencent/index.js';
import type { CodeDescriptions } from '../../mappings/descriptions/types.js';
import type { VendorAdapter } from '../adapter.js';
import { CODE_DESCRIPTIONS } from '../descriptions/by-vendor.js';
import type { IMError } from '../imerror.js';
import type { VendorMappings } from '../mapping.js';
import type { Vendor } from '../taxonomy.js';

/** One vendor, as the CLI uses it. */
export interface CliVendor {
  readonly name: Exclude<Vendor, 'unknown'>;
  readonly platforms: readonly string[];
  readonly defaultPlatform: string | undefined;
  readonly mappings: VendorMappings<string>;
  readonly descriptions: CodeDescriptions;
  /** The IMError the vendor's adapter makes of a bare code (or a REST body) on a platform. */
  readonly normalize: (raw: unknown, platform: string | undefined) => IMError;
}

function cliVendor<V extends Exclude<Vendor, 'unknown'>, P extends string>(adapter: VendorAdapter<V, P>): CliVendor {
  return {
    name: adapter.vendor,
    platforms: adapter.platforms,
    defaultPlatform: adapter.defaultPlatform,
    mappings: adapter.mappings as VendorMappings<string>,
    descriptions: CODE_DESCRIPTIONS[adapter.vendor],
    // The platform was checked against `platforms` by the caller.
    normalize: (raw, platform) => adapter.normalize(raw, { platform: platform as P | undefined }),
  };
}

/** Every vendor the CLI explains, in the order `list` prints them. */
export const CLI_VENDORS: readonly CliVendor[] = [
  cliVendor(jmessage),
  cliVendor(tencent),
  cliVendor(easemob),
  cliVendor(agora),
];

/** The vendor called `name`, in any case (`Tencent`, `EASEMOB`), if the CLI knows it. */
export function findVendor(name: string): CliVendor | undefined {
  return CLI_VENDORS.find((vendor) => vendor.name === name.toLowerCase());
}

/** The platform of `vendor` called `name`, in any case (`Web`), if it has one. */
export function findPlatform(vendor: CliVendor, name: string): string | undefined {
  return vendor.platforms.find((platform) => platform === name.toLowerCase());
}

/** How an SDK package's codes stand against im-errors' tables: mapped, deliberately unmapped, or missing. */
import { resolveCode } from '../../src/index.js';
import type { SdkCodes } from './load.js';
import type { SdkPackage } from './packages.js';
import { DELIBERATELY_UNMAPPED } from './unmapped.js';

/** One package's standing. Every code is in exactly one of `mapped`, `unmapped`, `missing`. */
export interface Conformance {
  readonly sdk: SdkPackage;
  readonly codes: SdkCodes;
  /** Codes a table maps on the package's platform (a range's inference does not count). */
  readonly mapped: readonly number[];
  /** Codes listed in `DELIBERATELY_UNMAPPED` and not mapped. */
  readonly unmapped: readonly number[];
  /** Codes neither mapped nor listed: each one fails the conformance test. */
  readonly missing: readonly number[];
  /** Codes listed as deliberately unmapped and yet mapped: the list is stale. */
  readonly listedButMapped: readonly number[];
}

/** Sorts each code of a package into mapped / deliberately unmapped / missing. */
export function conformance(sdk: SdkPackage, codes: SdkCodes): Conformance {
  const listed = DELIBERATELY_UNMAPPED[sdk.adapter.vendor] ?? {};
  const mapped: number[] = [];
  const unmapped: number[] = [];
  const missing: number[] = [];
  const listedButMapped: number[] = [];
  for (const code of [...codes.codes.keys()].sort((a, b) => a - b)) {
    const resolution = resolveCode(sdk.adapter.mappings, code, sdk.platform);
    const isMapped = resolution !== undefined && !resolution.inferred;
    const isListed = Object.prototype.hasOwnProperty.call(listed, code);
    if (isMapped) mapped.push(code);
    else if (isListed) unmapped.push(code);
    else missing.push(code);
    if (isMapped && isListed) listedButMapped.push(code);
  }
  return { sdk, codes, mapped, unmapped, missing, listedButMapped };
}

import type { VendorMappings } from '../src/mapping.js';
import { tencentGeneric, tencentRanges, tencentServerCodes, tencentTexts, tencentWebCodes } from './tencent.js';

/** The platforms `im-errors/tencent/web` reads: the web / mini-program SDKs, and the REST API's answers. */
export type TencentWebPlatform = 'web' | 'server';

/**
 * Tencent Cloud IM's tables for web and mini-program apps (`im-errors/tencent/web`): `tencentMappings`
 * without the native SDKs' own codes (`tencentNativeCodes`, 6xxx–9xxx), which no web SDK or REST answer gives.
 * Every other line is the same line of `mappings/tencent.ts`: the server's codes, the web SDKs' table, the ranges
 * and the text rules.
 */
export const tencentWebMappings: VendorMappings<TencentWebPlatform> = {
  codes: tencentServerCodes,
  platforms: { web: tencentWebCodes },
  ranges: tencentRanges,
  generic: tencentGeneric,
  texts: tencentTexts,
};

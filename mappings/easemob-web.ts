import type { VendorMappings } from '../src/mapping.js';
import { easemobMappings } from './easemob.js';

/** The platforms `im-errors/easemob/web` reads: the web / mini-program SDKs, and the REST API's answers. */
export type EasemobWebPlatform = 'web' | 'server';

/**
 * Easemob's tables for web and mini-program apps (`im-errors/easemob/web`): `easemobMappings` without the native SDKs'
 * tables (`platforms.native`, `android`, `ios`: `mappings/easemob-native.ts`), which no web SDK or REST answer is read
 * with. The rest is `easemobMappings`' own: the common codes, the web table, the REST rows, ranges and text rules.
 * (The build writes this module as a table of its own, so a web bundle holds no native code.)
 */
export const easemobWebMappings: VendorMappings<EasemobWebPlatform> = {
  codes: easemobMappings.codes,
  platforms: { web: easemobMappings.platforms.web ?? {} },
  rest: easemobMappings.rest,
  ranges: easemobMappings.ranges,
  generic: easemobMappings.generic,
  texts: easemobMappings.texts,
};

/**
 * Tencent Cloud IM for web and mini-program apps: the spec `im-errors/tencent/web` is built from — the shapes of
 * {@link tencentSpec} over the tables without the native SDKs' own codes (`mappings/tencent-web.ts`).
 */
import type { AdapterSpec } from '../../src/adapter.js';
import { tencentWebMappings, type TencentWebPlatform } from '../../mappings/tencent-web.js';
import { parseTencent } from './parse.js';

/**
 * The web entry's spec. Its platforms are `web` and `server`; a native `{code, desc}` shape, which no web SDK gives,
 * is read on the default platform (`choosePlatform` passes over a platform the spec lacks).
 */
export const tencentWebSpec = {
  vendor: 'tencent',
  platforms: ['web', 'server'],
  defaultPlatform: 'web',
  mappings: tencentWebMappings,
  parse: parseTencent as AdapterSpec<'tencent', TencentWebPlatform>['parse'],
} as const;

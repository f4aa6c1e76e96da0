/**
 * Easemob for web and mini-program apps: the spec `im-errors/easemob/web` is built from — the shapes of
 * {@link easemobSpec} over the tables without the native SDKs' (`mappings/easemob-web.ts`).
 */
import type { AdapterSpec } from '../../src/adapter.js';
import { easemobWebMappings, type EasemobWebPlatform } from '../../mappings/easemob-web.js';
import { parseEasemob } from './parse.js';

/**
 * The web entry's spec. Its platforms are `web` and `server`; a native `{code, description}` shape, which no web SDK
 * gives, is read on the default platform (`choosePlatform` passes over a platform the spec lacks).
 */
export const easemobWebSpec = {
  vendor: 'easemob',
  platforms: ['web', 'server'],
  defaultPlatform: 'web',
  mappings: easemobWebMappings,
  parse: parseEasemob as AdapterSpec<'easemob', EasemobWebPlatform>['parse'],
} as const;

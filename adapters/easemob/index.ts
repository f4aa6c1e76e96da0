/** `im-errors/easemob`: the Easemob (环信) / Agora Chat adapter. */
import { easemobMappings, type EasemobPlatform } from '../../mappings/easemob.js';
import { defineAdapter } from '../../src/normalizer.js';
import { parseEasemob } from './parse.js';

export type { EasemobPlatform };

/**
 * Easemob. `platform` defaults to `web` (the web / mini-program SDK, whose `statusCode` numbers the seed documents);
 * `android` reads the few numbers the Android SDK uses differently (502 is a send-rate limit there).
 */
export const easemob = defineAdapter({
  vendor: 'easemob',
  platforms: ['web', 'android'],
  defaultPlatform: 'web',
  mappings: easemobMappings,
  parse: parseEasemob,
});

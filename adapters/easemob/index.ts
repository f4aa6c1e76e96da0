/** `im-errors/easemob`: the Easemob (环信) / Agora Chat adapter. */
import { easemobMappings, type EasemobPlatform } from '../../mappings/easemob.js';
import { easemobEvents } from '../../mappings/easemob-events.js';
import { defineAdapter } from '../../src/normalizer.js';
import { easemobMethods } from './methods.js';
import { parseEasemob } from './parse.js';
import { subscribeEasemob } from './subscribe.js';

export type { EasemobPlatform };
export { easemobMethods };
export type { EasemobConnectionLike, EasemobHandlers } from './subscribe.js';

/**
 * Easemob. `platform` defaults to `web` (the web / mini-program SDK, whose `statusCode` numbers the seed documents);
 * `android` reads the few numbers the Android SDK uses differently (502 is a send-rate limit there).
 * `normalizeEvent` reads the connection's handler events (`onError`, `onDisconnected`, `onTokenExpired`,
 * `onOffline`); `subscribeErrors(conn, easemob, listener)` registers them. Agora Chat apps: see `im-errors/agora`.
 */
export const easemob = {
  ...defineAdapter({
    vendor: 'easemob',
    platforms: ['web', 'android'],
    defaultPlatform: 'web',
    mappings: easemobMappings,
    parse: parseEasemob,
    events: easemobEvents,
    methods: easemobMethods,
  }),
  /** Registers an event handler on a connection; see `subscribeErrors`. */
  subscribe: subscribeEasemob,
};

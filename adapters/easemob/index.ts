/** `im-errors/easemob`: the Easemob (环信) / Agora Chat adapter. */
import type { EasemobPlatform } from '../../mappings/easemob.js';
import { easemobSpec } from './spec.js';
import { easemobEvents } from '../../mappings/easemob-events.js';
import { createNormalizer, defineAdapter } from '../../src/normalizer.js';
import type { VendorAdapter } from '../../src/adapter.js';
import { easemobMethods } from './methods.js';
import { subscribeEasemob } from './subscribe.js';

export type { EasemobPlatform };
export { easemobMethods };
export type { EasemobConnectionLike, EasemobHandlers } from './subscribe.js';

/**
 * `easemob.normalize` without the adapter's event and method tables: anything the Easemob SDK rejected with (or a bare
 * code) in, an IMError out; never throws. An app that imports only this ships the code tables and nothing else.
 */
export const normalize: VendorAdapter<'easemob', EasemobPlatform>['normalize'] = /* @__PURE__ */ createNormalizer({
  adapters: [easemobSpec],
});

/**
 * Easemob. `platform` defaults to `web` (the web / mini-program SDK, whose `statusCode` numbers the seed documents);
 * `android` reads the few numbers the Android SDK uses differently (502 is a send-rate limit there).
 * `normalizeEvent` reads the connection's handler events (`onError`, `onDisconnected`, `onTokenExpired`,
 * `onOffline`); `subscribeErrors(conn, easemob, listener)` registers them. Agora Chat apps: see `im-errors/agora`.
 */
export const easemob = /* @__PURE__ */ defineAdapter(easemobSpec, {
  events: easemobEvents,
  methods: easemobMethods,
  /** Registers an event handler on a connection; see `subscribeErrors`. */
  subscribe: subscribeEasemob,
});

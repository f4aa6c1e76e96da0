/** `im-errors/tencent`: the Tencent Cloud IM adapter (native SDKs, web / mini-program SDK, REST API). */
import type { TencentPlatform } from '../../mappings/tencent.js';
import { tencentSpec } from './spec.js';
import { tencentEvents } from '../../mappings/tencent-events.js';
import { createNormalizer, defineAdapter } from '../../src/normalizer.js';
import type { VendorAdapter } from '../../src/adapter.js';
import { tencentMethods } from './methods.js';
import { subscribeTencent } from './subscribe.js';

export type { TencentPlatform };
export { tencentMethods };
export type { TencentChatLike } from './subscribe.js';

/**
 * `tencent.normalize` without the adapter's event and method tables: anything the Tencent SDK rejected with (or a bare
 * code) in, an IMError out; never throws. An app that imports only this ships the code tables and nothing else.
 */
export const normalize: VendorAdapter<'tencent', TencentPlatform>['normalize'] = /* @__PURE__ */ createNormalizer({
  adapters: [tencentSpec],
});

/**
 * Tencent Cloud IM. `platform` defaults to `web` (the JavaScript SDKs `@tencentcloud/chat` / `tim-js-sdk`); a
 * `{code, desc}` error is read as `native`, a REST answer as `server`. The platforms differ on a few codes
 * (web 1002 is a kick, the server's 1002 an invalid parameter). `normalizeEvent` reads the web SDKs' events
 * (`kickedOut`, `netStateChange`, `error`); `subscribeErrors(chat, tencent, listener)` listens to them.
 */
export const tencent = /* @__PURE__ */ defineAdapter(tencentSpec, {
  events: tencentEvents,
  methods: tencentMethods,
  /** Listens to a chat instance's lifecycle events; see `subscribeErrors`. */
  subscribe: subscribeTencent,
});

/** `im-errors/tencent`: the Tencent Cloud IM adapter (native SDKs, web / mini-program SDK, REST API). */
import { tencentMappings, type TencentPlatform } from '../../mappings/tencent.js';
import { tencentEvents } from '../../mappings/tencent-events.js';
import { defineAdapter } from '../../src/normalizer.js';
import { tencentMethods } from './methods.js';
import { parseTencent } from './parse.js';
import { subscribeTencent } from './subscribe.js';

export type { TencentPlatform };
export { tencentMethods };
export type { TencentChatLike } from './subscribe.js';

/**
 * Tencent Cloud IM. `platform` defaults to `web` (the JavaScript SDKs `@tencentcloud/chat` / `tim-js-sdk`); a
 * `{code, desc}` error is read as `native`, a REST answer as `server`. The platforms differ on a few codes
 * (web 1002 is a kick, the server's 1002 an invalid parameter). `normalizeEvent` reads the web SDKs' events
 * (`kickedOut`, `netStateChange`, `error`); `subscribeErrors(chat, tencent, listener)` listens to them.
 */
export const tencent = {
  ...defineAdapter({
    vendor: 'tencent',
    platforms: ['web', 'native', 'server'],
    defaultPlatform: 'web',
    mappings: tencentMappings,
    parse: parseTencent,
    events: tencentEvents,
    methods: tencentMethods,
  }),
  /** Listens to a chat instance's lifecycle events; see `subscribeErrors`. */
  subscribe: subscribeTencent,
};

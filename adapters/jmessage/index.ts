/** `im-errors/jmessage`: the JMessage (JIGUANG IM) adapter. */
import { jmessageMappings, type JMessagePlatform } from '../../mappings/jmessage.js';
import { jmessageEvents } from '../../mappings/jmessage-events.js';
import { defineAdapter } from '../../src/normalizer.js';
import { jmessageMethods } from './methods.js';
import { parseJMessage } from './parse.js';
import { subscribeJMessage } from './subscribe.js';

export type { JMessagePlatform };
export { jmessageMethods };
export { fromChain, isJMessageChain, wrapJIM } from './chain.js';
export type { JMessageChain, PromisifiedJIM } from './chain.js';
export type { JMessageClientLike, JMessagePluginLike, JMessageWebLike } from './subscribe.js';

/**
 * JMessage. Its web, iOS, Android and server codes share one numbering, so `platform` only labels the result; it
 * is `server` for REST answers and otherwise whatever the caller passes. `normalizeEvent` reads the web SDK's
 * `onDisconnect` / `onEventNotification` and the plugins' `loginStateChanged`; `subscribeErrors(JIM, jmessage,
 * listener)` listens to them.
 */
export const jmessage = {
  ...defineAdapter({
    vendor: 'jmessage',
    platforms: ['web', 'ios', 'android', 'server'],
    defaultPlatform: undefined,
    mappings: jmessageMappings,
    parse: parseJMessage,
    events: jmessageEvents,
    methods: jmessageMethods,
  }),
  /** Listens to a JMessage client's session events; see `subscribeErrors`. */
  subscribe: subscribeJMessage,
};

/**
 * `im-errors/jmessage`: the JMessage (JIGUANG IM) adapter.
 *
 * @packageDocumentation
 */
import type { JMessagePlatform } from '../../mappings/jmessage.js';
import { jmessageSpec } from './spec.js';
import { jmessageEvents } from '../../mappings/jmessage-events.js';
import { defineAdapter } from '../../src/define-adapter.js';
import { createVendorNormalizer } from '../../src/normalizer.js';
import type { VendorAdapter } from '../../src/adapter.js';
import { jmessageMethods } from '../../mappings/jmessage-methods.js';
import { subscribeJMessage } from './subscribe.js';
import type { IMError } from '../../src/imerror.js';
import { readResponse } from '../../src/http/read-response.js';

export type { JMessagePlatform };
export { jmessageMethods };
export { fromChain, isJMessageChain, wrapJIM } from './chain.js';
export type { JMessageChain, PromisifiedJIM } from './chain.js';
export type { JMessageClientLike, JMessagePluginLike, JMessageWebLike } from './subscribe.js';

/**
 * `jmessage.normalize` without the adapter's event and method tables: anything the JMessage SDK rejected with (or a bare
 * code) in, an IMError out; never throws. An app that imports only this ships the code tables and nothing else.
 *
 * @example
 * ```ts
 * import { normalize } from 'im-errors/jmessage';
 * normalize({ error: { code: 899002, message: 'No such user' } }); // user/not-found, platform 'server'
 * ```
 */
export const normalize: VendorAdapter<'jmessage', JMessagePlatform>['normalize'] = /* @__PURE__ */ createVendorNormalizer(jmessageSpec);

/**
 * JMessage. Its web, iOS, Android and server codes share one numbering, so `platform` only labels the result; it
 * is `server` for REST answers and otherwise whatever the caller passes. `normalizeEvent` reads the web SDK's
 * `onDisconnect` / `onEventNotification` and the plugins' `loginStateChanged`; `subscribeErrors(JIM, jmessage,
 * listener)` listens to them.
 *
 * @example
 * ```ts
 * import { jmessage } from 'im-errors/jmessage';
 * jmessage.normalize({ code: 871310, description: 'network not available' }, { platform: 'android' }); // network/offline
 * ```
 */
export const jmessage = /* @__PURE__ */ defineAdapter(jmessageSpec, {
  events: jmessageEvents,
  methods: jmessageMethods,
  /** Listens to a JMessage client's session events; see `subscribeErrors`. */
  subscribe: subscribeJMessage,
});

/**
 * A failed `fetch` `Response` of the JMessage REST API as an IMError: the body (read from a clone, at most 64 KB, within
 * `timeoutMs`, 1 s by default) as JMessage's error, with the status and `Retry-After` beside it; the status alone when
 * the body is not the vendor's. Never rejects; the caller's body stays unread. (`normalizeResponse` of
 * `im-errors/http` with this adapter.)
 *
 * @example
 * ```ts
 * const response = await fetch(url, { method: 'POST', body });
 * if (!response.ok) throw await normalizeJMessageResponse(response);
 * ```
 */
export async function normalizeJMessageResponse(response: unknown, options?: { readonly timeoutMs?: number | undefined }): Promise<IMError> {
  return normalize(await readResponse(response, options?.timeoutMs));
}

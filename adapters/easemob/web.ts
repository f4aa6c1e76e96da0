/**
 * `im-errors/easemob/web`: the Easemob (环信) adapter for web and mini-program apps (`easemob-websdk`) —
 * `im-errors/easemob` without the native SDKs' tables and connection callbacks, which a web app never meets. The same
 * names as `im-errors/easemob`, so switching is one import path; web and REST errors read the same.
 *
 * @packageDocumentation
 */
import type { EasemobWebPlatform } from '../../mappings/easemob-web.js';
import { easemobWebSpec } from './web-spec.js';
import { easemobWebEvents } from '../../mappings/easemob-events.js';
import { defineAdapter } from '../../src/define-adapter.js';
import { createVendorNormalizer } from '../../src/normalizer.js';
import type { VendorAdapter } from '../../src/adapter.js';
import type { IMError } from '../../src/imerror.js';
import { easemobMethods } from '../../mappings/easemob-methods.js';
import { subscribeEasemob } from './subscribe.js';
import { readResponse } from '../../src/http/read-response.js';

export type { EasemobWebPlatform };
export { easemobMethods };
export type { EasemobConnectionLike, EasemobHandlers } from './subscribe.js';

/**
 * `easemob.normalize` of the web entry, without the adapter's event and method tables: anything the Easemob web or
 * mini-program SDK rejected with (or a bare code, or a REST answer) in, an IMError out; never throws.
 *
 * @example
 * ```ts
 * import { normalize } from 'im-errors/easemob/web';
 * normalize({ type: 56, message: 'token expired' }); // auth/token-expired
 * ```
 */
export const normalize: VendorAdapter<'easemob', EasemobWebPlatform>['normalize'] = /* @__PURE__ */ createVendorNormalizer(easemobWebSpec);

/**
 * Easemob for web and mini-program apps. `platform` defaults to `web`; a REST body is read as `server`.
 * `normalizeEvent` reads the web connection's handler events (`onError`, `onDisconnected`, `onTokenExpired`,
 * `onOffline`), which `subscribeErrors(conn, easemob, listener)` registers.
 *
 * @example
 * ```ts
 * import { easemob } from 'im-errors/easemob/web';
 * const err = easemob.normalize({ type: 206, message: 'login on another device' }); // auth/kicked-other-device
 * ```
 */
export const easemob = /* @__PURE__ */ defineAdapter(easemobWebSpec, {
  events: easemobWebEvents,
  methods: easemobMethods,
  /** Registers an event handler on a connection; see `subscribeErrors`. */
  subscribe: subscribeEasemob,
});

/**
 * A failed `fetch` `Response` of the Easemob REST API as an IMError, as `normalizeEasemobResponse` of
 * `im-errors/easemob` does. Never rejects; the caller's body stays unread.
 *
 * @example
 * ```ts
 * const response = await fetch(url, { method: 'POST', body });
 * if (!response.ok) throw await normalizeEasemobResponse(response);
 * ```
 */
export async function normalizeEasemobResponse(response: unknown, options?: { readonly timeoutMs?: number | undefined }): Promise<IMError> {
  return normalize(await readResponse(response, options?.timeoutMs));
}

/**
 * `im-errors/tencent/web`: the Tencent Cloud IM adapter for web and mini-program apps (`@tencentcloud/chat`,
 * `tim-js-sdk`, `tim-wx-sdk`) — `im-errors/tencent` without the native SDKs' codes and events, which a web app never
 * meets. The same names as `im-errors/tencent`, so switching is one import path; errors read the same, but for native
 * SDK codes (6xxx–9xxx, `{code, desc}` callbacks), which only `im-errors/tencent` maps.
 *
 * @packageDocumentation
 */
import type { TencentWebPlatform } from '../../mappings/tencent-web.js';
import { tencentWebSpec } from './web-spec.js';
import { tencentWebEvents } from '../../mappings/tencent-events.js';
import { defineAdapter } from '../../src/define-adapter.js';
import { createVendorNormalizer } from '../../src/normalizer.js';
import type { VendorAdapter } from '../../src/adapter.js';
import { tencentMethods } from '../../mappings/tencent-methods.js';
import { subscribeTencent } from './subscribe.js';
import type { IMError } from '../../src/imerror.js';
import { readResponse } from '../../src/http/read-response.js';

export type { TencentWebPlatform };
export { tencentMethods };
export type { TencentChatLike } from './subscribe.js';

/**
 * `tencent.normalize` of the web entry, without the adapter's event and method tables: anything the Tencent web or
 * mini-program SDK rejected with (or a bare code, or a REST answer) in, an IMError out; never throws.
 *
 * @example
 * ```ts
 * import { normalize } from 'im-errors/tencent/web';
 * normalize({ code: 2801, message: 'request timed out' }); // network/timeout, retryable
 * normalize({ code: 70001, message: 'UserSig expired' }); // auth/token-expired
 * ```
 */
export const normalize: VendorAdapter<'tencent', TencentWebPlatform>['normalize'] = /* @__PURE__ */ createVendorNormalizer(tencentWebSpec);

/**
 * Tencent Cloud IM for web and mini-program apps. `platform` defaults to `web`; a REST answer is read as `server`.
 * `normalizeEvent` reads the web SDKs' events (`kickedOut`, `netStateChange`, `error`), which
 * `subscribeErrors(chat, tencent, listener)` listens to.
 *
 * @example
 * ```ts
 * import { tencent } from 'im-errors/tencent/web';
 * const err = tencent.normalize({ code: 2024, message: 'user not logged in' }); // auth/not-logged-in
 * if (err.recovery === 'relogin') goToSignIn();
 * ```
 */
export const tencent = /* @__PURE__ */ defineAdapter(tencentWebSpec, {
  events: tencentWebEvents,
  methods: tencentMethods,
  /** Listens to a chat instance's lifecycle events; see `subscribeErrors`. */
  subscribe: subscribeTencent,
});

/**
 * A failed `fetch` `Response` of the Tencent Cloud IM REST API as an IMError, as `normalizeTencentResponse` of
 * `im-errors/tencent` does (body read from a clone, at most 64 KB, within `timeoutMs`, 1 s by default). Never rejects.
 *
 * @example
 * ```ts
 * const response = await fetch(url, { method: 'POST', body });
 * const error = await normalizeTencentResponse(response); // e.g. auth/token-expired for ErrorCode 70001
 * ```
 */
export async function normalizeTencentResponse(response: unknown, options?: { readonly timeoutMs?: number | undefined }): Promise<IMError> {
  return normalize(await readResponse(response, options?.timeoutMs));
}

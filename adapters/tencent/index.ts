/**
 * `im-errors/tencent`: the Tencent Cloud IM adapter (native SDKs, web / mini-program SDK, REST API).
 *
 * @packageDocumentation
 */
import type { TencentPlatform } from '../../mappings/tencent.js';
import { tencentSpec } from './spec.js';
import { tencentEvents } from '../../mappings/tencent-events.js';
import { defineAdapter } from '../../src/define-adapter.js';
import { createVendorNormalizer } from '../../src/normalizer.js';
import type { VendorAdapter } from '../../src/adapter.js';
import { tencentMethods } from '../../mappings/tencent-methods.js';
import { subscribeTencent } from './subscribe.js';
import { nativeSdkListener, type TencentNativeSdkListener } from './native-listener.js';
import type { IMError } from '../../src/imerror.js';
import { readResponse } from '../../src/http/read-response.js';

export type { TencentPlatform };
export { tencentMethods };
export type { TencentChatLike } from './subscribe.js';
export type { TencentNativeSdkListener };

/**
 * `tencent.normalize` without the adapter's event and method tables: anything the Tencent SDK rejected with (or a bare
 * code) in, an IMError out; never throws. An app that imports only this ships the code tables and nothing else.
 *
 * @example
 * ```ts
 * import { normalize } from 'im-errors/tencent';
 * normalize({ code: 2801, message: 'request timed out' }); // network/timeout, retryable
 * normalize({ ActionStatus: 'FAIL', ErrorCode: 70001, ErrorInfo: 'UserSig expired' }); // auth/token-expired, platform 'server'
 * ```
 */
export const normalize: VendorAdapter<'tencent', TencentPlatform>['normalize'] = /* @__PURE__ */ createVendorNormalizer(tencentSpec);

/**
 * Tencent Cloud IM. `platform` defaults to `web` (the JavaScript SDKs `@tencentcloud/chat` / `tim-js-sdk`); a
 * `{code, desc}` error is read as `native`, a REST answer as `server`. The platforms differ on a few codes
 * (web 1002 is a kick, the server's 1002 an invalid parameter). `normalizeEvent` reads the web SDKs' events
 * (`kickedOut`, `netStateChange`, `error`), which `subscribeErrors(chat, tencent, listener)` listens to, and the
 * native SDKs' V2TIMSDKListener callbacks (`onConnectFailed`, `onKickedOffline`, `onUserSigExpired`; see
 * {@link tencentNativeListener}).
 *
 * @example
 * ```ts
 * import { tencent } from 'im-errors/tencent';
 * const err = tencent.normalize({ code: 6206, desc: 'UserSig expired' }); // a native bridge: auth/token-expired
 * if (err.recovery === 'refresh-credentials') await refreshUserSig();
 * ```
 */
export const tencent = /* @__PURE__ */ defineAdapter(tencentSpec, {
  events: tencentEvents,
  methods: tencentMethods,
  /** Listens to a chat instance's lifecycle events; see `subscribeErrors`. */
  subscribe: subscribeTencent,
});

/**
 * A V2TIMSDKListener for the native SDKs (React Native / uni-app bridges) that calls `listener` with an IMError for
 * each callback that signals a failure — connection failed, kicked offline, UserSig expired — read on the `native`
 * platform; connecting and connected call nothing.
 *
 * @example
 * ```ts
 * const listener = tencentNativeListener((error) => {
 *   if (error.recovery === 'relogin') goToSignIn();
 * });
 * // Pass `listener` where the bridge's initSDK takes its V2TimSDKListener.
 * ```
 */
export function tencentNativeListener(listener: (error: IMError) => void): TencentNativeSdkListener {
  return nativeSdkListener((event, payload) => {
    const error = tencent.normalizeEvent(event, payload, { platform: 'native' });
    if (error !== undefined) listener(error);
  });
}

/**
 * A failed `fetch` `Response` of the Tencent Cloud IM REST API as an IMError: the body (read from a clone, at most 64 KB, within
 * `timeoutMs`, 1 s by default) as Tencent Cloud IM's error, with the status and `Retry-After` beside it; the status alone when
 * the body is not the vendor's. Never rejects; the caller's body stays unread. (`normalizeResponse` of
 * `im-errors/http` with this adapter.)
 *
 * @example
 * ```ts
 * // The REST API answers HTTP 200 with `ActionStatus: 'FAIL'`: read every answer that is not `OK`.
 * const response = await fetch(url, { method: 'POST', body });
 * const error = await normalizeTencentResponse(response); // e.g. auth/token-expired for ErrorCode 70001
 * ```
 */
export async function normalizeTencentResponse(response: unknown, options?: { readonly timeoutMs?: number | undefined }): Promise<IMError> {
  return normalize(await readResponse(response, options?.timeoutMs));
}

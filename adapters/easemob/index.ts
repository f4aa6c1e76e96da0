/**
 * `im-errors/easemob`: the Easemob (环信) / Agora Chat adapter.
 *
 * @packageDocumentation
 */
import type { EasemobPlatform } from '../../mappings/easemob.js';
import { easemobSpec } from './spec.js';
import { easemobEvents } from '../../mappings/easemob-events.js';
import { defineAdapter } from '../../src/define-adapter.js';
import { createVendorNormalizer } from '../../src/normalizer.js';
import type { VendorAdapter } from '../../src/adapter.js';
import type { IMError } from '../../src/imerror.js';
import { nativeConnectionListener, type EasemobNativeConnectionListener } from './native-listener.js';
import { easemobMethods } from '../../mappings/easemob-methods.js';
import { subscribeEasemob } from './subscribe.js';
import { readResponse } from '../../src/http/read-response.js';

export type { EasemobPlatform };
export type { EasemobNativeConnectionListener };
export { easemobMethods };
export type { EasemobConnectionLike, EasemobHandlers } from './subscribe.js';

/**
 * `easemob.normalize` without the adapter's event and method tables: anything the Easemob SDK rejected with (or a bare
 * code) in, an IMError out; never throws. An app that imports only this ships the code tables and nothing else.
 *
 * @example
 * ```ts
 * import { normalize } from 'im-errors/easemob';
 * normalize({ error: 'reach_limit', error_description: 'api limit', statusCode: 429 }); // rate-limit, retryAfterMs 1000
 * ```
 */
export const normalize: VendorAdapter<'easemob', EasemobPlatform>['normalize'] = /* @__PURE__ */ createVendorNormalizer(easemobSpec);

/**
 * Easemob. Platforms: `web` (the web / mini-program SDK, whose `statusCode` numbers the seed documents; the default
 * for a bare code or a `{type}` error), `native` (iOS, Android, React Native, Flutter, Unity, Windows: `EMError`
 * numbers, which differ from the web's — native 502 is a send-rate limit; a `{code, description}` `ChatError` is read
 * as native by its shape), `server` (REST bodies `{error, error_description}`, keyed by HTTP status and `error`).
 * `android` and `ios` are aliases of `native`, and its sub-tables where the two differ (Android's push codes
 * 1500–1502); `err.platform` reports `native` unless a sub-table answered.
 * `normalizeEvent` reads the web connection's handler events (`onError`, `onDisconnected`, `onTokenExpired`,
 * `onOffline`; `subscribeErrors(conn, easemob, listener)` registers them) and the native connection callbacks
 * (`onTokenDidExpire`, `onUserKickedByOtherDevice`…; see {@link easemobNativeListener}). Agora Chat apps: see
 * `im-errors/agora`.
 *
 * @example
 * ```ts
 * import { easemob } from 'im-errors/easemob';
 * easemob.normalize({ code: 206, desc: 'login on another device' }, { platform: 'ios' }); // auth/kicked-other-device
 * ```
 */
export const easemob = /* @__PURE__ */ defineAdapter(easemobSpec, {
  events: easemobEvents,
  methods: easemobMethods,
  /** Registers an event handler on a connection; see `subscribeErrors`. */
  subscribe: subscribeEasemob,
});

/**
 * A React Native / Flutter connection listener that calls `listener` with an IMError for each callback that signals
 * a failure — token expired, kicked by another device, account removed or banned, too many devices, DAU cap —
 * read from the native code table (so an event and a rejection with the same code agree); connected,
 * disconnected (the SDK reconnects by itself) and the token reminder call nothing.
 *
 * @example
 * ```ts
 * ChatClient.getInstance().addConnectionListener(
 *   easemobNativeListener((error) => {
 *     if (error.recovery === 'relogin') goToSignIn();
 *     else if (error.recovery === 'refresh-credentials') renewToken();
 *   }),
 * );
 * ```
 */
export function easemobNativeListener(listener: (error: IMError) => void): EasemobNativeConnectionListener {
  return nativeConnectionListener((event, payload) => {
    const error = easemob.normalizeEvent(event, payload, { platform: 'native' });
    if (error !== undefined) listener(error);
  });
}

/**
 * A failed `fetch` `Response` of the Easemob REST API as an IMError: the body (read from a clone, at most 64 KB, within
 * `timeoutMs`, 1 s by default) as Easemob's error, with the status and `Retry-After` beside it; the status alone when
 * the body is not the vendor's. Never rejects; the caller's body stays unread. (`normalizeResponse` of
 * `im-errors/http` with this adapter.)
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

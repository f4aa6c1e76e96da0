/**
 * `im-errors/agora`: the Agora Chat adapter (Easemob's SDK under Agora's name: `agora-chat`, Agora Chat native SDKs).
 *
 * @packageDocumentation
 */
import { agoraSpec } from './spec.js';
import { agoraEvents, type AgoraPlatform } from '../../mappings/agora.js';
import { defineAdapter } from '../../src/define-adapter.js';
import { createVendorNormalizer } from '../../src/normalizer.js';
import type { VendorAdapter } from '../../src/adapter.js';
import type { IMError } from '../../src/imerror.js';
import { nativeConnectionListener, type EasemobNativeConnectionListener } from '../easemob/native-listener.js';
import { easemobMethods } from '../../mappings/easemob-methods.js';
import { subscribeEasemob } from '../easemob/subscribe.js';
import { readResponse } from '../../src/http/read-response.js';

export type { AgoraPlatform };
export type { EasemobNativeConnectionListener as AgoraNativeConnectionListener } from '../easemob/native-listener.js';
export { easemobMethods as agoraMethods };
export type { EasemobConnectionLike as AgoraConnectionLike } from '../easemob/subscribe.js';

/**
 * `agora.normalize` without the adapter's event and method tables: anything the Agora Chat SDK rejected with (or a bare
 * code) in, an IMError out; never throws. An app that imports only this ships the code tables and nothing else.
 *
 * @example
 * ```ts
 * import { normalize } from 'im-errors/agora';
 * normalize({ code: 502, description: 'send too fast' }, { platform: 'native' }); // rate-limit/too-many-messages
 * ```
 */
export const normalize: VendorAdapter<'agora', AgoraPlatform>['normalize'] = /* @__PURE__ */ createVendorNormalizer(agoraSpec);

/**
 * Agora Chat: Easemob's error shapes, tables and events, reported as `vendor: 'agora'`. Platforms as Easemob's: `web`
 * (`agora-chat`, the default for a bare code), `native` (the native SDKs and `react-native-agora-chat`; `android` /
 * `ios` as aliases), `server` (REST). Use it instead of `easemob`, not beside
 * it: the two share every number, so a normalizer holding both could only call each `{type}` error ambiguous.
 *
 * @example
 * ```ts
 * import { agora } from 'im-errors/agora';
 * const stop = subscribeErrors(conn, agora, (err) => { if (err.kind === 'auth') showSignIn(); });
 * ```
 */
export const agora = /* @__PURE__ */ defineAdapter(agoraSpec, {
  events: agoraEvents,
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
 *   agoraNativeListener((error) => {
 *     if (error.recovery === 'relogin') goToSignIn();
 *     else if (error.recovery === 'refresh-credentials') renewToken();
 *   }),
 * );
 * ```
 */
export function agoraNativeListener(listener: (error: IMError) => void): EasemobNativeConnectionListener {
  return nativeConnectionListener((event, payload) => {
    const error = agora.normalizeEvent(event, payload, { platform: 'native' });
    if (error !== undefined) listener(error);
  });
}

/**
 * A failed `fetch` `Response` of the Agora Chat REST API as an IMError: the body (read from a clone, at most 64 KB, within
 * `timeoutMs`, 1 s by default) as Agora Chat's error, with the status and `Retry-After` beside it; the status alone when
 * the body is not the vendor's. Never rejects; the caller's body stays unread. (`normalizeResponse` of
 * `im-errors/http` with this adapter.)
 *
 * @example
 * ```ts
 * const response = await fetch(url, { method: 'POST', body });
 * if (!response.ok) throw await normalizeAgoraResponse(response);
 * ```
 */
export async function normalizeAgoraResponse(response: unknown, options?: { readonly timeoutMs?: number | undefined }): Promise<IMError> {
  return normalize(await readResponse(response, options?.timeoutMs));
}

import type { EventRule, EventTable } from '../src/events.js';

/**
 * Easemob / Agora Chat web SDK events (`conn.addEventHandler(id, { onError, onDisconnected, … })`), by handler name,
 * as the handler receives them. Judged from where `easemob-websdk` 4.21 / `agora-chat` 1.4 dispatch each ("SDK:").
 */
export const easemobWebEvents: EventTable = [
  // SDK: onError gets a statusCode error: kicks (206 other device, 207 user removed, 216 password changed, 217 kicked
  // by another device or the console), 16 "reconnection failed", login refusals (214, 220…).
  { event: 'onError', means: { error: [] } },
  // SDK: onDisconnected gets the error that ended the session (the same object onError got, so it is reported once)…
  { event: 'onDisconnected', means: { error: [] } },
  // …or nothing: after the app's own close(), after onTokenExpired (the SDK then closes), or after onError already
  // reported the failed reconnect. None of these is a new failure.
  { event: 'onDisconnected', means: { none: true } },
  // SDK: a timer at the token's expiry calls onTokenExpired, then closes the connection.
  { event: 'onTokenExpired', means: { code: 56 } }, // WEBIM_TOKEN_EXPIRED
  // SDK: the browser's `offline` event; the SDK reconnects when `online` comes.
  { event: 'onOffline', means: { entry: ['network', 'offline', true, 'check-network'] } },
  // A reminder to renew the token in time, not a failure (the web handler and the native listener alike).
  { event: 'onTokenWillExpire', means: { none: true } },
  { event: 'onOnline', means: { none: true } },
  { event: 'onConnected', means: { none: true } },
  { event: 'onReconnecting', means: { none: true } },
];

/** A native callback that reports one native code. */
const native = (event: string, code: number): EventRule => ({ event, means: { code }, platform: 'native' });

/**
 * The native SDKs' connection callbacks, as the React Native SDKs name them (`ChatConnectEventListener` in
 * `react-native-chat-sdk` / `react-native-agora-chat`; Flutter's `EMConnectionEventHandler` has the same events).
 * Each callback is the native SDK's report of one `EMError` code, so it is read from the native table: an event and
 * a rejection with that code agree. `easemobNativeListener` builds the listener.
 */
export const easemobNativeEvents: EventTable = [
  native('onTokenDidExpire', 108), // TOKEN_EXPIRED: the token expired while connected
  native('onAppActiveNumberReachLimit', 8), // APP_ACTIVE_NUMBER_REACH_LIMITATION: the app's DAU / MAU cap
  native('onUserDidLoginFromOtherDevice', 206), // USER_LOGIN_ANOTHER_DEVICE: signed in elsewhere, this one kicked
  native('onUserDidLoginFromOtherDeviceWithInfo', 206),
  native('onUserDidRemoveFromServer', 207), // USER_REMOVED: the account was deleted on the server
  // "the current chat user is banned from accessing the server": the account, not the app (305 is the app), and
  // no code of the native pages names it.
  { event: 'onUserDidForbidByServer', means: { entry: ['auth', 'account-disabled', false, 'contact-support'] }, platform: 'native' },
  native('onUserDidChangePassword', 216), // USER_KICKED_BY_CHANGE_PASSWORD
  native('onUserDidLoginTooManyDevice', 214), // USER_LOGIN_TOO_MANY_DEVICES
  native('onUserKickedByOtherDevice', 217), // USER_KICKED_BY_OTHER_DEVICE: kicked by another device or the console
  native('onUserAuthenticationFailed', 202), // USER_AUTHENTICATION_FAILED: the token was refused
  { event: 'onOfflineMessageSyncStart', means: { none: true } },
  { event: 'onOfflineMessageSyncFinish', means: { none: true } },
];

/** Every Easemob event rule, web then native: the table `easemob.normalizeEvent` reads. */
export const easemobEvents: EventTable = [...easemobWebEvents, ...easemobNativeEvents];

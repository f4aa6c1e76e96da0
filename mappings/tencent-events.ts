import type { EventTable } from '../src/events.js';

/**
 * Tencent Cloud IM web SDK events (`@tencentcloud/chat` 3.x, `tim-js-sdk` 2.x, `tim-wx-sdk`:
 * `chat.on(TencentCloudChat.EVENT.X, listener)`), as the listener receives them: `{ name, data }`. Judged from where
 * the SDK emits each one ("SDK:"). These are the events `subscribeErrors` listens to on a chat instance.
 */
export const tencentWebEvents: EventTable = [
  // SDK: on a kick it logs out, emits KICKED_OUT { type } and records the matching web code as why it is not ready:
  // multipleAccount → 3003 KICKED_OUT_MULT_ACCOUNT (same user on another page of this browser), multipleDevice → 3002,
  // userSigExpired → 3004 KICKED_OUT_USERSIG_EXPIRED, REST_API_Kick → 3006 KICKED_OUT_REST_API.
  { event: 'kickedOut', when: [['data', 'type'], 'multipleAccount'], means: { code: 3003 } },
  { event: 'kickedOut', when: [['data', 'type'], 'multipleDevice'], means: { code: 3002 } },
  { event: 'kickedOut', when: [['data', 'type'], 'userSigExpired'], means: { code: 3004 } },
  { event: 'kickedOut', when: [['data', 'type'], 'REST_API_Kick'], means: { code: 3006 } },
  // A kick type newer than this table: the session is gone all the same (as 3001 LOGIN_FAILED).
  { event: 'kickedOut', means: { entry: ['auth', 'other', false, 'relogin'] } },
  // SDK: NET_STATE_CHANGE { state } on every change of the connection; the SDK reconnects by itself.
  { event: 'netStateChange', when: [['data', 'state'], 'disconnected'], means: { entry: ['network', 'disconnected', true, 'check-network'] } },
  { event: 'netStateChange', when: [['data', 'state'], 'connecting'], means: { none: true } },
  { event: 'netStateChange', when: [['data', 'state'], 'connected'], means: { none: true } },
  // SDK: ERROR carries the same error object a failed call rejects with ({ code, message, data }), so an app that
  // both awaits its calls and subscribes sees such a failure twice: once here, once from the rejection.
  { event: 'error', means: { error: ['data'] } },
  // SDK: SDK_NOT_READY follows every logout, kick and destroy, with no reason in it: the kick is reported by
  // kickedOut, a logout is no failure, and calls made while not ready reject (2024, 2999) on their own.
  { event: 'sdkStateNotReady', means: { none: true } },
];

/**
 * Tencent Cloud IM native SDK events: the callbacks of V2TIMSDKListener (iOS / Android, and the React Native,
 * Flutter and uni-app bridges over them), named as the listener's methods. The web SDKs have no such events, so
 * nothing here shadows a web rule. A callback's arguments reach `normalizeEvent` as one payload:
 * `onConnectFailed(code, error)` as `{ code, desc }`, the native SDK's own error shape (`tencentNativeListener`
 * in `im-errors/tencent` builds it so).
 */
export const tencentNativeEvents: EventTable = [
  // onConnectFailed(code, error): the connection to the server failed with a native code (9508 no network, 9510
  // connect timeout, 6200 no network on request…), read like any native error so that event and rejection agree.
  { event: 'onConnectFailed', means: { error: [] } },
  // Without a code in the payload: still a connection that could not be made.
  { event: 'onConnectFailed', means: { entry: ['network', 'connection-failed', true, 'check-network'] } },
  // onKickedOffline(): "the current user was kicked offline" (another device signed in, as 6208 says): sign in again.
  { event: 'onKickedOffline', means: { entry: ['auth', 'kicked-other-device', false, 'relogin'] } },
  // onUserSigExpired(): "the ticket expired while online": a new UserSig, then login (as 6206).
  { event: 'onUserSigExpired', means: { entry: ['auth', 'token-expired', false, 'refresh-credentials'] } },
  // onConnecting() / onConnectSuccess(): the SDK (re)connecting by itself, and done: no failure.
  { event: 'onConnecting', means: { none: true } },
  { event: 'onConnectSuccess', means: { none: true } },
];

/** Every Tencent event rule, web then native: the table `tencent.normalizeEvent` reads. */
export const tencentEvents: EventTable = [...tencentWebEvents, ...tencentNativeEvents];

import type { EventTable } from '../src/events.js';

/**
 * Tencent Cloud IM web SDK events (`@tencentcloud/chat` 3.x, `tim-js-sdk` 2.x: `chat.on(TencentCloudChat.EVENT.X,
 * listener)`), as the listener receives them: `{ name, data }`. Judged from where the SDK emits each one ("SDK:").
 */
export const tencentEvents: EventTable = [
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

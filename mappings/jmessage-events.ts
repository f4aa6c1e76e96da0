import type { EventTable } from '../src/events.js';

/**
 * JMessage (JIGUANG IM) events. The web SDK (`JIM.onDisconnect(fn)`, `JIM.onEventNotification(fn)`, jmessage-sdk-web
 * 2.x) and the React Native / Cordova / Flutter plugins (`addLoginStateChangedListener(fn)`, which this table calls
 * `loginStateChanged`), as their callbacks receive them.
 */
export const jmessageEvents: EventTable = [
  // Web SDK: called with nothing when the socket drops unexpectedly (its own loginOut() turns this off first).
  { event: 'onDisconnect', means: { entry: ['network', 'disconnected', true, 'check-network'] } },
  // Web SDK: { event_type, … }; the SDK logs the user out after types 1 and 2 (its LOGIN_OUT_EVENT = [1, 2]).
  // 1: logged in elsewhere at the same time, or disabled — forced offline (the common case is the other device).
  { event: 'onEventNotification', when: [['event_type'], 1], means: { entry: ['auth', 'kicked-other-device', false, 'relogin'] } },
  // 2: the password was changed (elsewhere) — forced offline.
  { event: 'onEventNotification', when: [['event_type'], 2], means: { entry: ['auth', 'password-changed', false, 'relogin'] } },
  // Other notifications (friend requests, group changes, recalls…) are news, not failures.
  { event: 'onEventNotification', means: { none: true } },
  // Plugins: { type }, the native SDKs' LoginStateChangeEvent.Reason.
  { event: 'loginStateChanged', when: [['type'], 'user_logout'], means: { entry: ['auth', 'kicked-other-device', false, 'relogin'] } }, // 被踢、被迫退出 (another device logged in)
  { event: 'loginStateChanged', when: [['type'], 'user_deleted'], means: { entry: ['auth', 'account-removed', false, 'relogin'] } }, // 用户被删除
  { event: 'loginStateChanged', when: [['type'], 'user_password_change'], means: { entry: ['auth', 'password-changed', false, 'relogin'] } }, // 非客户端修改密码
  { event: 'loginStateChanged', when: [['type'], 'user_disabled'], means: { entry: ['auth', 'account-disabled', false, 'contact-support'] } }, // 用户被禁用 (as 801006)
  { event: 'loginStateChanged', when: [['type'], 'user_login_status_unexpected'], means: { entry: ['auth', 'other', false, 'relogin'] } }, // 用户登录状态异常
  // A reason newer than this table: the plugin reports only session losses here.
  { event: 'loginStateChanged', means: { entry: ['auth', 'other', false, 'relogin'] } },
];

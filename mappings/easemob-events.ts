import type { EventTable } from '../src/events.js';

/**
 * Easemob / Agora Chat web SDK events (`conn.addEventHandler(id, { onError, onDisconnected, … })`), by handler name,
 * as the handler receives them. Judged from where `easemob-websdk` 4.21 / `agora-chat` 1.4 dispatch each ("SDK:").
 */
export const easemobEvents: EventTable = [
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
  { event: 'onTokenWillExpire', means: { none: true } }, // a reminder to renew the token in time, not a failure
  { event: 'onOnline', means: { none: true } },
  { event: 'onConnected', means: { none: true } },
  { event: 'onReconnecting', means: { none: true } },
];

/** The native SDKs' V2TIMSDKListener, for apps on the React Native / uni-app bridges: its callbacks as events. */
import type { EventSink } from '../../src/events.js';

/**
 * The V2TIMSDKListener callbacks that tell of the connection and the session (`initSDK(…, listener)` on iOS,
 * Android and the bridges over them); each is optional there, and the bridges call them with these arguments.
 */
export interface TencentNativeSdkListener {
  onConnecting(): void;
  onConnectSuccess(): void;
  onConnectFailed(code: number, error: string): void;
  onKickedOffline(): void;
  onUserSigExpired(): void;
}

/**
 * A listener that hands each callback to `sink` as the event table names it (`mappings/tencent-events.ts`,
 * `tencentNativeEvents`): `onConnectFailed(code, error)` as the native error shape `{ code, desc }`.
 */
export function nativeSdkListener(sink: EventSink): TencentNativeSdkListener {
  return {
    onConnecting: () => sink('onConnecting'),
    onConnectSuccess: () => sink('onConnectSuccess'),
    onConnectFailed: (code, error) => sink('onConnectFailed', { code, desc: error }),
    onKickedOffline: () => sink('onKickedOffline'),
    onUserSigExpired: () => sink('onUserSigExpired'),
  };
}

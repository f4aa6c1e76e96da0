/**
 * The native SDKs' connection listener, for Easemob / Agora Chat apps on React Native (`ChatConnectEventListener`,
 * `ChatClient.getInstance().addConnectionListener(listener)`) and Flutter: its callbacks as events.
 */
import type { EventSink } from '../../src/events.js';

/** The `ChatConnectEventListener` callbacks that tell of the connection and the session. */
export interface EasemobNativeConnectionListener {
  onConnected(): void;
  onDisconnected(): void;
  onTokenWillExpire(): void;
  onTokenDidExpire(): void;
  onAppActiveNumberReachLimit(): void;
  onUserDidLoginFromOtherDevice(deviceName?: string): void;
  onUserDidLoginFromOtherDeviceWithInfo(params?: unknown): void;
  onUserDidRemoveFromServer(): void;
  onUserDidForbidByServer(): void;
  onUserDidChangePassword(): void;
  onUserDidLoginTooManyDevice(): void;
  onUserKickedByOtherDevice(): void;
  onUserAuthenticationFailed(): void;
}

/** The callbacks {@link EasemobNativeConnectionListener} has, each handed to the sink under its own name. */
const CALLBACKS = [
  'onConnected',
  'onDisconnected',
  'onTokenWillExpire',
  'onTokenDidExpire',
  'onAppActiveNumberReachLimit',
  'onUserDidLoginFromOtherDevice',
  'onUserDidLoginFromOtherDeviceWithInfo',
  'onUserDidRemoveFromServer',
  'onUserDidForbidByServer',
  'onUserDidChangePassword',
  'onUserDidLoginTooManyDevice',
  'onUserKickedByOtherDevice',
  'onUserAuthenticationFailed',
] as const satisfies ReadonlyArray<keyof EasemobNativeConnectionListener>;

/**
 * A listener that hands each callback to `sink` as the event table names it (`mappings/easemob-events.ts`), with
 * the callback's argument (a device name, the login info) as the payload.
 */
export function nativeConnectionListener(sink: EventSink): EasemobNativeConnectionListener {
  const listener = {} as Record<(typeof CALLBACKS)[number], (payload?: unknown) => void>;
  for (const name of CALLBACKS) listener[name] = (payload?: unknown) => sink(name, payload);
  return listener;
}

/** Listening to JMessage's lifecycle events (web SDK or a React Native / Cordova plugin), for `subscribeErrors`. */
import type { EventSink, Unsubscribe } from '../../src/events.js';

/** The part of the JMessage web SDK (`new JMessage()`, usually `JIM`) that a subscription uses. */
export interface JMessageWebLike {
  onDisconnect(callback: () => void): unknown;
  onEventNotification(callback: (event: unknown) => void): unknown;
}

/** The part of the JMessage React Native / Cordova plugin that a subscription uses. */
export interface JMessagePluginLike {
  addLoginStateChangedListener(listener: (event: unknown) => void): unknown;
  removeLoginStateChangedListener(listener: (event: unknown) => void): unknown;
}

/** A JMessage client: the web SDK or a plugin. */
export type JMessageClientLike = JMessageWebLike | JMessagePluginLike;

/**
 * Listens to `client`'s session events: a plugin's `loginStateChanged`, or the web SDK's `onDisconnect` and
 * `onEventNotification`. The web SDK offers no way to remove a callback, so stopping leaves its callbacks silent.
 */
export function subscribeJMessage(client: JMessageClientLike, sink: EventSink): Unsubscribe {
  if ('addLoginStateChangedListener' in client) {
    const listener = (event: unknown) => sink('loginStateChanged', event);
    client.addLoginStateChangedListener(listener);
    return () => {
      client.removeLoginStateChangedListener(listener);
    };
  }
  let active = true;
  client.onDisconnect(() => {
    if (active) sink('onDisconnect');
  });
  client.onEventNotification((event) => {
    if (active) sink('onEventNotification', event);
  });
  return () => {
    active = false;
  };
}

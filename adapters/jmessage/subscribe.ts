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
 * The live subscriptions of each web SDK client, read by the one pair of callbacks given to that client. The web SDK
 * has no way to take a callback back, so each client gets its callbacks once, whatever the number of subscriptions:
 * stopping removes the subscription's sink from this set, and what stays in the SDK is two small functions that
 * reach an empty set — no sink, no listener, no IMError.
 */
const webSinks = new WeakMap<JMessageWebLike, Set<EventSink>>();

/** The sinks of `client`, registering its two callbacks the first time. */
function sinksOf(client: JMessageWebLike): Set<EventSink> {
  const known = webSinks.get(client);
  if (known !== undefined) return known;
  const sinks = new Set<EventSink>();
  webSinks.set(client, sinks);
  // A copy of the set, so that a sink which stops a subscription (its own or another) does not skip the next one.
  client.onDisconnect(() => [...sinks].forEach((sink) => sink('onDisconnect')));
  client.onEventNotification((event) => [...sinks].forEach((sink) => sink('onEventNotification', event)));
  return sinks;
}

/**
 * Listens to `client`'s session events: a plugin's `loginStateChanged` (stopping removes the listener), or the web
 * SDK's `onDisconnect` and `onEventNotification` (registered once per client; stopping silences the subscription and
 * drops its references, as the web SDK cannot remove a callback).
 */
export function subscribeJMessage(client: JMessageClientLike, sink: EventSink): Unsubscribe {
  if ('addLoginStateChangedListener' in client) {
    const listener = (event: unknown) => sink('loginStateChanged', event);
    client.addLoginStateChangedListener(listener);
    return () => {
      client.removeLoginStateChangedListener(listener);
    };
  }
  const sinks = sinksOf(client);
  const own: EventSink = (event, payload) => sink(event, payload); // one entry per subscription, even for one sink
  sinks.add(own);
  return () => {
    sinks.delete(own);
  };
}

/** Listening to an Easemob / Agora Chat connection's lifecycle events, for `subscribeErrors`. */
import { eventNames, type EventSink, type Unsubscribe } from '../../src/events.js';
import { easemobWebEvents } from '../../mappings/easemob-events.js';

/** A handler object of `addEventHandler`: handler name → callback. */
export type EasemobHandlers = { [handler: string]: (payload?: unknown) => void };

/** The part of an Easemob / Agora Chat connection (`new connection({ appKey })`) that a subscription uses. */
export interface EasemobConnectionLike {
  addEventHandler(id: string, handlers: EasemobHandlers): unknown;
  removeEventHandler(id: string): unknown;
}

/** The handlers the subscription registers: `onError`, `onDisconnected`, `onTokenExpired`, `onOffline`. */
const LISTENED = eventNames(easemobWebEvents);

/**
 * This copy of im-errors' part of every handler id. The SDK keeps one handler object per id (a second
 * `addEventHandler` with the same id replaces the first), and an app may bundle two copies of im-errors (two
 * versions, or one in a library): a counter alone would start at 1 in each, and the second copy's first subscription
 * would silently take the first one's place. A random part per copy keeps ids apart; the counter, within it.
 */
let copy: string | undefined; // drawn at the first subscription, so that importing the module does nothing

let subscriptions = 0;

/** A handler id no other subscription (of this copy or another) and no app handler (`'im-errors:…'` aside) uses. */
function nextId(): string {
  copy ??= Math.random().toString(36).slice(2, 10);
  subscriptions += 1;
  return `im-errors:${copy}:${subscriptions}`;
}

/**
 * Registers one handler object, under its own id, for the events of `connection` that can signal a failure; returns
 * its removal (`removeEventHandler` of that id, which leaves every other handler object in place).
 */
export function subscribeEasemob(connection: EasemobConnectionLike, sink: EventSink): Unsubscribe {
  const id = nextId();
  const handlers: EasemobHandlers = {};
  for (const name of LISTENED) handlers[name] = (payload?: unknown) => sink(name, payload);
  connection.addEventHandler(id, handlers);
  return () => {
    connection.removeEventHandler(id);
  };
}

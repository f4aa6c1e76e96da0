/** Listening to an Easemob / Agora Chat connection's lifecycle events, for `subscribeErrors`. */
import { eventNames, type EventSink, type Unsubscribe } from '../../src/events.js';
import { easemobEvents } from '../../mappings/easemob-events.js';

/** A handler object of `addEventHandler`: handler name → callback. */
export type EasemobHandlers = { [handler: string]: (payload?: unknown) => void };

/** The part of an Easemob / Agora Chat connection (`new connection({ appKey })`) that a subscription uses. */
export interface EasemobConnectionLike {
  addEventHandler(id: string, handlers: EasemobHandlers): unknown;
  removeEventHandler(id: string): unknown;
}

/** The handlers the subscription registers: `onError`, `onDisconnected`, `onTokenExpired`, `onOffline`. */
const LISTENED = eventNames(easemobEvents);

let subscriptions = 0;

/** Registers one handler object for the events of `connection` that can signal a failure; returns its removal. */
export function subscribeEasemob(connection: EasemobConnectionLike, sink: EventSink): Unsubscribe {
  subscriptions += 1;
  const id = `im-errors:${subscriptions}`;
  const handlers: EasemobHandlers = {};
  for (const name of LISTENED) handlers[name] = (payload?: unknown) => sink(name, payload);
  connection.addEventHandler(id, handlers);
  return () => {
    connection.removeEventHandler(id);
  };
}

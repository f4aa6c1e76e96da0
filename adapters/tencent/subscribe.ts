/** Listening to a Tencent chat instance's lifecycle events, for `subscribeErrors`. */
import { eventNames, type EventSink, type Unsubscribe } from '../../src/events.js';
import { tencentWebEvents } from '../../mappings/tencent-events.js';

/** The part of a Tencent chat instance (`TencentCloudChat.create()`, `TIM.create()`) that a subscription uses. */
export interface TencentChatLike {
  on(eventName: string, listener: (event: unknown) => void): unknown;
  off(eventName: string, listener: (event: unknown) => void): unknown;
}

/** The events the subscription listens to: `kickedOut`, `netStateChange`, `error` (the web SDKs' only). */
const LISTENED = eventNames(tencentWebEvents);

/** Listens to the events of `chat` that can signal a failure; returns how to stop (`chat.off` for each). */
export function subscribeTencent(chat: TencentChatLike, sink: EventSink): Unsubscribe {
  const listeners = LISTENED.map((name) => [name, (event: unknown) => sink(name, event)] as const);
  for (const [name, listener] of listeners) chat.on(name, listener);
  return () => {
    for (const [name, listener] of listeners) chat.off(name, listener);
  };
}

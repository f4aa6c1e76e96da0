/**
 * A stand-in for an Easemob / Agora Chat web SDK connection (`new EC.connection({ appKey })` of `easemob-websdk`):
 * promise methods that reject with plain `{ type, message, data? }` objects (`type` is the SDK's statusCode), and
 * handler objects registered with `addEventHandler`.
 */
import type { EasemobHandlers } from '../../../adapters/easemob/index.js';
import { answer, type FaultSchedule } from './faults.js';

/** An Easemob-like connection for the examples; which calls fail is up to `faults`. */
export class SimulatedEasemobConnection {
  readonly #handlers = new Map<string, EasemobHandlers>();

  constructor(readonly faults: FaultSchedule) {}

  addEventHandler(id: string, handlers: EasemobHandlers): void {
    this.#handlers.set(id, handlers);
  }

  removeEventHandler(id: string): void {
    this.#handlers.delete(id);
  }

  /** Calls `handler` (`onError`, `onDisconnected`…) of every registered handler object, as the SDK dispatches. */
  dispatch(handler: string, ...payload: [] | [unknown]): void {
    for (const handlers of this.#handlers.values()) handlers[handler]?.(...payload);
  }

  open(options: { readonly user: string; readonly accessToken: string }) {
    return answer(this.faults, 'open', () => ({ accessToken: options.accessToken, expireTimestamp: 0 }));
  }

  fetchHistoryMessages(options: { readonly targetId: string; readonly chatType: 'singleChat' | 'groupChat'; readonly pageSize: number }) {
    return answer(this.faults, 'fetchHistoryMessages', () => ({
      cursor: 'undefined',
      messages: Array.from({ length: options.pageSize }, (_, index) => ({ to: options.targetId, msg: `message ${index + 1}` })),
    }));
  }

  /** Closes the connection; the SDK then calls `onDisconnected()` with nothing (no failure). */
  close(): void {
    this.dispatch('onDisconnected');
  }
}

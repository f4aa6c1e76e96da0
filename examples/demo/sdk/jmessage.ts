/**
 * A stand-in for the JMessage web SDK (`JIM = new JMessage()`): calls return a chain
 * (`.onSuccess(f).onFail(g).onTimeout(h)`), answered a moment later: `onFail` gets the scheduled raw error
 * (`{ code, message }`), `onSuccess` the SDK's `{ code: 0, … }` answer.
 */
import type { JMessageChain } from '../../../adapters/jmessage/index.js';
import type { FaultSchedule } from './faults.js';

/** Callbacks registered on one chain. */
interface Callbacks<T> {
  success?: (data: T) => void;
  fail?: (data: unknown) => void;
}

/** A JMessage-like `JIM` for the examples; which calls fail is up to `faults`. */
export class SimulatedJIM {
  constructor(readonly faults: FaultSchedule) {}

  getUserInfo(options: { readonly username: string }): JMessageChain<{ code: 0; user_info: { username: string; nickname: string } }> {
    return this.#chain('getUserInfo', () => ({ code: 0 as const, user_info: { username: options.username, nickname: options.username } }));
  }

  sendSingleMsg(options: { readonly target_username: string; readonly content: string }): JMessageChain<{ code: 0; msg_id: number; target_username: string }> {
    return this.#chain('sendSingleMsg', () => ({ code: 0 as const, msg_id: 7001, target_username: options.target_username }));
  }

  /** A chain answered on the next microtask (the SDK answers when the server does), as the schedule says. */
  #chain<T>(method: string, data: () => T): JMessageChain<T> {
    const fault = this.faults.next(method);
    if (fault !== undefined && 'throws' in fault) throw fault.throws;
    const callbacks: Callbacks<T> = {};
    queueMicrotask(() => (fault === undefined ? callbacks.success?.(data()) : callbacks.fail?.(fault.rejects)));
    const chain: JMessageChain<T> = {
      onSuccess: (callback) => {
        callbacks.success = callback;
        return chain;
      },
      onFail: (callback) => {
        callbacks.fail = callback;
        return chain;
      },
      onTimeout: () => chain,
    };
    return chain;
  }
}

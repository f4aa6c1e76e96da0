/**
 * A stand-in for a Tencent Cloud IM web SDK instance (`TencentCloudChat.create({ SDKAppID })` of
 * `@tencentcloud/chat`): promise methods that resolve with `{ code: 0, data }` or fail as the fault schedule says,
 * and `on` / `off` events delivered as `{ name, data }`.
 */
import { answer, type FaultSchedule } from './faults.js';

/**
 * What the web SDK rejects with: an `Error` subclass (its name is minified in the real bundle) carrying the vendor
 * `code`, the SDK's text as `message`, and sometimes `data`.
 */
export class TencentSDKError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** What a `chat.on(name, listener)` listener receives. */
export interface TencentEvent {
  readonly name: string;
  readonly data: unknown;
}

/** A text message as `createTextMessage` builds it. */
export interface TencentMessage {
  readonly to: string;
  readonly text: string;
}

/** A Tencent-like chat instance for the examples; which calls fail is up to `faults`. */
export class SimulatedTencentChat {
  readonly #listeners = new Map<string, Set<(event: TencentEvent) => void>>();

  constructor(readonly faults: FaultSchedule) {}

  on(name: string, listener: (event: TencentEvent) => void): void {
    const listeners = this.#listeners.get(name) ?? new Set();
    listeners.add(listener);
    this.#listeners.set(name, listeners);
  }

  off(name: string, listener: (event: TencentEvent) => void): void {
    this.#listeners.get(name)?.delete(listener);
  }

  /** Emits an SDK event (`kickedOut`, `netStateChange`…) to the `on` listeners, as the SDK does. */
  emit(name: string, data: unknown): void {
    for (const listener of this.#listeners.get(name) ?? []) listener({ name, data });
  }

  login(options: { readonly userID: string; readonly userSig: string }) {
    return answer(this.faults, 'login', () => ({ code: 0 as const, data: { userID: options.userID } }));
  }

  getConversationList() {
    return answer(this.faults, 'getConversationList', () => ({
      code: 0 as const,
      data: { conversationList: [{ conversationID: 'C2Cbob' }, { conversationID: 'GROUPbook-club' }] },
    }));
  }

  getMessageList(options: { readonly conversationID: string }) {
    return answer(this.faults, 'getMessageList', () => ({
      code: 0 as const,
      data: { messageList: ['hi', 'are you coming tonight?', 'yes!'].map((text) => ({ conversationID: options.conversationID, text })) },
    }));
  }

  getUserProfile(options: { readonly userIDList: readonly string[] }) {
    return answer(this.faults, 'getUserProfile', () => ({
      code: 0 as const,
      data: options.userIDList.map((userID) => ({ userID, nick: userID.charAt(0).toUpperCase() + userID.slice(1) })),
    }));
  }

  joinGroup(options: { readonly groupID: string }) {
    return answer(this.faults, 'joinGroup', () => ({ code: 0 as const, data: { status: 'JoinedSuccess', groupID: options.groupID } }));
  }

  createTextMessage(options: { readonly to: string; readonly payload: { readonly text: string } }): TencentMessage {
    return { to: options.to, text: options.payload.text };
  }

  sendMessage(message: TencentMessage) {
    return answer(this.faults, 'sendMessage', () => ({ code: 0 as const, data: { message } }));
  }
}

/**
 * Fake SDK clients that fail the way the real ones do: Tencent's `Error` subclasses `{code, message, data}` and its
 * synchronous `Error('Params validate failed.')`; Easemob's plain `{type, message, data}` with the real cause nested
 * in `data`; JMessage's `.onSuccess().onFail().onTimeout()` chains and its synchronous "must log in first" throw.
 */

/** What the Tencent web SDK rejects with: a minified `Error` subclass carrying `code` (and sometimes `data`). */
export class TencentLikeError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data?: unknown,
  ) {
    super(message);
  }
}

/** A TencentCloudChat-like client: a private field (so `this` must be the real instance), scripted failures. */
export class FakeTencentChat {
  readonly VERSION = '3.6.6';
  #loggedIn = true;
  readonly calls: Record<string, number> = {};
  /** Failures to throw, per method, in order; a method resolves once its list is used up. */
  constructor(readonly script: Record<string, unknown[]> = {}) {}

  get ready(): boolean {
    return this.#loggedIn;
  }

  #next(method: string): unknown {
    this.calls[method] = (this.calls[method] ?? 0) + 1;
    return this.script[method]?.shift();
  }

  #answer<T>(method: string, value: T): Promise<{ code: 0; data: T }> {
    const failure = this.#next(method);
    return failure === undefined ? Promise.resolve({ code: 0, data: value }) : Promise.reject(failure);
  }

  getConversationList(): Promise<{ code: 0; data: { conversationList: string[] } }> {
    return this.#answer('getConversationList', { conversationList: ['C2Calice'] });
  }

  getUserProfile(options: { userIDList?: unknown }): Promise<{ code: 0; data: string[] }> {
    if (!Array.isArray(options.userIDList)) throw new Error('Params validate failed.');
    return this.#answer('getUserProfile', options.userIDList as string[]);
  }

  sendMessage(message: { readonly text: string }): Promise<{ code: 0; data: { message: { readonly text: string } } }> {
    return this.#answer('sendMessage', { message });
  }

  createTextMessage(options: { text: string }): { readonly text: string } {
    this.calls.createTextMessage = (this.calls.createTextMessage ?? 0) + 1;
    return { text: options.text };
  }

  getTotalUnreadMessageCount(): number {
    return 7;
  }

  /** A method no table lists, returning a plain value. */
  isIntl(): boolean {
    return this.#loggedIn;
  }

  /** A method no table lists, returning a promise. */
  getServerCapabilities(): Promise<{ code: 0; data: string[] }> {
    return this.#answer('getServerCapabilities', ['v1']);
  }
}

/** An Easemob `connection`-like client: rejections are plain objects, the cause wrapped in `data`. */
export class FakeEasemobConnection {
  readonly appKey = 'org#app';
  readonly calls: Record<string, number> = {};
  constructor(readonly script: Record<string, unknown[]> = {}) {}

  #answer<T>(method: string, value: T): Promise<T> {
    this.calls[method] = (this.calls[method] ?? 0) + 1;
    const failure = this.script[method]?.shift();
    return failure === undefined ? Promise.resolve(value) : Promise.reject(failure);
  }

  open(options: { user: string; accessToken: string }): Promise<{ accessToken: string }> {
    return this.#answer('open', { accessToken: options.accessToken });
  }

  getGroupInfo(options: { groupId: string }): Promise<{ type: 0; data: Array<{ id: string }> }> {
    return this.#answer('getGroupInfo', { type: 0, data: [{ id: options.groupId }] });
  }

  send(message: { id: string }): Promise<{ localMsgId: string; serverMsgId: string }> {
    return this.#answer('send', { localMsgId: message.id, serverMsgId: 'srv-1' });
  }

  isOpened(): boolean {
    return true;
  }
}

/** Easemob's login failure wrapping a request that never got an answer. */
export const EASEMOB_REQUEST_FAILED = {
  type: 1,
  message: 'login failed',
  data: { type: -2, message: 'Request Unknow Error', extraInfo: { httpCode: 0 } },
};

/** The chain a JMessage web SDK call returns. */
export class FakeChain<T> {
  #success: ((data: T) => void) | undefined;
  #fail: ((data: unknown) => void) | undefined;
  #timeout: ((data: unknown) => void) | undefined;
  onSuccess(callback: (data: T) => void): this {
    this.#success = callback;
    return this;
  }
  onFail(callback: (data: unknown) => void): this {
    this.#fail = callback;
    return this;
  }
  onTimeout(callback: (data: unknown) => void): this {
    this.#timeout = callback;
    return this;
  }
  onAck(): this {
    return this;
  }
  /** Answers later, as the SDK does once the server replies. */
  answer(outcome: { readonly success: T } | { readonly fail: unknown } | { readonly timeout: unknown }): void {
    queueMicrotask(() => {
      if ('success' in outcome) this.#success?.(outcome.success);
      else if ('fail' in outcome) this.#fail?.(outcome.fail);
      else this.#timeout?.(outcome.timeout);
    });
  }
}

type ChainOutcome<T> = { readonly success: T } | { readonly fail: unknown } | { readonly timeout: unknown };

/** A `JIM`-like instance: calls return chains answered per script; calls before login throw synchronously. */
export class FakeJIM {
  current_user: string | undefined = 'alice';
  readonly calls: Record<string, number> = {};
  constructor(readonly script: Record<string, Array<ChainOutcome<unknown>>> = {}) {}

  #chain<T>(method: string, success: T): FakeChain<T> {
    if (this.current_user === undefined) throw new Error('必须执行login操作后能执行此动作');
    this.calls[method] = (this.calls[method] ?? 0) + 1;
    const chain = new FakeChain<T>();
    chain.answer((this.script[method]?.shift() as ChainOutcome<T> | undefined) ?? { success });
    return chain;
  }

  getGroups(): FakeChain<{ code: 0; group_list: number[] }> {
    return this.#chain('getGroups', { code: 0, group_list: [1, 2] });
  }

  sendSingleMsg(options: { target_username: string; content: string }): FakeChain<{ code: 0; msg_id: number; target: string }> {
    return this.#chain('sendSingleMsg', { code: 0, msg_id: 42, target: options.target_username });
  }

  isLogin(): boolean {
    return this.current_user !== undefined;
  }
}

/** wrapClient over fake SDK clients that fail like the real ones (Tencent, Easemob, JMessage). */
import { fc, it as prop } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { easemob } from '../../../adapters/easemob/index.js';
import { jmessage, wrapJIM } from '../../../adapters/jmessage/index.js';
import { tencent } from '../../../adapters/tencent/index.js';
import {
  createCircuitBreaker,
  createRetryBudget,
  isIMError,
  retryBudgetOf,
  retryHistoryOf,
  wrapClient,
  type IMError,
  type MethodSafety,
} from '../../../src/index.js';
import { EASEMOB_REQUEST_FAILED, FakeEasemobConnection, FakeJIM, FakeTencentChat, TencentLikeError } from './support/fake-sdks.js';
import { virtualClock } from './support/virtual-clock.js';

const timeout = () => new TencentLikeError(2801, 'request timed out', { headSeq: 1 });

async function failure(promise: unknown): Promise<IMError> {
  try {
    await promise;
  } catch (error) {
    if (isIMError(error)) return error;
    throw new Error(`not an IMError: ${String(error)}`);
  }
  throw new Error('resolved');
}

describe('wrapClient over a TencentCloudChat-like client', () => {
  it('retries idempotent methods and resolves with their value', async () => {
    const time = virtualClock();
    const sdk = new FakeTencentChat({ getConversationList: [timeout(), timeout()] });
    const chat = wrapClient(sdk, { normalizer: tencent, clock: time.clock });
    await expect(time.run(chat.getConversationList())).resolves.toEqual({ code: 0, data: { conversationList: ['C2Calice'] } });
    expect(sdk.calls.getConversationList).toBe(3);
  });

  it('never retries sendMessage (a retry could send the message twice), but still rejects with an IMError', async () => {
    const time = virtualClock();
    const sdk = new FakeTencentChat({ sendMessage: [timeout()] });
    const chat = wrapClient(sdk, { normalizer: tencent, clock: time.clock });
    const error = await failure(time.run(chat.sendMessage(chat.createTextMessage({ text: 'hi' }))));
    expect(error).toMatchObject({ kind: 'network', reason: 'timeout', vendor: 'tencent', code: 2801 });
    expect(sdk.calls.sendMessage).toBe(1);
    expect(retryHistoryOf(error)?.gaveUp).toBe('max-attempts');
  });

  it('lets the app override the table', async () => {
    const time = virtualClock();
    const sdk = new FakeTencentChat({ sendMessage: [timeout()], getConversationList: [timeout()] });
    const chat = wrapClient(sdk, {
      normalizer: tencent,
      clock: time.clock,
      methods: { sendMessage: 'idempotent', getConversationList: 'not-idempotent' },
    });
    await expect(time.run(chat.sendMessage({ text: 'hi' }))).resolves.toMatchObject({ code: 0 });
    await failure(time.run(chat.getConversationList()));
    expect(sdk.calls).toMatchObject({ sendMessage: 2, getConversationList: 1 });
  });

  it('turns the synchronous "Params validate failed." into a rejection, not retried', async () => {
    const sdk = new FakeTencentChat();
    const chat = wrapClient(sdk, { normalizer: tencent });
    const error = await failure(chat.getUserProfile({ userIDList: 'alice' }));
    expect(error).toMatchObject({ kind: 'validation', reason: 'invalid', vendor: 'tencent' });
    expect(retryHistoryOf(error)?.attempts).toHaveLength(1);
  });

  it('preserves this, non-function members, getters, symbols and plain results', () => {
    const sdk = new FakeTencentChat();
    const chat = wrapClient(sdk, { normalizer: tencent });
    expect(chat.VERSION).toBe('3.6.6');
    expect(chat.ready).toBe(true);
    expect(chat.createTextMessage({ text: 'hi' })).toEqual({ text: 'hi' });
    expect(chat.getTotalUnreadMessageCount()).toBe(7);
    expect(chat.isIntl()).toBe(true); // not in the table, returns a plain value: returned unchanged, synchronously
    expect(chat.calls).toBe(sdk.calls);
    expect(chat.getConversationList).toBe(chat.getConversationList);
    const tag = Symbol('tag');
    (sdk as unknown as Record<symbol, string>)[tag] = 'kept';
    expect((chat as unknown as Record<symbol, string>)[tag]).toBe('kept');
    (chat as unknown as { extra: number }).extra = 1;
    expect((sdk as unknown as { extra: number }).extra).toBe(1);
  });

  it('normalizes methods no table lists, without retrying them or counting them in the budget', async () => {
    const time = virtualClock();
    const sdk = new FakeTencentChat({ getServerCapabilities: [timeout()] });
    const chat = wrapClient(sdk, { normalizer: tencent, clock: time.clock });
    const error = await failure(time.run(chat.getServerCapabilities()));
    expect(error.reason).toBe('timeout');
    expect(sdk.calls.getServerCapabilities).toBe(1);
    expect(retryBudgetOf(chat)?.snapshot().calls).toBe(0);
  });

  it('shares one budget across every method of the client', async () => {
    const time = virtualClock();
    const sdk = new FakeTencentChat({ getConversationList: [timeout(), timeout(), timeout(), timeout(), timeout()] });
    const chat = wrapClient(sdk, { normalizer: tencent, clock: time.clock, budget: createRetryBudget({ capacity: 2 }) });
    await failure(time.run(chat.getConversationList()));
    const second = await failure(time.run(chat.getConversationList()));
    expect(retryHistoryOf(second)?.gaveUp).toBe('budget-exhausted');
    expect(sdk.calls.getConversationList).toBe(4);
    expect(retryBudgetOf(chat)?.snapshot()).toMatchObject({ calls: 2, granted: 2, refused: 1 });
  });

  it('fails fast when its breaker is open, for every remote method', async () => {
    const time = virtualClock();
    const sdk = new FakeTencentChat({ getConversationList: [timeout(), timeout(), timeout()] });
    const breaker = createCircuitBreaker({ failureThreshold: 3, clock: time.clock });
    const chat = wrapClient(sdk, { normalizer: tencent, clock: time.clock, breaker });
    await failure(time.run(chat.getConversationList()));
    expect(breaker.state).toBe('open');
    const error = await failure(chat.sendMessage({ text: 'hi' }));
    expect(error).toMatchObject({ kind: 'client', reason: 'circuit-open' });
    expect(sdk.calls.sendMessage).toBeUndefined();
    expect(chat.createTextMessage({ text: 'local calls still work' })).toEqual({ text: 'local calls still work' });
  });
});

describe('wrapClient over an Easemob connection-like client', () => {
  it('reads the nested cause of plain-object rejections and retries idempotent reads', async () => {
    const time = virtualClock();
    const sdk = new FakeEasemobConnection({ getGroupInfo: [EASEMOB_REQUEST_FAILED] });
    const conn = wrapClient(sdk, { normalizer: easemob, clock: time.clock });
    await expect(time.run(conn.getGroupInfo({ groupId: 'g1' }))).resolves.toEqual({ type: 0, data: [{ id: 'g1' }] });
    expect(sdk.calls.getGroupInfo).toBe(2);
  });

  it('does not retry open (the SDK reconnects itself) nor send', async () => {
    const time = virtualClock();
    const sdk = new FakeEasemobConnection({ open: [EASEMOB_REQUEST_FAILED], send: [{ type: 500, message: 'server busy' }] });
    const conn = wrapClient(sdk, { normalizer: easemob, clock: time.clock });
    const login = await failure(time.run(conn.open({ user: 'alice', accessToken: 'secret-token' })));
    expect(login).toMatchObject({ kind: 'network', reason: 'request-failed', vendor: 'easemob', code: -2 });
    expect(login.chain.map((link) => link.code)).toEqual([1, -2]);
    const sent = await failure(time.run(conn.send({ id: 'm1' })));
    expect(sent).toMatchObject({ kind: 'server', reason: 'busy' });
    expect(sdk.calls).toEqual({ open: 1, send: 1 });
    expect(conn.isOpened()).toBe(true);
    expect(conn.appKey).toBe('org#app');
  });
});

describe('wrapJIM over a JMessage JIM-like instance', () => {
  it('turns chains into promises, retrying reads and normalizing onFail data', async () => {
    const time = virtualClock();
    const sdk = new FakeJIM({ getGroups: [{ timeout: { rid: 1 } }, { fail: { code: 882001, message: 'server internal error' } }] });
    const jim = wrapJIM(sdk, { normalizer: jmessage, clock: time.clock, random: () => 0 });
    await expect(time.run(jim.getGroups())).resolves.toEqual({ code: 0, group_list: [1, 2] });
    expect(sdk.calls.getGroups).toBe(3);
  });

  it('never re-sends a message (the SDK does), and onTimeout is a network/timeout IMError', async () => {
    const time = virtualClock();
    const sdk = new FakeJIM({ sendSingleMsg: [{ timeout: { rid: 2 } }] });
    const jim = wrapJIM(sdk, { normalizer: jmessage, clock: time.clock });
    const error = await failure(time.run(jim.sendSingleMsg({ target_username: 'bob', content: 'hi' })));
    expect(error).toMatchObject({ kind: 'network', reason: 'timeout', vendor: 'jmessage', retryable: true });
    expect(error.cause).toEqual({ rid: 2 });
    expect(sdk.calls.sendSingleMsg).toBe(1);
  });

  it('turns the synchronous "must log in first" throw into a rejection, and leaves local methods alone', async () => {
    const sdk = new FakeJIM();
    sdk.current_user = undefined;
    const jim = wrapJIM(sdk, { normalizer: jmessage });
    expect(jim.isLogin()).toBe(false);
    const error = await failure(jim.getGroups());
    expect(error).toMatchObject({ kind: 'client', vendor: 'jmessage' });
  });
});

describe('wrapClient: property', () => {
  const safety = fc.constantFrom<MethodSafety | undefined>('idempotent', 'sdk-retries', 'not-idempotent', undefined);
  prop.prop([safety, fc.integer({ min: 0, max: 5 })], { numRuns: 200 })(
    'calls a method more than once only when its table entry is idempotent',
    async (entry, failures) => {
      const time = virtualClock();
      const sdk = new FakeTencentChat({ getConversationList: Array.from({ length: failures }, timeout) });
      const chat = wrapClient(sdk, {
        normalizer: (raw) => tencent.normalize(raw),
        clock: time.clock,
        budget: false,
        methods: entry === undefined ? {} : { getConversationList: entry },
      });
      await time.run(chat.getConversationList()).catch(() => undefined);
      const calls = sdk.calls.getConversationList ?? 0;
      if (entry === 'idempotent') expect(calls).toBe(Math.min(failures + 1, 3));
      else expect(calls).toBe(1);
    },
  );
});

describe('wrapClient: issue 12', () => {
  it('caches only function members, by the function itself: reading many property names grows nothing', () => {
    const fn = async (): Promise<string> => 'ok';
    const client: Record<string, unknown> = new Proxy({} as Record<string, unknown>, {
      // An SDK object whose every property reads as the same method (a dynamic API facade).
      get: (_target, property) => (typeof property === 'string' && property.startsWith('get') ? fn : 7),
    });
    const chat = wrapClient(client, { normalizer: tencent });
    expect(chat['getA']).toBe(chat['getA']); // cached
    expect(chat['count']).toBe(7); // not a function: returned as is, never cached
    const before = chat['getA'];
    for (let i = 0; i < 1_000; i++) void chat[`value${i}`];
    expect(chat['getA']).toBe(before);
  });

  it('reads resolved { code, msg } failures with a method entry’s failureOf, and retries them per the table', async () => {
    const time = virtualClock();
    let calls = 0;
    const rongLike = {
      // Resolves with a failure result instead of rejecting (RongCloud's style); succeeds on the third call.
      getHistory: async (): Promise<{ code: number; msg: string; data?: string[] }> =>
        ++calls < 3 ? { code: 2801, msg: 'request timed out' } : { code: 0, msg: '', data: ['m1'] },
    };
    const failureOf = (result: unknown): unknown => {
      const { code, msg } = result as { code: number; msg: string };
      return code === 0 ? undefined : { code, message: msg };
    };
    const chat = wrapClient(rongLike, { normalizer: tencent, clock: time.clock, methods: { getHistory: { safety: 'idempotent', failureOf } } });
    await expect(time.run(chat.getHistory())).resolves.toEqual({ code: 0, msg: '', data: ['m1'] });
    expect(calls).toBe(3);
  });

  it('applies options.failureOf to every method; a failure result of a not-idempotent method rejects once', async () => {
    const sdk = { sendMessage: async () => ({ code: 80002, msg: 'message too large' }) };
    const chat = wrapClient(sdk, {
      normalizer: tencent,
      methods: { sendMessage: 'not-idempotent' },
      failureOf: (result) => ((result as { code: number }).code === 0 ? undefined : { code: (result as { code: number }).code, message: 'x' }),
    });
    const error = await failure(chat.sendMessage());
    expect([error.kind, error.reason]).toEqual(['message', 'too-large']);
  });

  it('retries an idempotent method whose attempt timed out, but not a send', async () => {
    const time = virtualClock();
    const calls = { getConversationList: 0, sendMessage: 0 };
    const sdk = {
      getConversationList: () => (++calls.getConversationList < 2 ? new Promise<never>(() => undefined) : Promise.resolve('list')),
      sendMessage: () => (++calls.sendMessage, new Promise<never>(() => undefined)),
    };
    const chat = wrapClient(sdk, { normalizer: tencent, clock: time.clock, attemptTimeoutMs: 1_000, random: () => 0 });
    await expect(time.run(chat.getConversationList())).resolves.toBe('list');
    const sent = await failure(time.run(chat.sendMessage()));
    expect([sent.reason, retryHistoryOf(sent)?.gaveUp, calls.sendMessage]).toEqual(['timeout', 'not-idempotent', 1]);
  });
});

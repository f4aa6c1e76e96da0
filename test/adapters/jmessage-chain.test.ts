/** fromChain: JMessage's `.onSuccess().onFail().onTimeout()` chains as Promises with IMError failures. */
import { describe, expect, it } from 'vitest';
import { fromChain, isJMessageChain, jmessage } from '../../adapters/jmessage/index.js';
import { isIMError, retryHistoryOf, withRetry } from '../../src/index.js';
import { FakeChain } from '../src/retry/support/fake-sdks.js';

function chainAnswering<T>(outcome: ConstructorParameters<typeof Object>[0]): FakeChain<T> {
  const chain = new FakeChain<T>();
  chain.answer(outcome as never);
  return chain;
}

describe('fromChain', () => {
  it('resolves with the onSuccess data', async () => {
    await expect(fromChain(chainAnswering({ success: { code: 0, msg_id: 7 } }), jmessage)).resolves.toEqual({ code: 0, msg_id: 7 });
  });

  it('rejects with the onFail data normalized by the JMessage adapter', async () => {
    const raw = { code: 803010, message: 'beyond the frequency limit' };
    const error = await fromChain(chainAnswering({ fail: raw }), jmessage).catch((e: unknown) => e);
    expect(isIMError(error) && error).toMatchObject({ kind: 'rate-limit', reason: 'too-many-messages', vendor: 'jmessage', retryAfterMs: 1000 });
    expect(isIMError(error) && error.cause).toBe(raw);
  });

  it('rejects onTimeout as a retryable network/timeout IMError', async () => {
    const error = await fromChain(chainAnswering({ timeout: { rid: 3 } }), jmessage).catch((e: unknown) => e);
    expect(isIMError(error) && error).toMatchObject({ kind: 'network', reason: 'timeout', retryable: true, vendor: 'jmessage' });
  });

  it('settles once, whatever the SDK calls afterwards', async () => {
    const chain = new FakeChain<string>();
    chain.answer({ success: 'first' });
    chain.answer({ fail: { code: 882001, message: 'late' } });
    await expect(fromChain(chain, jmessage)).resolves.toBe('first');
  });

  it('works without onTimeout (older SDKs) and with a chain whose registration throws', async () => {
    const bare = {
      onSuccess(callback: (data: number) => void) {
        queueMicrotask(() => callback(1));
        return bare;
      },
      onFail() {
        return bare;
      },
    };
    await expect(fromChain(bare, jmessage)).resolves.toBe(1);
    const broken = {
      onSuccess(): never {
        throw new Error('必须执行login操作后能执行此动作');
      },
      onFail() {
        return broken;
      },
    };
    const error = await fromChain(broken, jmessage).catch((e: unknown) => e);
    expect(isIMError(error)).toBe(true);
  });

  it('composes with withRetry: a new chain per attempt', async () => {
    const outcomes = [{ timeout: {} }, { success: { code: 0 } }];
    let calls = 0;
    const result = await withRetry(() => fromChain(chainAnswering(outcomes[calls++]), jmessage), { normalizer: jmessage, random: () => 0 });
    expect(result).toEqual({ code: 0 });
    expect(calls).toBe(2);
    const failed = await withRetry(() => fromChain(chainAnswering({ fail: { code: 880004, message: 'bad' } }), jmessage), { normalizer: jmessage }).catch(
      (e: unknown) => e,
    );
    expect(retryHistoryOf(failed)?.gaveUp).toBe('not-retryable');
  });

  it('recognises chains', () => {
    expect(isJMessageChain(new FakeChain())).toBe(true);
    expect(isJMessageChain(Promise.resolve())).toBe(false);
    expect(isJMessageChain(null)).toBe(false);
  });
});

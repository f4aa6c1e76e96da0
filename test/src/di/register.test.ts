/** `registerIMErrors`: what each token resolves to, per-container retriers, and child-container overrides. */
// The entry first, as apps do: it loads reflect-metadata, which tsyringe needs before it is imported.
import { IMErrorsTokens, registerIMErrors, type Retrier, type UserMessage } from '../../../src/di/index.js';
import { container as rootContainer, type DependencyContainer } from 'tsyringe';
import { beforeEach, describe, expect, it } from 'vitest';
import { jmessage } from '../../../adapters/jmessage/index.js';
import { tencent } from '../../../adapters/tencent/index.js';
import { DEFAULT_RETRY_POLICY, createIMError, retryHistoryOf, type IMError, type RetryPolicy } from '../../../src/index.js';
import { toUserMessage } from '../../../src/messages/index.js';
import { virtualClock } from '../../support/virtual-clock.js';

const timeout = (): IMError =>
  createIMError({ kind: 'network', reason: 'timeout', vendor: 'tencent', retryable: true, recovery: 'check-network', cause: 'timeout' });

/** An operation that fails with a fresh timeout `failures` times, then resolves 'sent'; counts its calls. */
function flaky(failures: number): { readonly operation: () => Promise<string>; readonly calls: () => number } {
  let calls = 0;
  return {
    operation: async () => (++calls <= failures ? Promise.reject(timeout()) : 'sent'),
    calls: () => calls,
  };
}

let container: DependencyContainer;
beforeEach(() => {
  container = rootContainer.createChildContainer();
});

describe('registerIMErrors', () => {
  it('registers a normalizer over the given adapters, the policy and the locale, and returns the container', () => {
    expect(registerIMErrors(container, { adapters: [tencent, jmessage], locale: 'zh-CN' })).toBe(container);
    const normalize = container.resolve<(raw: unknown) => IMError>(IMErrorsTokens.normalize);
    expect(normalize({ code: 803010, message: 'beyond the frequency limit' })).toMatchObject({ kind: 'rate-limit', vendor: 'jmessage' });
    expect(normalize({ code: 70001, message: 'expired' })).toMatchObject({ kind: 'auth', reason: 'token-expired', vendor: 'tencent' });
    expect(container.resolve<RetryPolicy>(IMErrorsTokens.policy)).toBe(DEFAULT_RETRY_POLICY);
    expect(container.resolve(IMErrorsTokens.locale)).toBe('zh-CN');
  });

  it('resolves the locale to undefined when none was given', () => {
    registerIMErrors(container, { adapters: [tencent] });
    expect(container.resolve(IMErrorsTokens.locale)).toBeUndefined();
  });

  it('gives a retrier bound to the normalizer and the policy', async () => {
    const { clock, timers } = virtualClock();
    registerIMErrors(container, { adapters: [tencent], retry: { clock, random: () => 0.5 } });
    const retry = container.resolve<Retrier>(IMErrorsTokens.retry);
    const { operation, calls } = flaky(2);
    await expect(retry(operation)).resolves.toBe('sent');
    expect(calls()).toBe(3);
    expect(timers).toEqual([50, 100]); // the default backoff, 100 ms then 200 ms, × 0.5 of jitter
    // Raw vendor errors are normalized by the registered adapters.
    const rejected = await retry(() => Promise.reject({ code: 70001, message: 'expired' })).catch((error: unknown) => error as IMError);
    expect(rejected).toMatchObject({ kind: 'auth', reason: 'token-expired' });
    expect(retryHistoryOf(rejected)?.gaveUp).toBe('refresh-failed');
  });

  it('lays per-call options over the registered ones', async () => {
    const { clock } = virtualClock();
    registerIMErrors(container, { adapters: [tencent], retry: { clock } });
    const retry = container.resolve<Retrier>(IMErrorsTokens.retry);
    const { operation, calls } = flaky(5);
    const once = await retry(operation, { policy: { ...DEFAULT_RETRY_POLICY, maxAttempts: 1 } }).catch((error: unknown) => error as IMError);
    expect(calls()).toBe(1);
    expect(retryHistoryOf(once)?.gaveUp).toBe('max-attempts');
    const aborted = new AbortController();
    aborted.abort('user left');
    await expect(retry(operation, { signal: aborted.signal })).rejects.toMatchObject({ kind: 'client', reason: 'cancelled' });
  });

  it('keeps one retry budget per container, shared by its calls (none with budget: false)', async () => {
    const { clock } = virtualClock();
    registerIMErrors(container, { adapters: [tencent], retry: { clock } });
    const retry = container.resolve<Retrier>(IMErrorsTokens.retry);
    expect(container.resolve<Retrier>(IMErrorsTokens.retry)).toBe(retry);
    const first = flaky(3);
    await retry(first.operation).catch(() => undefined);
    expect(first.calls()).toBe(3); // the budget's reserve of 3 pays both retries…
    const second = flaky(3);
    const error = await retry(second.operation).catch((e: unknown) => e as IMError);
    expect(second.calls()).toBe(2); // … and one of the next call's
    expect(retryHistoryOf(error)?.gaveUp).toBe('budget-exhausted');
    const third = flaky(3);
    const refused = await retry(third.operation).catch((e: unknown) => e as IMError);
    expect(third.calls()).toBe(1); // 0.2 of a token left: no retry
    expect(retryHistoryOf(refused)?.gaveUp).toBe('budget-exhausted');

    const unbudgeted = rootContainer.createChildContainer();
    registerIMErrors(unbudgeted, { adapters: [tencent], retry: { clock, budget: false } });
    const free = unbudgeted.resolve<Retrier>(IMErrorsTokens.retry);
    for (let call = 0; call < 3; call++) {
      const attempt = flaky(3);
      await free(attempt.operation).catch(() => undefined);
      expect(attempt.calls()).toBe(3);
    }
  });

  it('lets a child container override the policy or the locale alone', async () => {
    const { clock } = virtualClock();
    registerIMErrors(container, { adapters: [tencent], locale: 'en', toUserMessage, retry: { clock, budget: false } });
    const child = container.createChildContainer();
    child.register(IMErrorsTokens.policy, { useValue: { ...DEFAULT_RETRY_POLICY, maxAttempts: 1 } });
    child.register(IMErrorsTokens.locale, { useValue: 'zh-CN' });

    const parentCall = flaky(5);
    await container.resolve<Retrier>(IMErrorsTokens.retry)(parentCall.operation).catch(() => undefined);
    const childCall = flaky(5);
    await child.resolve<Retrier>(IMErrorsTokens.retry)(childCall.operation).catch(() => undefined);
    expect([parentCall.calls(), childCall.calls()]).toEqual([3, 1]);

    const error = tencent.normalize({ code: 70001, message: 'expired' });
    expect(container.resolve<UserMessage>(IMErrorsTokens.userMessage)(error)).toBe(toUserMessage(error, { locale: 'en' }));
    expect(child.resolve<UserMessage>(IMErrorsTokens.userMessage)(error)).toBe(toUserMessage(error, { locale: 'zh-CN' }));
  });

  it('registers the message function only when toUserMessage is given, with the context passed on', () => {
    registerIMErrors(container, { adapters: [tencent] });
    expect(container.isRegistered(IMErrorsTokens.userMessage)).toBe(false);
    const withMessages = rootContainer.createChildContainer();
    registerIMErrors(withMessages, { adapters: [tencent], locale: 'zh-CN', toUserMessage });
    const error = tencent.normalize({ ActionStatus: 'FAIL', ErrorCode: 10010, ErrorInfo: 'group not found' });
    const say = withMessages.resolve<UserMessage>(IMErrorsTokens.userMessage);
    expect(say(error, { group: '读书会' })).toBe(toUserMessage(error, { locale: 'zh-CN', context: { group: '读书会' } }));
  });
});

/**
 * `registerIMErrors`: puts the normalizer, the retry policy, a ready retrier and the user-message function into a
 * tsyringe container. Only `register` with `useValue` / `useFactory` is used, so the library needs no decorators;
 * apps inject the tokens with `@inject(token)` (no `emitDecoratorMetadata` needed) or resolve them.
 */
import type { ToUserMessage } from '../messages/user-message.js';
import { createNormalizer, type NormalizerOptions } from '../normalizer.js';
import { createRetryBudget } from '../retry/budget.js';
import { DEFAULT_RETRY_POLICY } from '../retry/default-policy.js';
import type { RetryPolicy } from '../retry/policy.js';
import { withRetry } from '../retry/run.js';
import { IMErrorsTokens, type Retrier, type RetryCallOptions, type UserMessage } from './tokens.js';
import { instancePerContainerCachingFactory, type DependencyContainer } from './tsyringe.js';

/** Options of {@link registerIMErrors}. */
export interface IMErrorsRegistration extends NormalizerOptions {
  /** Defaults to `DEFAULT_RETRY_POLICY`. */
  readonly policy?: RetryPolicy | undefined;
  /** The locale the user-message function speaks. */
  readonly locale?: string | undefined;
  /** `toUserMessage` from `im-errors/messages` (or `/en`, `/zh-CN`), or your own; without it no message is registered. */
  readonly toUserMessage?: ToUserMessage | undefined;
  /**
   * Defaults for every call of the registered retrier: `refreshCredentials`, hooks, a shared `budget` (by default
   * each container gets its own, as `wrap` does; `false` for none), a `breaker`, `clock`, `random`.
   */
  readonly retry?: RetryCallOptions | undefined;
}

/**
 * Registers im-errors in `container` under {@link IMErrorsTokens} and returns the container. The retrier and the
 * message function are factories that read the policy and the locale from the container that resolves them, so a
 * child container can override `IMErrorsTokens.policy` or `IMErrorsTokens.locale` alone.
 *
 * @example
 * ```ts
 * import { container } from 'tsyringe';
 * registerIMErrors(container, { adapters: [tencent], locale: 'zh-CN', toUserMessage });
 * ```
 */
export function registerIMErrors<C extends DependencyContainer>(container: C, options: IMErrorsRegistration): C {
  const { toUserMessage, locale } = options;
  const defaults = options.retry ?? {};
  const normalize = createNormalizer({ adapters: options.adapters, platform: options.platform });

  container.register(IMErrorsTokens.normalize, { useValue: normalize });
  container.register(IMErrorsTokens.policy, { useValue: options.policy ?? DEFAULT_RETRY_POLICY });
  container.register(IMErrorsTokens.locale, { useFactory: () => locale });
  container.register(IMErrorsTokens.retry, {
    useFactory: instancePerContainerCachingFactory((resolving): Retrier => {
      const policy = resolving.resolve<RetryPolicy>(IMErrorsTokens.policy);
      const budget = defaults.budget ?? createRetryBudget();
      return (operation, call) => withRetry(operation, { ...defaults, budget, policy, ...call, normalizer: normalize });
    }),
  });
  if (toUserMessage !== undefined) {
    container.register(IMErrorsTokens.userMessage, {
      useFactory: (resolving): UserMessage => {
        const registered = resolving.resolve<string | undefined>(IMErrorsTokens.locale);
        return (error, context) => toUserMessage(error, { locale: registered, context });
      },
    });
  }
  return container;
}

/**
 * The tokens `registerIMErrors` registers, and what each resolves to. They are `Symbol.for` keys, so two copies of
 * im-errors in one app (a library and the app) share them, as `isIMError` does.
 */
import type { IMError } from '../imerror.js';
import type { MessageContext } from '../messages/context.js';
import type { AttemptContext, RetryOptions } from '../retry/options.js';
import type { RetryPolicy } from '../retry/policy.js';

/** A tsyringe token (a symbol at run time) that records, for the reader, the type it resolves to. */
export type IMErrorsToken<T> = symbol & { readonly __resolvesTo?: T };

/** Per-call options of a {@link Retrier}: everything `withRetry` takes but the normalizer (a signal, hooks…). */
export type RetryCallOptions = Omit<RetryOptions, 'normalizer'>;

/**
 * `withRetry` bound to the container's normalizer, policy and retry defaults; a call's own options are laid over
 * them.
 */
export type Retrier = <T>(operation: (context: AttemptContext) => PromiseLike<T> | T, options?: RetryCallOptions) => Promise<T>;

/** An IMError in words for end users, in the registered locale. */
export type UserMessage = (error: IMError, context?: MessageContext) => string;

/** The tokens of `im-errors/di`. Inject them with `@inject(IMErrorsTokens.retry)` or resolve them from the container. */
export const IMErrorsTokens = Object.freeze({
  /** The normalizer over the registered adapters: `(raw) => IMError`, never throws. */
  normalize: Symbol.for('im-errors/di/normalize') as IMErrorsToken<(raw: unknown) => IMError>,
  /** The registered {@link RetryPolicy} (default `DEFAULT_RETRY_POLICY`). */
  policy: Symbol.for('im-errors/di/policy') as IMErrorsToken<RetryPolicy>,
  /** A ready {@link Retrier}, one per container (with its own retry budget unless one was given). */
  retry: Symbol.for('im-errors/di/retry') as IMErrorsToken<Retrier>,
  /** The registered locale (`string | undefined`). */
  locale: Symbol.for('im-errors/di/locale') as IMErrorsToken<string | undefined>,
  /** The {@link UserMessage} function; registered only when `toUserMessage` was given. */
  userMessage: Symbol.for('im-errors/di/user-message') as IMErrorsToken<UserMessage>,
});

/**
 * The `IMErrors` service: the normalizer, the retry policy and the user-message function an Effect app uses, provided
 * by a `Layer` so tests (or another deployment) can swap adapters, policy or catalogs without touching call sites.
 */
import * as Context from 'effect/Context';
import * as Effect from 'effect/Effect';
import * as Layer from 'effect/Layer';
import type { IMError } from '../imerror.js';
import type { MessageContext } from '../messages/context.js';
import type { ToUserMessage } from '../messages/user-message.js';
import { createNormalizer, type NormalizerOptions } from '../normalizer.js';
import { DEFAULT_RETRY_POLICY } from '../retry/default-policy.js';
import type { AbortSignalLike } from '../retry/options.js';
import type { RetryPolicy } from '../retry/policy.js';
import { fromPromise } from './from-promise.js';
import { withRetry, type EffectRetryOptions } from './retry.js';
import type { TaggedIMError } from './tagged.js';

/** What the {@link IMErrors} service holds. */
export interface IMErrorsService {
  /** Anything in, an IMError out; never throws. */
  readonly normalize: (raw: unknown) => IMError;
  /** The policy {@link IMErrors.retry} applies. */
  readonly policy: RetryPolicy;
  /**
   * The error in words for end users, in the layer's locale; undefined when the layer was given no `toUserMessage`
   * (so an app that shows no messages ships no catalog).
   */
  readonly userMessage: ((error: IMError, context?: MessageContext) => string) | undefined;
}

/** Options of {@link IMErrors.layer}. */
export interface IMErrorsOptions extends NormalizerOptions {
  /** Defaults to `DEFAULT_RETRY_POLICY`. */
  readonly policy?: RetryPolicy | undefined;
  /** The message function: `toUserMessage` from `im-errors/messages` (or `/en`, `/zh-CN`), or your own. */
  readonly toUserMessage?: ToUserMessage | undefined;
  /** The locale `userMessage` speaks (passed to `toUserMessage`). */
  readonly locale?: string | undefined;
}

/**
 * Builds the service value a layer provides; useful to provide it by hand (`Effect.provideService`).
 *
 * @example
 * ```ts
 * program.pipe(Effect.provideService(IMErrors, makeIMErrors({ adapters: [tencent] })));
 * ```
 */
export function makeIMErrors(options: IMErrorsOptions): IMErrorsService {
  const { toUserMessage, locale } = options;
  return {
    normalize: createNormalizer({ adapters: options.adapters, platform: options.platform }),
    policy: options.policy ?? DEFAULT_RETRY_POLICY,
    userMessage:
      toUserMessage === undefined ? undefined : (error, context) => toUserMessage(error, { locale, context }),
  };
}

/**
 * The service key. Provide it with `IMErrors.layer({ adapters: [tencent] })`; read it with `yield* IMErrors`, or use
 * `IMErrors.fromPromise` / `IMErrors.retry`, which take the normalizer and the policy from it.
 */
export class IMErrors extends Context.Service<IMErrors, IMErrorsService>()('im-errors/IMErrors') {
  /** A layer providing the service built from `options` (adapters, platform, policy, message function, locale). */
  static layer(options: IMErrorsOptions): Layer.Layer<IMErrors> {
    return Layer.succeed(IMErrors, makeIMErrors(options));
  }

  /** {@link fromPromise} with the service's normalizer. */
  static fromPromise<A>(evaluate: (signal: AbortSignalLike) => PromiseLike<A>): Effect.Effect<A, TaggedIMError, IMErrors> {
    return IMErrors.use((service) => fromPromise(evaluate, service.normalize));
  }

  /** {@link withRetry} with the service's policy (options may still give refresh, random, budget). */
  static retry<R2 = never>(
    options: Omit<EffectRetryOptions<R2>, 'policy'> = {},
  ): <A, E extends IMError, R>(self: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R | R2 | IMErrors> {
    return (self) => IMErrors.use((service) => withRetry(self, { ...options, policy: service.policy }));
  }
}

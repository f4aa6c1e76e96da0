/**
 * From a vendor SDK's Promise to an Effect that fails with a tagged IMError.
 */
import * as Effect from 'effect/Effect';
import { isIMError } from '../imerror.js';
import { normalizeWith } from '../retry/errors.js';
import type { AbortSignalLike, ErrorNormalizer } from '../retry/options.js';
import { tagged, type TaggedIMError } from './tagged.js';

/** Raw failure to tagged IMError: IMErrors as they are, anything else through the normalizer (made total). */
function tagWith(normalizer: ErrorNormalizer): (raw: unknown) => TaggedIMError {
  const normalize = normalizeWith(normalizer);
  return (raw) => tagged(isIMError(raw) ? raw : normalize(raw));
}

/**
 * Runs `evaluate` (an SDK call) as an Effect: its value on success; on rejection, or if it throws, the IMError the
 * normalizer makes of the raw error (an IMError is kept as it is), tagged by kind for `Effect.catchTag`.
 * Interrupting the fiber aborts the signal handed to `evaluate` (only created when `evaluate` declares a parameter,
 * as `Effect.tryPromise` does, so runtimes without `AbortController` are fine when it does not).
 *
 * @example
 * ```ts
 * const send = fromPromise(() => chat.sendMessage(message), tencent);
 * send.pipe(Effect.catchTag('auth', (e) => e.reason === 'kicked-other-device' ? goToSignIn : Effect.fail(e)));
 * ```
 */
export function fromPromise<A>(
  evaluate: (signal: AbortSignalLike) => PromiseLike<A>,
  normalizer: ErrorNormalizer,
): Effect.Effect<A, TaggedIMError> {
  return Effect.tryPromise({ try: evaluate, catch: tagWith(normalizer) });
}

/**
 * Turns every failure of `self` into a tagged IMError with `normalizer`, for effects that fail with raw vendor
 * errors (e.g. built with `Effect.callback` over a callback SDK). IMErrors pass through as they are, only tagged,
 * whatever the normalizer would do with them.
 *
 * @example
 * ```ts
 * const program = normalizeFailures(Effect.callback<Message, unknown>((resume) => sdk.send(msg, resume)), tencent);
 * // fails with a tagged IMError instead of the SDK's raw error
 * ```
 */
export function normalizeFailures(
  normalizer: ErrorNormalizer,
): <A, E, R>(self: Effect.Effect<A, E, R>) => Effect.Effect<A, TaggedIMError, R> {
  const toTagged = tagWith(normalizer);
  return (self) => Effect.mapError(self, toTagged);
}

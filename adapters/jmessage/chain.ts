/**
 * JMessage's web / mini-program SDK answers with a chain, not a promise:
 * `JIM.login({...}).onSuccess(f).onFail(g).onTimeout(h)`. {@link fromChain} turns one into a Promise whose failures
 * are IMErrors; {@link wrapJIM} wraps the whole `JIM` instance so every call returns one, normalized and retried
 * per its method table.
 */
import { fromEntry, type IMError } from '../../src/imerror.js';
import type { MappingEntry } from '../../src/mapping.js';
import { normalizeWith, vendorOf } from '../../src/retry/errors.js';
import type { ErrorNormalizer } from '../../src/retry/options.js';
import { wrapClient, type WrapClientOptions } from '../../src/retry/wrap-client.js';

/** The chain a JMessage web SDK call returns; each `on…` registers a callback and returns the chain. */
export interface JMessageChain<T = unknown> {
  onSuccess(callback: (data: T, ...rest: unknown[]) => void): JMessageChain<T>;
  onFail(callback: (data: unknown) => void): JMessageChain<T>;
  onTimeout?(callback: (data: unknown) => void): JMessageChain<T>;
}

/** The SDK gave up waiting for the server's answer: a client-side timeout, retryable. */
const CHAIN_TIMEOUT: MappingEntry = ['network', 'timeout', true, 'retry'];

/** True for a JMessage call chain (an object with `onSuccess` and `onFail` methods). */
export function isJMessageChain(value: unknown): value is JMessageChain {
  if (value === null || typeof value !== 'object') return false;
  try {
    const candidate = value as { onSuccess?: unknown; onFail?: unknown };
    return typeof candidate.onSuccess === 'function' && typeof candidate.onFail === 'function';
  } catch {
    return false;
  }
}

/**
 * The Promise of a JMessage call chain: resolves with the `onSuccess` data (`{code, message, …}`; for sends it
 * holds `msg_id`), rejects with an IMError — `onFail` data (`{code, message}`) normalized by `normalizer` (the
 * `jmessage` adapter), `onTimeout` as a `network/timeout` IMError. Settles once, whatever the SDK calls after.
 *
 * @example
 * ```ts
 * const info = await fromChain(JIM.getUserInfo({ username }), jmessage);
 * ```
 */
export function fromChain<T>(chain: JMessageChain<T>, normalizer: ErrorNormalizer | undefined): Promise<T> {
  const normalize = normalizeWith(normalizer);
  const vendor = vendorOf(normalizer);
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const once =
      <A extends unknown[]>(settle: (...args: A) => void) =>
      (...args: A): void => {
        if (settled) return;
        settled = true;
        settle(...args);
      };
    try {
      chain.onSuccess(once((data: T) => resolve(data)));
      chain.onFail(once((data: unknown) => reject(normalize(data))));
      chain.onTimeout?.(
        once((data: unknown) => reject(fromEntry(CHAIN_TIMEOUT, { vendor, vendorMessage: 'request timed out', cause: data }))),
      );
    } catch (thrown) {
      once(() => reject(normalize(thrown)))();
    }
  });
}

/** The methods of `JIM` as {@link wrapJIM} returns them: chains become promises. */
export type PromisifiedJIM<C> = {
  readonly [K in keyof C]: C[K] extends (...args: infer A) => JMessageChain<infer T> ? (...args: A) => Promise<T> : C[K];
};

/**
 * {@link wrapClient} for `JIM`: every method that returns a chain returns a Promise instead (IMErrors on failure,
 * synchronous "must login first" throws included), retried when the `jmessage` method table says it is safe.
 * Pass the `jmessage` adapter as `normalizer` (it carries the table).
 *
 * @example
 * ```ts
 * const jim = wrapJIM(JIM, { normalizer: jmessage });
 * const groups = await jim.getGroups();
 * ```
 */
export function wrapJIM<C extends object>(jim: C, options: WrapClientOptions): PromisifiedJIM<C> {
  const promiseOf = (result: unknown): PromiseLike<unknown> | undefined =>
    isJMessageChain(result) ? fromChain(result, options.normalizer) : undefined;
  return wrapClient(jim, { ...options, promiseOf }) as unknown as PromisifiedJIM<C>;
}

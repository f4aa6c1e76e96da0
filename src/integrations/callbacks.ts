/**
 * Promises from callback APIs, with IMErrors as failures: Node-style `(error, value)` callbacks, and the
 * `{ success, fail }` option callbacks of WeChat mini-program APIs (and Easemob's `{ success, error }`). Usable
 * alone or inside `withRetry` / `wrap` (an IMError is normalized to itself).
 */
import type { IMError } from '../imerror.js';
import { normalizeWith } from '../retry/errors.js';
import type { ErrorNormalizer } from '../retry/options.js';

/** A Node-style callback: a failure first, or `null` / `undefined` and the value. */
export type NodeCallback<T> = (error: unknown, value?: T) => void;

/**
 * Calls `start` with a Node-style callback and resolves with its value, or rejects with the normalized error.
 * A synchronous throw of `start` is a rejection too. Settles once.
 *
 * @example
 * ```ts
 * const result = await fromNodeCallback<Result>((done) => nim.sendText({ text, done }), normalize);
 * ```
 */
export function fromNodeCallback<T>(start: (callback: NodeCallback<T>) => void, normalizer: ErrorNormalizer): Promise<T> {
  const normalize = normalizeWith(normalizer);
  return settleOnce<T>((resolve, reject) => {
    start((error, value) => {
      if (error !== null && error !== undefined) reject(normalize(error));
      else resolve(value as T);
    });
  }, normalize);
}

/** Success and failure callbacks under each name SDKs use: `fail` (mini-programs), `error` (Easemob). */
export interface SuccessFailCallbacks<T> {
  readonly success: (value: T) => void;
  readonly fail: (error: unknown) => void;
  readonly error: (error: unknown) => void;
}

/**
 * Calls `start` with `{ success, fail, error }` callbacks (spread them into the SDK's options) and resolves with
 * what `success` gets, or rejects with what `fail` / `error` gets, normalized. A synchronous throw of `start` is a
 * rejection too. Settles once.
 *
 * @example
 * ```ts
 * const res = await fromSuccessFail((callbacks) => wx.request({ url, ...callbacks }), normalize);
 * await fromSuccessFail((callbacks) => conn.uploadGroupSharedFile({ groupId, file, onFileUploadComplete: callbacks.success, onFileUploadError: callbacks.error }), easemob);
 * ```
 */
export function fromSuccessFail<T>(start: (callbacks: SuccessFailCallbacks<T>) => void, normalizer: ErrorNormalizer): Promise<T> {
  const normalize = normalizeWith(normalizer);
  return settleOnce<T>((resolve, reject) => {
    const failed = (error: unknown): void => reject(normalize(error));
    start({ success: resolve, fail: failed, error: failed });
  }, normalize);
}

/** A promise settled by the first call of `resolve` / `reject`; a throw of `start` rejects it, normalized. */
function settleOnce<T>(
  start: (resolve: (value: T) => void, reject: (error: IMError) => void) => void,
  normalize: (raw: unknown) => IMError,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const guard =
      <A>(settle: (argument: A) => void) =>
      (argument: A): void => {
        if (settled) return;
        settled = true;
        settle(argument);
      };
    const rejectOnce = guard(reject);
    try {
      start(guard(resolve), rejectOnce);
    } catch (thrown) {
      rejectOnce(normalize(thrown));
    }
  });
}

/**
 * `normalizeResponse`: a failed `fetch` `Response` → an IMError, its body read (from a clone, bounded in size and
 * time: `./read-response.ts`) as the vendor's error, with the status and `Retry-After` beside it. It never rejects.
 */
import { normalize as normalizeAny } from '../all.js';
import type { IMError } from '../imerror.js';
import type { ErrorNormalizer } from '../retry/options.js';
import { readResponse } from './read-response.js';

/** Options of {@link normalizeResponse}. */
export interface NormalizeResponseOptions {
  /** How the answer becomes an IMError: a vendor adapter (`tencent`) or a normalize function; every vendor by default. */
  readonly normalizer?: ErrorNormalizer | undefined;
  /** How long the body may take to arrive, in ms (`BODY_TIMEOUT_MS`, 1 s, by default). */
  readonly timeoutMs?: number | undefined;
}

/**
 * Normalizes a failed `fetch` `Response`: a vendor's error body (Tencent `{ActionStatus, ErrorCode, ErrorInfo}`,
 * JMessage `{error: {code, message}}`, Easemob `{error, error_description}`) is read as that vendor's error, with the
 * status and `Retry-After` beside it; without one, the status decides (`bareStatus`). The IMError's `cause` is a
 * `ReadResponse` holding the caller's `Response`. Resolves for any value, never rejects.
 *
 * @example
 * ```ts
 * const response = await fetch(url, { method: 'POST', body });
 * if (!response.ok) throw await normalizeResponse(response, { normalizer: easemob });
 * ```
 */
export async function normalizeResponse(response: unknown, options: NormalizeResponseOptions = {}): Promise<IMError> {
  const { normalizer = normalizeAny, timeoutMs } = options;
  const raw = await readResponse(response, timeoutMs);
  try {
    return typeof normalizer === 'function' ? normalizer(raw) : normalizer.normalize(raw);
  } catch {
    // Only an app's own normalizer can throw (the built-in ones never do): every vendor's reading then.
    return normalizeAny(raw);
  }
}

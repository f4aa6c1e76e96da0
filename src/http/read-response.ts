/**
 * Reading a failed `fetch` `Response` for a normalizer: its body is read from a `clone()` — the caller's own body
 * stays unread — at most {@link MAX_BODY} bytes and within a time bound, so a stream that never ends cannot hang it.
 * A body already used or locked, too long or too slow is left out: the status and headers alone decide then.
 * Used by `normalizeResponse` (im-errors/http) and by each vendor's own (`normalizeTencentResponse`…).
 */
import { MAX_BODY } from '../http-response.js';
import { safeGet } from '../safe.js';

/** How long the body may take to arrive by default: 1 s (a vendor's error body is a few hundred bytes). */
export const BODY_TIMEOUT_MS = 1000;

/** What the normalizer is given, and the IMError keeps as `cause`: the caller's Response and the body text read. */
export interface ReadResponse {
  /** The caller's `Response`, untouched. */
  readonly response: unknown;
  readonly status: number;
  readonly headers: unknown;
  /** The body's text, read from a clone; undefined when it was not read. */
  readonly data: string | undefined;
}

/** The web-standard globals used here, typed without DOM or Node types. */
interface Globals {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  TextDecoder?: new () => { decode(bytes: Uint8Array): string };
}

/** The part of a `ReadableStreamDefaultReader` used here. */
interface Reader {
  read(): Promise<{ readonly done?: boolean; readonly value?: unknown }>;
  cancel(): Promise<unknown>;
}

/** The reader of a clone of the response's body, or undefined when there is no body to read safely. */
function cloneReader(response: unknown): Reader | undefined {
  const body = safeGet(response, 'body');
  if (safeGet(response, 'bodyUsed') !== false || body === null || typeof body !== 'object' || safeGet(body, 'locked') !== false) return undefined;
  try {
    const copy = (safeGet(response, 'clone') as (this: unknown) => unknown).call(response);
    const stream = safeGet(copy, 'body');
    return (safeGet(stream, 'getReader') as (this: unknown) => Reader).call(stream);
  } catch {
    return undefined;
  }
}

/** Reads the clone's bytes: all of them if they come within `limit` bytes and `timeoutMs`, else undefined. */
async function readBytes(reader: Reader, limit: number, timeoutMs: number): Promise<Uint8Array[] | undefined> {
  const globals = globalThis as unknown as Globals;
  let timer: unknown;
  const late = new Promise<undefined>((resolve) => (timer = globals.setTimeout(() => resolve(undefined), timeoutMs)));
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const step = await Promise.race([reader.read(), late]);
      if (step === undefined) return undefined;
      if (step.done === true) return chunks;
      if (!(step.value instanceof Uint8Array) || (size += step.value.byteLength) > limit) return undefined;
      chunks.push(step.value);
    }
  } catch {
    return undefined;
  } finally {
    globals.clearTimeout(timer);
    // Only the clone's branch is cancelled: the caller's body keeps every byte.
    try {
      void Promise.resolve(reader.cancel()).catch(() => undefined);
    } catch {
      // A reader that cannot be cancelled is left to the garbage collector.
    }
  }
}

/** The clone's body as text, or undefined (no body, used, locked, too long, too slow, not text). */
async function readText(response: unknown, timeoutMs: number): Promise<string | undefined> {
  const reader = cloneReader(response);
  const Decoder = (globalThis as unknown as Globals).TextDecoder;
  if (reader === undefined || Decoder === undefined) return undefined;
  const chunks = await readBytes(reader, MAX_BODY, timeoutMs);
  if (chunks === undefined) return undefined;
  const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.byteLength, 0));
  chunks.reduce((offset, chunk) => (bytes.set(chunk, offset), offset + chunk.byteLength), 0);
  return new Decoder().decode(bytes);
}

/**
 * What a normalizer is to read for a response: a {@link ReadResponse} (the response, its status and headers, and its
 * body's text) when `response` has a numeric `status`, else `response` itself. Never rejects.
 *
 * @example
 * ```ts
 * const error = normalize(await readResponse(response)); // any normalizer: the vendor's, or im-errors/all's
 * ```
 */
export async function readResponse(response: unknown, timeoutMs: number = BODY_TIMEOUT_MS): Promise<unknown> {
  try {
    const status = safeGet(response, 'status');
    if (typeof status !== 'number') return response;
    const data = await readText(response, timeoutMs);
    return { response, status, headers: safeGet(response, 'headers'), data } satisfies ReadResponse;
  } catch {
    return response; // Unreachable by design: every read above is guarded.
  }
}

/**
 * HTTP client errors and responses, read without ever throwing: axios errors (`response.status / headers / data`),
 * got `HTTPError`s (`response.statusCode / headers / body`), ky `HTTPError`s and `fetch` `Response`s (`status`,
 * `headers.get`). Only the status, the `Retry-After` and `Date` headers and the body are read — never the request
 * (its headers, URL or body), so none of it can reach an IMError.
 */
import type { MappingEntry } from './mapping.js';
import { baseOf, safeGet, type BaseFields } from './safe.js';

/**
 * The longest wait a `Retry-After` header is taken at: one hour. A longer one (or a date years ahead) reads as one
 * hour, which every retry policy treats as "do not wait it out" (the default waits at most 10 s).
 */
export const MAX_RETRY_AFTER_MS = 3_600_000;

/** The longest response body read (64 KB): a vendor's error body is a few hundred bytes. */
export const MAX_BODY = 65_536;

/** What an HTTP answer says: its status, its `Retry-After` as milliseconds, and its body (parsed when JSON text). */
export interface HttpReading {
  readonly status: number;
  readonly retryAfterMs: number | undefined;
  readonly body: unknown;
}

/** An HTTP status (100–599) given as `status` (axios, fetch) or `statusCode` (got, Node), or undefined. */
function statusOf(fields: BaseFields): number | undefined {
  for (const status of [fields.status, fields.statusCode]) {
    if (typeof status === 'number' && Number.isInteger(status) && status >= 100 && status < 600) return status;
  }
  return undefined;
}

/** A response header: through `headers.get` (fetch `Headers`, `AxiosHeaders`), else a plain object's own key. */
function headerOf(headers: unknown, name: string): string | undefined {
  const get = safeGet(headers, 'get');
  let value: unknown;
  try {
    value = typeof get === 'function' ? (get as (name: string) => unknown).call(headers, name) : safeGet(headers, name);
  } catch {
    return undefined;
  }
  return typeof value === 'string' ? value.slice(0, 100) : undefined;
}

/**
 * A `Retry-After` value as milliseconds from `now`, within 0…{@link MAX_RETRY_AFTER_MS}: delta-seconds (`120`) or an
 * HTTP-date (`Wed, 21 Oct 2026 07:28:00 GMT`; a date in the past is 0). Anything else is undefined.
 *
 * @example
 * parseRetryAfter('2', 0); // 2000
 * parseRetryAfter('Thu, 01 Jan 1970 00:00:05 GMT', 1000); // 4000
 * parseRetryAfter('soon', 0); // undefined
 */
export function parseRetryAfter(value: string, now: number): number | undefined {
  const text = value.trim();
  // The three HTTP-date forms all start with the day's name (`Sun,`, `Sunday,`, `Sun `).
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : /^[a-z]{3}/i.test(text) ? Date.parse(text) - now : Number.NaN;
  return Number.isNaN(ms) ? undefined : Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}

/** A body as the vendor parsers read it: an object as is, JSON text (at most {@link MAX_BODY}) parsed, else none. */
function bodyOf(body: unknown): unknown {
  if (typeof body !== 'string') return body !== null && typeof body === 'object' ? body : undefined;
  if (body.length > MAX_BODY || !/^\s*[[{]/.test(body)) return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The HTTP answer in a value: the value itself when it is a response (a status and `headers`), else its `response`
 * (axios, got, ky errors); undefined when neither is. The HTTP-date of `Retry-After` is read against the answer's
 * own `Date` header when it has one (no clock skew), else against the local clock.
 *
 * @example
 * readHttp({ response: { status: 429, headers: { 'retry-after': '3' }, data: '' } }); // { status: 429, retryAfterMs: 3000, body: undefined }
 */
export function readHttp(value: unknown): HttpReading | undefined {
  for (const response of [value, safeGet(value, 'response')]) {
    const fields = baseOf(response);
    if (fields === undefined) continue;
    const status = statusOf(fields);
    const headers = fields.headers;
    if (status === undefined || headers === null || typeof headers !== 'object') continue;
    const retryAfter = headerOf(headers, 'retry-after');
    const date = Date.parse(headerOf(headers, 'date') ?? '');
    return {
      status,
      retryAfterMs: retryAfter === undefined ? undefined : parseRetryAfter(retryAfter, Number.isNaN(date) ? Date.now() : date),
      body: bodyOf(fields.data ?? safeGet(response, 'body')),
    };
  }
  return undefined;
}

/**
 * The body with the answer's status beside it, as `httpStatus` (where Easemob's REST parser looks for it), without
 * copying or changing the body: the status sits on an object whose prototype is the body.
 */
export function withStatus(body: unknown, status: number): unknown {
  if (body === null || typeof body !== 'object') return body;
  try {
    return Object.create(body, { httpStatus: { value: status } }) as unknown;
  } catch {
    return body;
  }
}

/** `entry` with the wait a `Retry-After` header gave (which wins over the table's documented window). */
export function withRetryAfter(entry: MappingEntry, retryAfterMs: number | undefined): MappingEntry {
  return retryAfterMs === undefined ? entry : ([entry[0], entry[1], entry[2], entry[3], retryAfterMs] as MappingEntry);
}

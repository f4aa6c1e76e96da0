/**
 * Easemob / Agora Chat error shapes (as easemob-websdk 4.21 builds them):
 * - `{type, message, data?}` where `type` is the `statusCode` number (possibly negative), and `data` may wrap the
 *   underlying error: 304 → 304 → -1/-2/17, and 1 (password login) → -2 / 17;
 * - send failures `{type, reason, data: {id, mid}}`;
 * - browser request failures `{type: -2 | -1 | -4, message, errorType, xhr}` (status at `xhr.status`), HTTP failures
 *   with `extraInfo: {httpCode, errDesc}`, mini-program failures with top-level `statusCode` and the server's text at
 *   `data.error_description`;
 * - native SDK errors: the React Native SDK's `ChatError` (a plain class instance, not an `Error`: `{code,
 *   description}`), Flutter's `ChatError` / `EMError` (the same fields), native callbacks `{code, description}` or
 *   `{code, desc}` — read as `native`;
 * - REST answers `{error, error_description, exception?, timestamp?, duration?}`, alone or with the HTTP status beside
 *   `error` (`httpStatus`, `statusCode` or `status`) — read as `server`, the `error` string as the code;
 * (bare codes are read by the core).
 */
import type { ParsedError, ParsedLink } from '../../src/adapter.js';
import { readFields, safeGet, safeText, unwrapChain, type RawFields } from '../../src/safe.js';
import type { EasemobPlatform } from '../../mappings/easemob.js';

/** The first of `candidates` that is an HTTP status. */
function firstStatus(candidates: readonly unknown[]): number | undefined {
  for (const status of candidates) {
    if (typeof status === 'number' && Number.isInteger(status) && status >= 0 && status < 600) return status;
  }
  return undefined;
}

/** The HTTP status beside an Easemob code, wherever this SDK puts it. */
function httpStatusOf(value: unknown): number | undefined {
  return firstStatus([safeGet(safeGet(value, 'extraInfo'), 'httpCode'), safeGet(safeGet(value, 'xhr'), 'status'), safeGet(value, 'statusCode')]);
}

/** A native SDK error: `{code, description}` (React Native / Flutter `ChatError`, callbacks) or `{code, desc}`. */
function parseNative({ code, description, desc }: RawFields): ParsedError<EasemobPlatform> | undefined {
  if (code === undefined) return undefined;
  const message = description ?? desc;
  if (message === undefined) return undefined;
  // `{code, description}` is this SDK's shape (and JMessage's plugins'); `{code, desc}` is Tencent's native one too.
  return { links: [{ code, message }], platform: 'native', distinctive: description !== undefined };
}

/** A REST answer `{error, error_description}`, with the HTTP status a caller put beside `error`, if any. */
function parseRest(raw: unknown): ParsedError<EasemobPlatform> | undefined {
  const error = safeText(safeGet(raw, 'error'), 100) ?? '';
  const description = safeText(safeGet(raw, 'error_description'));
  if (description === undefined) return undefined;
  const httpStatus = firstStatus([safeGet(raw, 'httpStatus'), safeGet(raw, 'statusCode'), safeGet(raw, 'status')]);
  // The page lists some answers (presence) without an `error` string: such a body is read only beside its status.
  if (error === '' && httpStatus === undefined) return undefined;
  return { links: [{ code: error, message: description, httpStatus }], platform: 'server', distinctive: true };
}

/** The text of an Easemob error: `message`, else a send failure's `reason`, else the server's description. */
function messageOf(value: unknown, message: string | undefined): string {
  return (
    message ??
    safeText(safeGet(value, 'reason')) ??
    safeText(safeGet(safeGet(value, 'data'), 'error_description')) ??
    ''
  );
}

/** Reads an Easemob error (with the errors it wraps) out of a raw object, or undefined when it has no Easemob shape. */
export function parseEasemob(fields: RawFields, raw: unknown): ParsedError<EasemobPlatform> | undefined {
  return parseWeb(raw) ?? parseNative(fields) ?? parseRest(raw);
}

/** The web SDK's `{type, message, data?}`, with the errors it wraps in `data`. */
function parseWeb(raw: unknown): ParsedError<EasemobPlatform> | undefined {
  const links: ParsedLink[] = [];
  for (const value of unwrapChain(raw, 'data')) {
    const fields = readFields(value);
    if (fields?.type === undefined) break;
    links.push({ code: fields.type, message: messageOf(value, fields.message), httpStatus: httpStatusOf(value) });
  }
  const [first, ...rest] = links;
  return first === undefined ? undefined : { links: [first, ...rest], distinctive: true };
}

/**
 * Easemob / Agora Chat error shapes (as easemob-websdk 4.21 builds them):
 * - `{type, message, data?}` where `type` is the `statusCode` number (possibly negative), and `data` may wrap the
 *   underlying error: 304 → 304 → -1/-2/17, and 1 (password login) → -2 / 17;
 * - send failures `{type, reason, data: {id, mid}}`;
 * - browser request failures `{type: -2 | -1 | -4, message, errorType, xhr}` (status at `xhr.status`), HTTP failures
 *   with `extraInfo: {httpCode, errDesc}`, mini-program failures with top-level `statusCode` and the server's text at
 *   `data.error_description`;
 * (bare codes are read by the core).
 */
import type { ParsedError, ParsedLink } from '../../src/adapter.js';
import { readFields, safeGet, safeText, unwrapChain, type RawFields } from '../../src/safe.js';
import type { EasemobPlatform } from '../../mappings/easemob.js';

/** The HTTP status beside an Easemob code, wherever this SDK puts it. */
function httpStatusOf(value: unknown): number | undefined {
  for (const status of [
    safeGet(safeGet(value, 'extraInfo'), 'httpCode'),
    safeGet(safeGet(value, 'xhr'), 'status'),
    safeGet(value, 'statusCode'),
  ]) {
    if (typeof status === 'number' && Number.isInteger(status) && status >= 0 && status < 600) return status;
  }
  return undefined;
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
export function parseEasemob(_fields: RawFields, raw: unknown): ParsedError<EasemobPlatform> | undefined {
  const links: ParsedLink[] = [];
  for (const value of unwrapChain(raw, 'data')) {
    const fields = readFields(value);
    if (fields?.type === undefined) break;
    links.push({ code: fields.type, message: messageOf(value, fields.message), httpStatus: httpStatusOf(value) });
  }
  const [first, ...rest] = links;
  return first === undefined ? undefined : { links: [first, ...rest], distinctive: true };
}

/**
 * `toDeveloperMessage`: the whole technical story of an IMError on one `key=value` line, for logs. Texts are
 * redacted again (an IMError from another copy of im-errors is not trusted to be), quoted, and bounded.
 */
import type { IMError } from '../imerror.js';
import { cutBeforeRedaction, redact } from '../redact.js';
import { MAX_TEXT, safeGet as read } from '../safe.js';

/** A short scalar as logged: strings of word characters bare, other strings JSON-quoted; undefined for anything else. */
function scalar(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return undefined;
  const text = redact(cutBeforeRedaction(value, 60));
  return /^[\w./-]+$/.test(text) ? text : JSON.stringify(text);
}

/** The codes of an error chain, outermost first: `1>-2`. */
function chainCodes(chain: unknown): string | undefined {
  try {
    if (!Array.isArray(chain) || chain.length < 2) return undefined;
    return chain.slice(0, 10).map((link: unknown) => scalar(read(link, 'code')) ?? '?').join('>');
  } catch {
    return undefined; // a revoked Proxy throws even on Array.isArray
  }
}

/** The vendor's text, redacted and cut, as a JSON string (so line breaks stay on one line). */
function quotedText(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const text = redact(cutBeforeRedaction(value, 4 * MAX_TEXT));
  return JSON.stringify(text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text);
}

/**
 * One log line with everything known about the error, e.g.
 * `IMError auth/token-expired vendor=tencent platform=web code=70001 retryable=false recovery=refresh-credentials vendorMessage=" | sendMessage | "`.
 * Never includes `cause` or secrets; never throws.
 *
 * @example
 * ```ts
 * logger.warn(toDeveloperMessage(err)); // IMError network/timeout vendor=tencent platform=web code=2801 retryable=true …
 * ```
 */
export function toDeveloperMessage(error: IMError): string {
  const kind = scalar(read(error, 'kind')) ?? '?';
  const reason = scalar(read(error, 'reason')) ?? '?';
  const fields: ReadonlyArray<readonly [string, string | undefined]> = [
    ['vendor', scalar(read(error, 'vendor'))],
    ['platform', scalar(read(error, 'platform'))],
    ['code', scalar(read(error, 'code'))],
    ['retryable', scalar(read(error, 'retryable'))],
    ['recovery', scalar(read(error, 'recovery'))],
    ['retryAfterMs', scalar(read(error, 'retryAfterMs'))],
    ['inferred', read(error, 'inferred') === true ? 'true' : undefined],
    ['chain', chainCodes(read(error, 'chain'))],
    ['vendorMessage', quotedText(read(error, 'vendorMessage'))],
  ];
  const shown = fields.filter((field): field is readonly [string, string] => field[1] !== undefined);
  return [`IMError ${kind}/${reason}`, ...shown.map(([key, value]) => `${key}=${value}`)].join(' ');
}

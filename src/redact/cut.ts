/**
 * Cutting text that is yet to be redacted. A plain cut can split a secret and leave its head behind, too short to
 * be recognised (`…eyJhbGciOiJIUzI1` of a JWT, the first 20 characters of a 40-character key). {@link cutBeforeRedaction}
 * cuts before the whole run the cut would split, so no fragment of a secret survives it.
 */
import { isTokenChar, isWordChar } from './chars.js';

/** A character a secret may be made of: word and token characters and `%` (percent-encoding). */
function isSecretChar(c: number): boolean {
  return isTokenChar(c) || isWordChar(c) || c === 37;
}

/**
 * `text` cut to at most `max` characters and marked `…`; when the cut falls inside a run of secret characters,
 * the whole run goes.
 *
 * @example
 * cutBeforeRedaction('token eyJhbGciOiJI', 10); // 'token …'
 */
export function cutBeforeRedaction(text: string, max: number): string {
  if (text.length <= max) return text;
  let p = max;
  if (isSecretChar(text.charCodeAt(p))) {
    while (p > 0 && isSecretChar(text.charCodeAt(p - 1))) p--;
  }
  return `${text.slice(0, p)}…`;
}

/**
 * Keeping secrets out of text im-errors shows: vendor messages go through {@link redact} before they reach an
 * IMError's `message`, `vendorMessage`, `chain` or `toJSON()`. What counts as a secret is documented in
 * docs/normalizing.md ("Redaction").
 */
import { mayHoldSecret } from './pretest.js';
import { scan } from './scan.js';

export { REDACTED } from './scan.js';

/**
 * `text` with every credential-looking part replaced by `[redacted]`: values of secret-named keys
 * (`userPassword=…`, `"authToken": "…"`, `密码：…`), auth-scheme credentials, JWTs and long opaque runs. Linear in
 * the length of `text`; redacting twice changes nothing. A text without a secret-like marker (a separator, an auth
 * scheme word, a long token run) is given back unscanned ({@link mayHoldSecret}).
 *
 * @example
 * redact('login failed, tlsUserSig="eJw1 jF0" code 70001'); // 'login failed, tlsUserSig="[redacted]" code 70001'
 */
export function redact(text: string): string {
  return mayHoldSecret(text) ? scan(text).text : text;
}
export { redactValue, type Redacted } from './object.js';
export { cutBeforeRedaction } from './cut.js';

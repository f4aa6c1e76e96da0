/**
 * Keeping secrets out of text im-errors shows: vendor messages go through {@link redact} before they reach an
 * IMError's `message`, `vendorMessage`, `chain` or `toJSON()`. Raw values are never copied into those at all;
 * only their text fields are, and this is the filter for them.
 */

/** Names under which IM SDKs and their servers carry credentials. */
const SECRET_NAMES = [
  'usersig',
  'user_sig',
  'access_?token',
  'refresh_?token',
  'im_?token',
  'token',
  'password',
  'passwd',
  'pwd',
  'app_?secret',
  'client_?secret',
  'secret',
  'signature',
  'sign',
  'sig',
  'authorization',
  'api_?key',
  'credentials?',
].join('|');

/**
 * `name=value`, `name: value`, `"name":"value"`: the value is replaced. A value already redacted is matched whole, so
 * redacting twice changes nothing. (No look-behind: older JavaScriptCore, as in WeChat on older iOS, rejects it when
 * the module loads.)
 */
const NAMED_SECRET = new RegExp(
  `(^|[^A-Za-z0-9])((?:${SECRET_NAMES})["']?\\s*[:=]\\s*["']?)(\\[redacted\\]|[^\\s"'&,;)}\\]]+)`,
  'gi',
);
/** HTTP authorization schemes followed by their credential. */
const AUTH_SCHEME = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/*=-]+/gi;
/** JSON Web Tokens. */
const JWT = /eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g;
/** Long opaque runs (base64, hex, UserSig alphabet): no word in a human message is this long without a space. */
const OPAQUE = /[A-Za-z0-9+/_*=-]{32,}/g;

/** What a removed secret is replaced with. */
export const REDACTED = '[redacted]';

/** `text` with every credential-looking part replaced by {@link REDACTED}. */
export function redact(text: string): string {
  return text
    .replace(JWT, REDACTED)
    .replace(AUTH_SCHEME, `$1 ${REDACTED}`)
    .replace(NAMED_SECRET, `$1$2${REDACTED}`)
    .replace(OPAQUE, REDACTED);
}

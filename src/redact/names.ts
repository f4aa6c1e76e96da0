/**
 * The vocabulary of secret names: which keys (`userPassword`, `authToken`, `SDKSecretKey`, `tlsUserSig`, `密码`…)
 * name a credential. A name is secret when its head — its last word, as in English and Chinese compounds — is a
 * credential noun, whatever comes before it and in whatever case or separator style (camel, snake, kebab, upper).
 */
import { isDigit, isLower, isUpper } from './chars.js';

/** Longest name looked at; a longer run of word characters is a value, not a key. */
export const MAX_NAME = 64;

/**
 * Credential nouns matched at the end of the name with its separators removed and lower-cased, so `user_sig`,
 * `UserSig`, `tlsusersig` and `USER-SIG` all end in `sig`. A trailing plural `s` and digits are ignored.
 */
const TAIL_STEMS = [
  'password',
  'passwd',
  'passphrase',
  'pwd',
  'secret',
  'token',
  'sig',
  'signature',
  'credential',
  'apikey',
  'secretkey',
  'accesskey',
  'privatekey',
  'sessionkey',
  'masterkey',
  'signingkey',
  'encryptionkey',
  'authkey',
  'authorization',
  'cookie',
  'sessionid',
  'ticket',
];

/** Short nouns that are secret only as the whole last word (`appSign`, `USER_PASS`, `auth`), not as a suffix (`design`). */
const HEAD_WORDS = ['pass', 'sign', 'auth', 'otp'];

/** Chinese credential nouns, matched at the end of the name: 密码 password, 令牌 token, 密钥/秘钥 key, 签名 signature… */
const CJK_STEMS = ['密码', '口令', '令牌', '密钥', '秘钥', '私钥', '签名', '凭证', '凭据'];

/** Names whose value starts with an auth scheme worth keeping in view (`Authorization: Bearer [redacted]`). */
const SCHEME_TAILS = ['authorization', 'auth'];

/** A trie of the stems read backwards (last character first), so a name is checked without building a string. */
interface Node {
  /** Children by small letter (`a`…`z` at 0…25): an array, the common case, read without hashing. */
  readonly letters: Array<Node | undefined>;
  /** Children by any other character (CJK). */
  readonly others: Map<number, Node>;
  stem: 'secret' | 'scheme' | undefined;
}

function node(): Node {
  return { letters: new Array<Node | undefined>(26).fill(undefined), others: new Map(), stem: undefined };
}

function child(at: Node, c: number): Node | undefined {
  return c >= 97 && c <= 122 ? at.letters[c - 97] : at.others.get(c);
}

const TAILS = node();
function add(stem: string, verdict: 'secret' | 'scheme'): void {
  let at = TAILS;
  for (let k = stem.length - 1; k >= 0; k--) {
    const c = stem.charCodeAt(k);
    let next = child(at, c);
    if (next === undefined) {
      next = node();
      if (c >= 97 && c <= 122) at.letters[c - 97] = next;
      else at.others.set(c, next);
    }
    at = next;
  }
  at.stem ??= verdict;
}
for (const stem of SCHEME_TAILS) add(stem, 'scheme');
for (const stem of [...TAIL_STEMS, ...CJK_STEMS]) add(stem, 'secret');

/** The end of `text[start, end)` without trailing digits, `_` and `-` (`password2`, `token_`). */
function trimTail(text: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const c = text.charCodeAt(e - 1);
    if (!isDigit(c) && c !== 95 && c !== 45) break;
    e--;
  }
  return e;
}

/** The stem `text[start, end)` ends in (case-insensitive, `_` and `-` skipped), the shortest first; undefined for none. */
function tailStem(text: string, start: number, end: number): 'secret' | 'scheme' | undefined {
  let at: Node | undefined = TAILS;
  for (let k = end - 1; k >= start && at !== undefined; k--) {
    const c = text.charCodeAt(k);
    if (c === 95 || c === 45) continue;
    at = child(at, isUpper(c) ? c + 32 : c);
    if (at?.stem !== undefined) return at.stem;
  }
  return undefined;
}

/** True when the last word of a compound name (`Pass` of `userPass`, `PASS` of `USER_PASS`) is one of {@link HEAD_WORDS}. */
function headIsSecret(text: string, start: number, end: number): boolean {
  let p = end;
  if (p > start && isLower(text.charCodeAt(p - 1))) {
    while (p > start && isLower(text.charCodeAt(p - 1))) p--;
    if (p > start && isUpper(text.charCodeAt(p - 1))) p--;
  } else {
    while (p > start && isUpper(text.charCodeAt(p - 1))) p--;
  }
  if (end - p < 3 || end - p > 4) return false;
  return HEAD_WORDS.includes(text.slice(p, end).toLowerCase());
}

/** What a name says about its value: not secret, secret, or secret with an auth scheme in front. */
export type NameVerdict = 'none' | 'secret' | 'scheme';

/**
 * Whether the word `text[start, end)` names a credential.
 *
 * @example
 * nameVerdict('SDKSecretKey=1', 0, 12); // 'secret'
 * nameVerdict('nonce=1', 0, 5); // 'none'
 */
export function nameVerdict(text: string, start: number, end: number): NameVerdict {
  if (end - start > MAX_NAME) return 'none';
  const e = trimTail(text, start, end);
  if (e === start) return 'none';
  // Every stem ends its tail walk at its last letter: a plural `s` is tried off as well (`tokens`, `credentials`).
  const found = tailStem(text, start, e);
  if (found !== undefined) return found;
  const last = text.charCodeAt(e - 1) | 0x20;
  if (last === 115 && e - start > 3 && (text.charCodeAt(e - 2) | 0x20) !== 115) {
    const plural = tailStem(text, start, e - 1);
    if (plural === 'secret') return plural;
  }
  return headIsSecret(text, start, e) ? 'secret' : 'none';
}

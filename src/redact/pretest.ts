/**
 * The cheap test in front of the redaction scanner: one pass over char codes that says whether `text` can hold
 * anything the scanner would replace. The scanner replaces only (1) the value after a secret name, which needs a
 * separator — `=`, `:`, `：`, or a percent-encoded one (`%3D`, `%3A`) — or an XML element (`<`); (2) the credential
 * after a `Bearer` / `Basic` word; (3) a run of at least 14 token characters (the shortest JWT). A text with none of
 * these markers comes back unchanged from the scanner, so it is not scanned: most vendor messages
 * (`UserSig expired`, `request timed out`) are such texts.
 */
import { isTokenChar, isWordChar } from './chars.js';
import { MIN_RUN } from './scan.js';

/** `bearer` or `basic`, any case, as a word starting at `at` (its first letter already read as `b` or `B`). */
function schemeWordAt(text: string, at: number): boolean {
  const word = text.slice(at, at + 6).toLowerCase();
  return word === 'bearer' || word.startsWith('basic');
}

/**
 * False when `text` holds no secret-like marker (see the module comment), so that redacting it changes nothing;
 * true when the scanner must look.
 *
 * @example
 * mayHoldSecret('UserSig expired'); // false
 * mayHoldSecret('tlsUserSig=abc'); // true (a separator)
 */
export function mayHoldSecret(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // = : ： % <
    if (c === 61 || c === 58 || c === 0xff1a || c === 37 || c === 60) return true;
    if (isTokenChar(c)) {
      if (++run >= MIN_RUN) return true;
    } else {
      run = 0;
    }
    if ((c === 98 || c === 66) && (i === 0 || !isWordChar(text.charCodeAt(i - 1))) && schemeWordAt(text, i)) return true;
  }
  return false;
}

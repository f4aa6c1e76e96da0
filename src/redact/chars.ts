/**
 * Character classes of the redaction scanner, by char code: no regular expression runs over untrusted text, so no
 * input can make the scanner backtrack.
 */

/** ASCII letters, digits, `_` and `-`, and CJK ideographs: what secret names are written in. */
export function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 ||
    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)
  );
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

export function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function isLetter(c: number): boolean {
  return isLower(c) || isUpper(c);
}

/** The alphabets of opaque credentials: base64 (`+/=`), base64url (`-_`), hex, UserSig (`*`), and `.` (JWT). */
export function isTokenChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ||
    c === 95 || c === 45 || c === 43 || c === 47 || c === 61 || c === 42 || c === 46
  );
}

/** RFC 7235 token68, the credential after an auth scheme: letters, digits, `-._~+/` and trailing `=`. */
export function isToken68Char(c: number): boolean {
  return (isTokenChar(c) && c !== 42) || c === 126;
}

/** Space and tab (a value with spaces goes on; a line break ends it). */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000;
}

export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** Where a value may end if the next `name=value` pair starts after it: blanks, `,`, `;` and their full-width forms. */
export function isSoftDelimiter(c: number): boolean {
  return isBlank(c) || c === 44 || c === 59 || c === 0xff0c || c === 0xff1b || c === 0x3001;
}

/** What always ends an unquoted value: `"`, `` ` ``, `\`, `&`, `<`, `>`, `)`, `]`, `}`. */
export function isHardDelimiter(c: number): boolean {
  return c === 34 || c === 96 || c === 92 || c === 38 || c === 60 || c === 62 || c === 41 || c === 93 || c === 125;
}

/** The closing quote of an opening one, or -1: ASCII quotes and the typographic and CJK ones. */
export function closingQuote(c: number): number {
  switch (c) {
    case 34:
    case 39:
    case 96:
      return c;
    case 0x201c:
      return 0x201d; // “ ”
    case 0x2018:
      return 0x2019; // ‘ ’
    case 0x300c:
      return 0x300d; // 「 」
    case 0x300e:
      return 0x300f; // 『 』
    default:
      return -1;
  }
}

/** `%` followed by the two hex digits `hex` (upper case; either case matches), at `at`. */
export function isPercent(text: string, at: number, hex: '22' | '26' | '3D' | '3A'): boolean {
  if (text.charCodeAt(at) !== 37 || text.charCodeAt(at + 1) !== hex.charCodeAt(0)) return false;
  const second = text.charCodeAt(at + 2);
  const want = hex.charCodeAt(1);
  return second === want || (want >= 65 && second === want + 32);
}

/** What a removed secret is replaced with. */
export const REDACTED = '[redacted]';

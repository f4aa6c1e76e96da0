/**
 * Where the value after a secret name ends: a quoted string, a JSON array or object, a query or percent-encoded
 * value, or free text up to the end of its line or the start of the next `name=value` pair. Each function reads
 * forward only and counts what it reads in `steps`, so the scanner's work stays linear in the text.
 */
import {
  closingQuote,
  isBlank,
  isHardDelimiter,
  isLineBreak,
  isPercent,
  isSoftDelimiter,
  isWordChar,
  REDACTED,
} from './chars.js';
import { MAX_NAME } from './names.js';

/** The scanner's step counter, shared by its parts, and what the last {@link separatorEnd} found. */
export interface Steps {
  count: number;
  /** The last separator read was percent-encoded (`%3D`, `%3A`). */
  encoded: boolean;
}

/** How the value was introduced, which decides what ends it. */
export interface ValueContext {
  /** The pair sits in a URL query (`?name=` / `&name=`): the value ends at `&`, `#` or a blank. */
  readonly query: boolean;
  /** The separator was `%3D` / `%3A`: the value is percent-encoded and ends at `%26` or a blank too. */
  readonly encoded: boolean;
  /** `<name>value</name>`: the value ends at `<`. */
  readonly xml: boolean;
  /** An `Authorization`-like header: its value, parameters and all, runs to the end of the line. */
  readonly header: boolean;
}

/** A value's extent: the part to replace, `[start, end)`, and where scanning goes on. */
export interface Extent {
  readonly start: number;
  readonly end: number;
  readonly next: number;
}

/**
 * The separator after a name ending at `at`: an optional closing quote (`"`, `'`, `` ` ``, `\"`, `%22`), blanks,
 * then `=`, `=>`, `:`, `：` or `%3D` / `%3A`, then blanks. Gives where the value starts, or -1 when there is no
 * separator; `steps.encoded` tells whether it was percent-encoded.
 */
export function separatorEnd(text: string, at: number, steps: Steps): number {
  const n = text.length;
  let p = at;
  const c = text.charCodeAt(p);
  if (c === 34 || c === 39 || c === 96 || c === 93) p++; // a quoted name, or `params[token]=`
  else if (c === 92 && (text.charCodeAt(p + 1) === 34 || text.charCodeAt(p + 1) === 39)) p += 2;
  else if (c === 37 && isPercent(text, p, '22')) p += 3;
  while (p < n && isBlank(text.charCodeAt(p))) {
    p++;
    steps.count++;
  }
  steps.encoded = false;
  const s = text.charCodeAt(p);
  if (s === 61) {
    const after = text.charCodeAt(p + 1);
    if (after === 61) return -1; // `==` compares, it does not assign
    p += after === 62 ? 2 : 1;
  } else if (s === 58) {
    if (text.charCodeAt(p + 1) === 58) return -1; // `::` is a path, not a pair
    p++;
  } else if (s === 0xff1a) {
    p++;
  } else if (s === 37 && (isPercent(text, p, '3D') || isPercent(text, p, '3A'))) {
    p += 3;
    steps.encoded = true;
  } else {
    return -1;
  }
  while (p < n && isBlank(text.charCodeAt(p))) {
    p++;
    steps.count++;
  }
  return p;
}

/** The end of a balanced `[…]` / `{…}` group opened at `at` (strings inside skipped), or the text's end. */
export function bracketEnd(text: string, at: number, steps: Steps): number {
  const n = text.length;
  let depth = 0;
  let p = at;
  while (p < n) {
    steps.count++;
    const c = text.charCodeAt(p);
    if (c === 91 || c === 123) depth++;
    else if (c === 93 || c === 125) {
      depth--;
      if (depth === 0) return p + 1;
    } else if (c === 34) {
      p = quotedEnd(text, p, 34, steps);
      continue;
    }
    p++;
  }
  return n;
}

/** The index after the string opened by the quote at `at` and closed by `close` (backslash escapes skipped). */
function quotedEnd(text: string, at: number, close: number, steps: Steps): number {
  const n = text.length;
  let p = at + 1;
  while (p < n) {
    steps.count++;
    const c = text.charCodeAt(p);
    if (c === 92 && close < 128) p += 2;
    else if (c === close) return p + 1;
    else p++;
  }
  return n;
}

/** The index of the next `needle` at or after `from`, or the text's end, counted as read. */
function findFrom(text: string, needle: string, from: number, steps: Steps, ignoreCase = false): number {
  const found = ignoreCase ? indexOfIgnoreCase(text, needle, from) : text.indexOf(needle, from);
  const end = found < 0 ? text.length : found;
  steps.count += end - from + 1;
  return end;
}

function indexOfIgnoreCase(text: string, needle: string, from: number): number {
  // Needles are `%22`-like: only the hex digits have a case.
  const upper = text.indexOf(needle.toUpperCase(), from);
  const lower = text.indexOf(needle.toLowerCase(), from);
  if (upper < 0) return lower;
  if (lower < 0) return upper;
  return Math.min(upper, lower);
}

/** True when a name and a separator start at `at`: the value before it ends there. */
function pairStartsAt(text: string, at: number, steps: Steps): boolean {
  const n = text.length;
  let s = at;
  while (s < n && s - at <= MAX_NAME && isWordChar(text.charCodeAt(s))) {
    s++;
    steps.count++;
  }
  if (s === at || s - at > MAX_NAME) return false;
  const c = text.charCodeAt(s);
  if (c !== 61 && c !== 58 && c !== 0xff1a && c !== 34 && c !== 39 && !isBlank(c) && c !== 37) return false;
  return separatorEnd(text, s, steps) >= 0;
}

/** The end of an unquoted value starting at `at`, with trailing blanks and soft delimiters left out. */
function bareEnd(text: string, at: number, context: ValueContext, steps: Steps): number {
  const n = text.length;
  let p = at;
  let last = at; // end of the value without trailing blanks
  while (p < n) {
    steps.count++;
    const c = text.charCodeAt(p);
    if (isLineBreak(c)) break;
    if (context.xml || context.header) {
      if (context.xml && c === 60) break;
      p++;
      last = p;
      continue;
    }
    if (context.query || context.encoded) {
      if (isBlank(c) || c === 38 || c === 35 || c === 34 || c === 39 || (context.encoded && isPercent(text, p, '26'))) break;
    }
    if (c === 91 || c === 123) {
      p = bracketEnd(text, p, steps);
      last = p;
      continue;
    }
    if (isHardDelimiter(c)) break;
    if (isSoftDelimiter(c)) {
      let r = p;
      while (r < n && isSoftDelimiter(text.charCodeAt(r))) {
        r++;
        steps.count++;
      }
      // The value ends before the delimiters when what follows is a pair of its own, or a secret already replaced
      // (`[redacted]`: a value of its own on an earlier pass, so a second pass reads the text as the first did).
      if (r === n || isLineBreak(text.charCodeAt(r)) || pairStartsAt(text, r, steps) || text.startsWith(REDACTED, r)) break;
      p = r;
      continue;
    }
    p++;
    last = p;
  }
  return last;
}

/**
 * The extent of the value starting at `at`: what to replace, and where scanning goes on after it.
 *
 * @example
 * valueExtent('"a b" x', 0, { query: false, encoded: false, xml: false, header: false }, { count: 0, encoded: false }); // { start: 1, end: 4, next: 5 }
 */
export function valueExtent(text: string, at: number, context: ValueContext, steps: Steps): Extent {
  const c = text.charCodeAt(at);
  const close = closingQuote(c);
  if (close >= 0) {
    const end = quotedEnd(text, at, close, steps);
    const closed = end <= text.length && text.charCodeAt(end - 1) === close && end - 1 > at;
    return { start: at + 1, end: closed ? end - 1 : text.length, next: end };
  }
  if (c === 92 && (text.charCodeAt(at + 1) === 34 || text.charCodeAt(at + 1) === 39)) {
    const quote = `\\${text[at + 1] ?? ''}`;
    const end = findFrom(text, quote, at + 2, steps);
    return { start: at + 2, end, next: Math.min(text.length, end + 2) };
  }
  if (isPercent(text, at, '22')) {
    const end = findFrom(text, '%22', at + 3, steps, true);
    return { start: at + 3, end, next: Math.min(text.length, end + 3) };
  }
  if (c === 91 || c === 123) {
    const end = bracketEnd(text, at, steps);
    return { start: at, end, next: end };
  }
  const end = bareEnd(text, at, context, steps);
  return { start: at, end, next: end };
}

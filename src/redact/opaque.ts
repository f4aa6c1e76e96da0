/**
 * Secrets without a name: JSON Web Tokens and long opaque runs (base64, base64url, hex, the UserSig alphabet). A run
 * of token characters is split into segments at `.` and at an `=` that is not padding; a JWT is three segments
 * starting `eyJ`, and a segment of 32 characters or more (its trailing `=` padding not counted) is opaque unless it
 * reads as a path (slashes, and no digit, `+`, `*` or `=`).
 */
import { isDigit, isTokenChar } from './chars.js';
import type { Steps } from './value.js';

/** Shortest run of token characters read as an opaque credential. */
export const MIN_OPAQUE = 32;

/** The end of the run of token characters starting at `at`. */
export function runEnd(text: string, at: number, steps: Steps): number {
  let p = at;
  while (p < text.length && isTokenChar(text.charCodeAt(p))) p++;
  steps.count += p - at;
  return p;
}

/** The end of the segment starting at `at`, before `end`: a `.`, or an `=` followed by a token character (not padding). */
function segmentEnd(text: string, at: number, end: number): number {
  let p = at;
  while (p < end) {
    const c = text.charCodeAt(p);
    if (c === 46) break;
    if (c === 61 && p + 1 < end) {
      const next = text.charCodeAt(p + 1);
      if (next !== 61 && next !== 46) break;
    }
    p++;
  }
  return p;
}

/** A run is opaque unless it reads as a path: slashes, and no digit, `+`, `*` or `=` (which words and paths lack). */
function isOpaque(text: string, start: number, end: number, steps: Steps): boolean {
  if (end - start < MIN_OPAQUE) return false;
  steps.count += end - start;
  let slash = false;
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (isDigit(c) || c === 43 || c === 42 || c === 61) return true;
    if (c === 47) slash = true;
  }
  return !slash;
}

function startsJwt(text: string, start: number, end: number): boolean {
  return end - start >= 8 && text.startsWith('eyJ', start);
}

/**
 * The secret ranges `[start, end, start, end, …]` inside the run `text[start, end)`, in order.
 *
 * @example
 * opaqueRanges('x eyJhbGciOi.eyJzdWIi.sig', 2, 25, { count: 0, encoded: false }); // [2, 25]
 */
export function opaqueRanges(text: string, start: number, end: number, steps: Steps): number[] {
  let ranges: number[] | undefined; // made on the first range found: most runs have none
  let p = start;
  while (p < end) {
    const first = segmentEnd(text, p, end);
    steps.count += first - p + 1;
    if (startsJwt(text, p, first) && text.charCodeAt(first) === 46) {
      const second = segmentEnd(text, first + 1, end);
      steps.count += second - first;
      if (second - first - 1 >= 4 && text.charCodeAt(second) === 46) {
        const third = segmentEnd(text, second + 1, end);
        steps.count += third - second;
        (ranges ??= []).push(p, third);
        p = third + 1;
        continue;
      }
    }
    // Judged without its trailing `=` padding: a segment cut before an `=` that a value followed (`name=value`) must
    // read the same once that value is `[redacted]` and the `=` ends the run — or a second pass would redact more.
    let core = first;
    while (core > p && text.charCodeAt(core - 1) === 61) core--;
    if (isOpaque(text, p, core, steps) || (startsJwt(text, p, core) && core - p >= 16)) (ranges ??= []).push(p, first);
    p = first + 1;
  }
  return ranges ?? NO_RANGES;
}

/** The ranges of a run with none, shared (never written: a scanner only trims ranges it was given). */
export const NO_RANGES: number[] = [];

/**
 * The redaction scanner: one forward pass over the text, no regular expressions, no backtracking. At each word it
 * asks the name vocabulary ({@link nameVerdict}) whether a secret's value follows, and where that value ends
 * ({@link valueExtent}); auth schemes (`Bearer …`, `Basic …`) and unnamed JWTs and opaque runs ({@link opaqueRanges})
 * are found on the way. Every character read is counted, so tests can hold the work to a constant per character.
 */
import { REDACTED, isBlank, isLetter, isToken68Char, isTokenChar, isUpper, isDigit, isLower, isWordChar } from './chars.js';
import { nameVerdict } from './names.js';
import { NO_RANGES, opaqueRanges, runEnd } from './opaque.js';
import { separatorEnd, valueExtent, type Steps } from './value.js';

/** Shortest token run that can hold an unnamed secret: a JWT (`eyJxxxxx.xxxx.`) has 14 characters at least. */
export const MIN_RUN = 14;

export { REDACTED };

/** The scanner's result: the redacted text and how many characters it read to get there. */
export interface Scan {
  readonly text: string;
  readonly steps: number;
}

/** `Bearer` and `Basic`, the schemes redacted without an `Authorization` name in front (case-insensitive). */
function schemeAt(text: string, start: number, end: number): 'bearer' | 'basic' | undefined {
  if (end - start !== 6 && end - start !== 5) return undefined;
  const word = text.slice(start, end).toLowerCase();
  return word === 'bearer' || word === 'basic' ? word : undefined;
}

/** A Basic credential is base64: it has a digit, `+`, `/`, `=`, or a capital after a small letter (`dXNlcjpw`). */
function looksEncoded(text: string, start: number, end: number): boolean {
  if (end - start < 8) return false;
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (isDigit(c) || c === 43 || c === 47 || c === 61) return true;
    if (p > start && isUpper(c) && isLower(text.charCodeAt(p - 1))) return true;
  }
  return false;
}

/**
 * Where the credential after an auth scheme starts inside a value `[start, end)`: after `Bearer ` in
 * `Bearer abc`, or `start` when the value does not begin with a scheme word and a blank.
 */
function afterScheme(text: string, start: number, end: number): number {
  let p = start;
  while (p < end && p - start <= 20 && (isLetter(text.charCodeAt(p)) || text.charCodeAt(p) === 45)) p++;
  if (p === start || p - start > 20 || p >= end || !isBlank(text.charCodeAt(p))) return start;
  while (p < end && isBlank(text.charCodeAt(p))) p++;
  return p < end ? p : start;
}

/** The scanner's state over one text: what is written so far, and the opaque ranges of the current token run. */
class Scanner {
  readonly steps: Steps = { count: 0, encoded: false };
  /** The redacted text so far (concatenation: V8 joins the pieces once, when the result is read). */
  private out = '';
  /** Text before this index is in `out`. */
  private emitted = 0;
  /** Opaque ranges `[start, end, …]` of the current token run, and the next one to apply. */
  private ranges: number[] = NO_RANGES;
  private next = 0;
  /** End of the token run `ranges` belongs to. */
  private runStop = 0;

  constructor(private readonly text: string) {}

  private replace(start: number, end: number): void {
    if (end <= start) return;
    if (start > this.emitted) this.out += this.text.slice(this.emitted, start);
    this.out += REDACTED;
    this.emitted = end;
  }

  /** Forgets opaque ranges that end before `at` (a value was replaced over them) and trims one it cuts. */
  private skipRanges(at: number): void {
    const ranges = this.ranges;
    while (this.next < ranges.length && (ranges[this.next + 1] as number) <= at) this.next += 2;
    if (this.next < ranges.length && (ranges[this.next] as number) < at) ranges[this.next] = at;
  }

  /** At a word with a separator after it: replaces the value if the word names a secret; gives where to go on, or -1. */
  private named(i: number, wordStop: number): number {
    const text = this.text;
    const before = i > 0 ? text.charCodeAt(i - 1) : -1;
    const xml = before === 60 && text.charCodeAt(wordStop) === 62;
    // The separator first (a few char tests), the vocabulary only for a word that has one.
    const start = xml ? wordStop + 1 : separatorEnd(text, wordStop, this.steps);
    if (start < 0) return -1;
    const encoded = !xml && this.steps.encoded;
    const verdict = nameVerdict(text, i, wordStop);
    if (verdict === 'none') return -1;
    const query = before === 63 || before === 38;
    const header = verdict === 'scheme' && !xml && !encoded;
    const extent = valueExtent(text, start, { query, encoded, xml, header }, this.steps);
    // For `Authorization`-like names the scheme word stays in view.
    this.replace(verdict === 'scheme' ? afterScheme(text, extent.start, extent.end) : extent.start, extent.end);
    return Math.max(extent.next, start);
  }

  /** At `Bearer` / `Basic` ending at `wordStop`: replaces the credential after it; gives where to go on, or -1. */
  private scheme(i: number, wordStop: number): number {
    const text = this.text;
    const scheme = schemeAt(text, i, wordStop);
    if (scheme === undefined || !isBlank(text.charCodeAt(wordStop))) return -1;
    const n = text.length;
    let p = wordStop;
    while (p < n && isBlank(text.charCodeAt(p))) p++;
    let q = p;
    while (q < n && isToken68Char(text.charCodeAt(q))) q++;
    this.steps.count += q - wordStop;
    if (q === p || (scheme === 'basic' && !looksEncoded(text, p, q))) return -1;
    this.replace(p, q);
    return q;
  }

  run(): string {
    const text = this.text;
    const n = text.length;
    const steps = this.steps;
    let i = 0;
    // Where a word may start whatever precedes it: the text's start, and the end of a value just replaced (the
    // output has `[redacted]` there, so a name right after it is read as a second pass would read it).
    let boundary = 0;
    while (i < n) {
      steps.count++;
      const c = text.charCodeAt(i);
      if (i >= this.runStop && isTokenChar(c)) {
        this.runStop = runEnd(text, i, steps);
        // A run shorter than the shortest JWT holds no unnamed secret: no array for it.
        this.ranges = this.runStop - i < MIN_RUN ? NO_RANGES : opaqueRanges(text, i, this.runStop, steps);
        this.next = 0;
      }
      const wordStart = isWordChar(c) && (i === boundary || !isWordChar(text.charCodeAt(i - 1)));
      let wordStop = i;
      if (wordStart) {
        while (wordStop < n && isWordChar(text.charCodeAt(wordStop))) wordStop++;
        steps.count += wordStop - i;
        const after = this.named(i, wordStop);
        const resume = after >= 0 ? after : this.scheme(i, wordStop);
        if (resume >= 0) {
          i = boundary = resume;
          this.skipRanges(i);
          continue;
        }
      }
      const pending = this.next < this.ranges.length;
      const start = pending ? (this.ranges[this.next] as number) : n;
      if (pending && start <= i) {
        const end = this.ranges[this.next + 1] as number;
        this.replace(Math.max(start, i), end);
        this.next += 2;
        i = boundary = end;
        continue;
      }
      // Inside a word, go to its end — unless an opaque range starts before that.
      i = wordStart ? Math.min(wordStop, start) : i + 1;
    }
    return this.finish();
  }

  /** The redacted text. (Its own method: code after a hot loop, never run before the loop is optimized, deopts it.) */
  private finish(): string {
    const text = this.text;
    if (this.emitted === 0) return text;
    return this.emitted < text.length ? this.out + text.slice(this.emitted) : this.out;
  }
}

/**
 * Redacts `text`, counting the characters read.
 *
 * @example
 * scan('userPassword=hunter2&x=1').text; // 'userPassword=[redacted]&x=1'
 */
export function scan(text: string): Scan {
  const scanner = new Scanner(text);
  const result = scanner.run();
  return { text: result, steps: scanner.steps.count };
}

/**
 * How the explorer reads what was pasted: a bare code, JSON (a vendor's raw error object), or text (the message of a
 * thrown `Error`). Total over every string; the summary names the shape it read, never the values (they may hold a
 * UserSig, a token or a password).
 */

/** What the input was read as. */
export type InputForm = 'empty' | 'code' | 'json' | 'bad-json' | 'text';

/** The value handed to `normalize`, and how it was read. */
export interface ReadInput {
  readonly form: InputForm;
  /** What `normalize` gets: a number, the parsed JSON, or an `Error` carrying the text. */
  readonly value: unknown;
  /** One line saying how the input was read, naming keys and codes but never echoing other values. */
  readonly summary: string;
}

/** The summary of empty input: what to paste. */
export const EMPTY_SUMMARY = 'nothing yet: paste a raw error, a code or a message.';

/** An integer code, as typed: Easemob and Tencent have negative ones. */
const CODE = /^-?\d+$/;

/** `TypeError: Failed to fetch`, `AbortError: …`: a thrown error's `name: message` as consoles print it. */
const NAMED_ERROR = /^([A-Z][A-Za-z]*(?:Error|Exception)): ?([\s\S]*)$/;

/** How many keys of an object the summary names. */
const MAX_KEYS = 8;

/** The keys of a JSON object, one level of nesting shown: `code, message, data {type, message}`. */
function describeKeys(value: object, depth: number): string {
  const keys = Object.keys(value);
  const shown = keys.slice(0, MAX_KEYS).map((key) => {
    const inner: unknown = (value as Record<string, unknown>)[key];
    const nested = depth > 0 && inner !== null && typeof inner === 'object' && !Array.isArray(inner);
    return nested ? `${key} {${describeKeys(inner, depth - 1)}}` : key;
  });
  return keys.length > MAX_KEYS ? `${shown.join(', ')}, … (${keys.length} keys)` : shown.join(', ');
}

/** The shape of a parsed JSON value, without its values. */
function describeJson(value: unknown): string {
  if (value === null) return 'JSON null';
  if (Array.isArray(value)) return `a JSON array of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return Object.keys(value).length === 0 ? 'an empty JSON object' : `a JSON object with ${describeKeys(value, 1)}`;
  if (typeof value === 'string') return CODE.test(value) ? `a JSON string holding the code ${value}` : 'a JSON string';
  return `a JSON ${typeof value}`;
}

/** Where `JSON.parse` stopped, from its message (which may quote the input, so only the position is kept). */
function parsePosition(error: unknown): string {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
  return position === undefined ? '' : ` at character ${Number(position) + 1}`;
}

/** Text as the message of a thrown `Error`, with its `name` when written `TypeError: …`. */
function thrown(text: string): { value: Error; name: string } {
  const named = NAMED_ERROR.exec(text);
  const error = new Error(named === null ? text : named[2]);
  if (named !== null) error.name = named[1]!;
  return { value: error, name: error.name };
}

/** Reads the explorer's input box. Never throws. */
export function readInput(input: string): ReadInput {
  const text = input.trim();
  if (text === '') return { form: 'empty', value: undefined, summary: EMPTY_SUMMARY };
  if (CODE.test(text)) {
    const code = Number(text);
    return Number.isSafeInteger(code)
      ? { form: 'code', value: code, summary: `a bare code: ${code}` }
      : { form: 'code', value: text, summary: 'a bare code (too long for a number: read as a digit string)' };
  }
  if (/^[[{"]/.test(text)) {
    try {
      const value: unknown = JSON.parse(text);
      return { form: 'json', value, summary: describeJson(value) };
    } catch (error) {
      const { value, name } = thrown(text);
      return { form: 'bad-json', value, summary: `not valid JSON${parsePosition(error)}: read as the message of a thrown ${name}` };
    }
  }
  const { value, name } = thrown(text);
  return { form: 'text', value, summary: `text: read as the message of a thrown ${name}` };
}

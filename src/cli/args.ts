/**
 * Command-line parsing on `node:util` `parseArgs`, with the two things it lacks here: negative numbers as positional
 * arguments (Easemob `-2`, Tencent `-10001`) and one-line error messages.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in how the command was called: printed on one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Longest argument echoed in an error message, in characters; longer ones are cut and end with `…`. */
export const MAX_SHOWN = 40;

/**
 * An argument as an error message echoes it: quoted, with control characters, line breaks, bidi controls and
 * backslashes escaped (`\x1b`, `\n`, `\u202e`), and cut after {@link MAX_SHOWN} characters — so that what was
 * typed (or pasted, or passed by a script) can neither drive the terminal nor flood it.
 *
 * @example
 * shown('\x1b[31mred'); // "'\\x1b[31mred'"
 */
export function shown(value: string): string {
  const chars = Array.from(value); // by code point: a cut never splits a surrogate pair
  const kept = chars.length > MAX_SHOWN ? [...chars.slice(0, MAX_SHOWN), '…'] : chars;
  const escaped = kept.map((char) => {
    if (char === '\\') return '\\\\';
    if (char === "'") return "\\'";
    if (char === '\n') return '\\n';
    if (char === '\t') return '\\t';
    if (char === '\r') return '\\r';
    const code = char.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `\\x${code.toString(16).padStart(2, '0')}`;
    if (/[\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/.test(char)) return `\\u${code.toString(16).padStart(4, '0')}`;
    return char;
  });
  return `'${escaped.join('')}'`;
}

/** Marks a negative number so that `parseArgs` does not read it as a short option. */
const NEGATIVE_MARK = '\u0000';

/** The options a command takes, in `parseArgs` terms. */
export type Options = NonNullable<ParseArgsConfig['options']>;

/** What {@link parse} gives: the options' values and the positional arguments. */
export interface Parsed {
  readonly values: { readonly [name: string]: string | boolean | undefined };
  readonly positionals: readonly string[];
}

/** Short messages for `parseArgs` errors, by code. */
function shortMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const option = /'(-[^' ]*)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) return `unknown option ${shown(option)}`;
  // Other parseArgs messages name only options the command declares; an argument they quote is escaped all the same.
  const line = message.split('\n')[0]!.replace(/\.$/, '');
  return Array.from(line, (char) => (/[\u0000-\u001f\u007f-\u009f]/.test(char) ? shown(char).slice(1, -1) : char)).join('');
}

/** Parses `argv` strictly against `options`; throws {@link UsageError}. */
export function parse(argv: readonly string[], options: Options): Parsed {
  const marked = argv.map((arg) => (/^-\d+$/.test(arg) ? `${NEGATIVE_MARK}${arg}` : arg));
  const unmark = (value: string): string => (value.startsWith(NEGATIVE_MARK) ? value.slice(1) : value);
  try {
    const { values, positionals } = parseArgs({ args: marked, options, strict: true, allowPositionals: true });
    const plain = Object.fromEntries(
      Object.entries(values).map(([name, value]) => [name, typeof value === 'string' ? unmark(value) : value]),
    ) as Parsed['values'];
    return { values: plain, positionals: positionals.map(unmark) };
  } catch (error) {
    throw new UsageError(shortMessage(error));
  }
}

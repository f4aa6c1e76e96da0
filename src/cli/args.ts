/**
 * Command-line parsing on `node:util` `parseArgs`, with the two things it lacks here: negative numbers as positional
 * arguments (Easemob `-2`, Tencent `-10001`) and one-line error messages.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in how the command was called: printed on one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
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
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) return `unknown option '${option}'`;
  return message.split('\n')[0]!.replace(/\.$/, '');
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

/**
 * Reads the errors the React Native chat SDKs (`react-native-chat-sdk`, `react-native-agora-chat`) raise from their
 * own JavaScript. They define no code table: a native failure arrives as `{ code, description }` and is re-thrown as
 * `new ChatError(result.error)`; only a few checks in the JavaScript layer make their own `new ChatError({ code: N,
 * description: … })` (or `new ChatException(…)` for `onExcept` listeners). This reader finds every such construction
 * in the package's `src/` and fails loudly on one it cannot read, so a new SDK release with a new code shows up at once.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lineAt, packageDir, sourceFiles } from './installed.js';


/** The React Native SDK packages (pinned in package.json devDependencies), in README order. */
export const REACT_NATIVE_SDKS = ['react-native-chat-sdk', 'react-native-agora-chat'] as const;

/** One React Native SDK package's name. */
export type ReactNativeSdk = (typeof REACT_NATIVE_SDKS)[number];

/** An error the SDK's JavaScript makes with its own code. */
export interface RaisedError {
  /** The file, relative to the package folder (`src/ChatManager.ts`), and the 1-based line of `new`. */
  readonly file: string;
  readonly line: number;
  readonly kind: 'ChatError' | 'ChatException';
  readonly code: number;
  /**
   * The fixed text of the description: a string literal whole, or the literal part a template / concatenation starts
   * with (`This type is not supported. ` + the type), or the text of the `const` a bare identifier names.
   */
  readonly text: string;
}

/** A `new ChatError(x)` that passes on an error object it was given (the native `{ code, description }`). */
export interface ForwardedError {
  readonly file: string;
  readonly line: number;
  readonly kind: 'ChatError' | 'ChatException';
  /** The argument's source text (`result.error`, `e`). */
  readonly argument: string;
}

/** What one source file raises. */
export interface FileErrors {
  readonly raised: readonly RaisedError[];
  readonly forwarded: readonly ForwardedError[];
}

const NEW = /\bnew\s+(ChatError|ChatException)\s*\(/g;
const CODE = /^\s*code\s*:\s*(-?\d+)\s*,/;
const DESCRIPTION = /^\s*description\s*:\s*([\s\S]*?)\s*,?\s*$/;
const PASSED_ON = /^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)*$/;

/** The index just after the bracket that closes the one opening at `open`, skipping strings, templates, comments. */
function closing(source: string, open: number): number {
  let depth = 0;
  for (let index = open; index < source.length; index++) {
    const char = source[index]!;
    if (char === '"' || char === "'" || char === '`') {
      index = stringEnd(source, index);
      continue;
    }
    if (char === '/' && source[index + 1] === '/') {
      index = source.indexOf('\n', index);
      if (index === -1) break;
      continue;
    }
    if (char === '/' && source[index + 1] === '*') {
      index = source.indexOf('*/', index + 2) + 1;
      if (index === 0) break;
      continue;
    }
    if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char) && --depth === 0) return index + 1;
  }
  throw new Error(`unbalanced bracket at ${open}`);
}

/** The index of the quote that ends the string / template opening at `open` (`${…}` inside a template included). */
function stringEnd(source: string, open: number): number {
  const quote = source[open]!;
  for (let index = open + 1; index < source.length; index++) {
    const char = source[index]!;
    if (char === '\\') index++;
    else if (char === quote) return index;
    else if (quote === '`' && char === '$' && source[index + 1] === '{') index = closing(source, index + 1) - 1;
  }
  throw new Error(`unterminated string at ${open}`);
}

/** The literal text an expression starts with: `'a'`, `` `a ${b}` `` (→ `a `), `'a' + b` (→ `a`); undefined otherwise. */
function leadingText(expression: string): string | undefined {
  const first = expression.trimStart();
  const quote = first[0];
  if (quote !== '"' && quote !== "'" && quote !== '`') return undefined;
  const body = first.slice(1, stringEnd(first, 0));
  const text = quote === '`' ? body.split('${')[0]! : body;
  return text.replace(/\\(['"`\\])/g, '$1').replace(/\\n/g, '\n');
}

/** The text of `const name = <literal> (+ …)` in `source`, or undefined. */
function constantText(source: string, name: string): string | undefined {
  const declaration = new RegExp(`\\bconst\\s+${name.replace(/\$/g, '\\$')}\\s*=\\s*`).exec(source);
  return declaration === null ? undefined : leadingText(source.slice(declaration.index + declaration[0].length));
}

/** Every `new ChatError(…)` / `new ChatException(…)` of one source file; throws on one it cannot read. */
export function readRaisedErrors(source: string, file: string): FileErrors {
  const raised: RaisedError[] = [];
  const forwarded: ForwardedError[] = [];
  for (const match of source.matchAll(NEW)) {
    const kind = match[1] as 'ChatError' | 'ChatException';
    const open = match.index + match[0].length - 1;
    const argument = source.slice(open + 1, closing(source, open) - 1).trim();
    const line = lineAt(source, match.index);
    const where = `${file}:${line}`;
    if (PASSED_ON.test(argument)) {
      forwarded.push({ file, line, kind, argument });
      continue;
    }
    if (!argument.startsWith('{') || !argument.endsWith('}')) throw new Error(`${where}: new ${kind}(${argument}) is neither an object literal nor a passed-on error`);
    const body = argument.slice(1, -1);
    const code = CODE.exec(body);
    if (code === null) throw new Error(`${where}: new ${kind}({…}) without a numeric \`code\` first: ${argument}`);
    const description = DESCRIPTION.exec(body.slice(code[0].length));
    if (description === null) throw new Error(`${where}: new ${kind}({…}) without a \`description\` after the code: ${argument}`);
    const expression = description[1]!;
    const text = PASSED_ON.test(expression) ? constantText(source, expression) : leadingText(expression);
    if (text === undefined) throw new Error(`${where}: cannot read the description ${expression}`);
    raised.push({ file, line, kind, code: Number(code[1]), text });
  }
  return { raised, forwarded };
}

/** Everything an installed React Native SDK's JavaScript raises. */
export interface ReactNativeErrors extends FileErrors {
  readonly name: ReactNativeSdk;
  readonly version: string;
}

/** Reads every source file of an installed React Native SDK package (Node only: it reads `node_modules`). */
export function loadReactNativeErrors(name: ReactNativeSdk): ReactNativeErrors {
  const dir = packageDir(name);
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const raised: RaisedError[] = [];
  const forwarded: ForwardedError[] = [];
  for (const path of sourceFiles(join(dir, 'src'), '.ts')) {
    const found = readRaisedErrors(readFileSync(path, 'utf8'), relative(dir, path).split('\\').join('/'));
    raised.push(...found.raised);
    forwarded.push(...found.forwarded);
  }
  return { name, version, raised, forwarded };
}

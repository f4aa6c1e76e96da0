/**
 * Reads the codes JMessage's React Native plugin (`jmessage-react-plugin`) makes itself. The plugin passes the native
 * SDKs' failures on as `{ code, description }` (the SDK's own code), but fails some calls before they reach the SDK
 * with small codes of its own: Android `JMessageModule.java` names them `ERR_CODE_*` and reports them through
 * `handleError(fail, ERR_CODE_X, text)`; iOS `RCTJMessageModule.m` writes `@{@"code": @(n), @"description": …}` or
 * `[NSError errorWithDomain:@"…" code:n …]`. This reader finds every such place, so a plugin release with a new code
 * shows up in the conformance test at once.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lineAt, packageDir, sourceFiles } from './installed.js';

/** One code the plugin raises, where, and with what text. */
export interface PluginError {
  readonly platform: 'android' | 'ios';
  /** The file, relative to the package folder, and the 1-based line. */
  readonly file: string;
  readonly line: number;
  readonly code: number;
  /** The description: a string literal's text, a named constant's text, or the expression's source (`throwable.getMessage()`). */
  readonly text: string;
}


/** Every constant `private static final <type> NAME = value;` of a Java file, as source text. */
function javaConstants(source: string): Map<string, string> {
  return new Map([...source.matchAll(/static final (?:int|String) (\w+) = ([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** A description argument as text: a literal's content, a constant's value, else the expression itself. */
function describeArgument(argument: string, constants: ReadonlyMap<string, string>): string {
  const trimmed = argument.trim();
  const literal = /^@?"((?:[^"\\]|\\.)*)"/.exec(trimmed);
  if (literal) return literal[1]!;
  const named = /^(\w+)/.exec(trimmed)?.[1];
  const value = named === undefined ? undefined : constants.get(named);
  if (value !== undefined && trimmed === named) return describeArgument(value, constants);
  if (value !== undefined) return `${describeArgument(value, constants)}${trimmed.slice(named!.length)}`;
  return trimmed;
}

function readAndroid(folder: string): PluginError[] {
  return sourceFiles(join(folder, 'android'), '.java').flatMap((path) => {
    const source = readFileSync(path, 'utf8');
    const constants = javaConstants(source);
    return [...source.matchAll(/handleError\(\s*\w+,\s*(ERR_CODE_\w+),\s*([\s\S]*?)\);/g)].map((m) => {
      const code = Number(constants.get(m[1]!));
      if (!Number.isInteger(code)) throw new Error(`${relative(folder, path)}: ${m[1]} has no integer value`);
      return { platform: 'android', file: relative(folder, path), line: lineAt(source, m.index), code, text: describeArgument(m[2]!, constants) } as const;
    });
  });
}

function readIos(folder: string): PluginError[] {
  return sourceFiles(join(folder, 'ios'), '.m').flatMap((path) => {
    const source = readFileSync(path, 'utf8');
    const literals = [...source.matchAll(/@"code":\s*@\((-?\d+)\),\s*@"description":\s*(@"(?:[^"\\]|\\.)*"|\w+)/g)].map((m) => ({
      index: m.index,
      code: Number(m[1]),
      text: describeArgument(m[2]!, new Map()),
    }));
    const errors = [...source.matchAll(/errorWithDomain:\s*(@"(?:[^"\\]|\\.)*")\s*code:\s*(-?\d+)/g)].map((m) => ({
      index: m.index,
      code: Number(m[2]),
      text: describeArgument(m[1]!, new Map()),
    }));
    return [...literals, ...errors].map(({ index, code, text }) => ({ platform: 'ios', file: relative(folder, path), line: lineAt(source, index), code, text }) as const);
  });
}

/**
 * Every code the installed plugin raises itself, on both platforms.
 *
 * @example
 * readPluginErrors().filter((e) => e.platform === 'ios').map((e) => e.code); // [1, 1, 2, 1, …]
 */
export function readPluginErrors(folder: string = packageDir('jmessage-react-plugin')): PluginError[] {
  return [...readAndroid(folder), ...readIos(folder)];
}

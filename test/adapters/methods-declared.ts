/** Reads the methods a vendor SDK's `.d.ts` declares on its client class, with what each returns. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The methods of the class at `classPattern` in the `.d.ts` at `path` (resolved from node_modules), each with
 * whether it returns a Promise (`undefined` when the declaration gives no return type). Members are found by
 * indentation (`indent` + name + `(`) up to the class's `closing` line; signatures may span lines.
 */
export function declaredMethods(path: string, classPattern: RegExp, indent: string, closing: string): Map<string, boolean | undefined> {
  const lines = readFileSync(require.resolve(path), 'utf8').split(/\r?\n/);
  const start = lines.findIndex((line) => classPattern.test(line));
  if (start === -1) throw new Error(`class not found in ${path}`);
  const methods = new Map<string, boolean | undefined>();
  const member = new RegExp(`^${indent}(?:private )?([a-zA-Z]+)(?:<[^(]*>)?\\(`);
  for (let index = start + 1; index < lines.length && lines[index] !== closing; index++) {
    const name = member.exec(lines[index] ?? '')?.[1];
    if (name === undefined || name === 'constructor') continue;
    let end = index;
    while (end < lines.length - 1 && lines[end + 1] !== closing && !/\)\s*:\s*[^,]+;?\s*$/.test(lines[end] ?? '')) end++;
    const returns = /\)\s*:\s*(.+?);?\s*$/.exec(lines[end] ?? '')?.[1];
    const promise = returns === undefined ? undefined : returns.includes('Promise');
    methods.set(name, methods.get(name) === true || promise);
  }
  return methods;
}

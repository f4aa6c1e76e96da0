/** The relative module specifiers a built `.js` or `.d.ts` file imports: the edges of the shipped import graph. */

const PATTERNS: readonly RegExp[] = [
  /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/g, // import x from './a.js', export * from './b.js'
  /\bimport\s*['"](\.{1,2}\/[^'"]+)['"]/g, // import './side-effect.js'
  /\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g, // import('./lazy.js'), and type imports in .d.ts
  /\brequire\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g, // require('./a.js'): the CommonJS build
];

/** Every relative specifier (`./x.js`, `../y/z.js`) in `text`, deduplicated, in order of first appearance. */
export function relativeImports(text: string): string[] {
  const found = new Set<string>();
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      if (match[1] !== undefined) found.add(match[1]);
    }
  }
  return [...found];
}

/** `specifier` resolved against the file `from` (both `/`-separated, relative to the package root). */
export function resolveRelative(from: string, specifier: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** The declaration file tsc emits beside a `.js` module (`a/b.js` → `a/b.d.ts`). */
export const declarationOf = (file: string): string => file.replace(/\.js$/, '.d.ts');

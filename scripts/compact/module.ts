/**
 * Writes a table module anew in the compact form: its exported values (as loaded from the built module) serialised
 * as plain literals, except each code table (`decodeCodes(E, "…")`) and each mapping entry (`E[i]`, an index into the
 * module's pool of distinct entries, most used first, decoded once at load). A value that is an export of a module the original
 * imports (the core's `UNMAPPED`, Easemob's native tables) stays an import, and one that is another export of the
 * same module a reference to it, so identity and tree-shaking stay as they were.
 */
import { EntryPool, encodeCodes, isCodeTable, isEntry } from './encode.js';

/** A module the original imports, and what it exports. */
export interface ImportedModule {
  readonly from: string;
  readonly exports: { readonly [name: string]: unknown };
}

/** What the compact module needs to know. */
export interface CompactInput {
  /** The module's exports, in order, as the original module gives them. */
  readonly exports: { readonly [name: string]: unknown };
  /** The modules it imports. */
  readonly imports: readonly ImportedModule[];
  /** The specifier of `src/compact.js` from the module. */
  readonly decoder: string;
  /** A first line saying what the file is. */
  readonly banner: string;
}

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

/**
 * The source of the compact module. It is written twice: the first time counts how often each entry is used, the
 * second writes it with the pool ranked by those counts.
 */
export function compactModule(input: CompactInput): string {
  const counting = new EntryPool();
  render(input, counting);
  return render(input, counting.ranked());
}

function render({ exports, imports, decoder, banner }: CompactInput, pool: EntryPool): string {
  const imported = new Map<object, { from: string; name: string }>();
  for (const { from, exports: theirs } of imports) {
    for (const [name, value] of Object.entries(theirs)) if (isObject(value) && !imported.has(value)) imported.set(value, { from, name });
  }
  const siblings = new Map<object, string>();
  for (const [name, value] of Object.entries(exports)) if (isObject(value) && !siblings.has(value)) siblings.set(value, name);
  const usedImports = new Map<string, Set<string>>();
  let decodesCodes = false;

  const serialize = (value: unknown, self: string, deps: Set<string>, top: boolean): string => {
    if (isObject(value)) {
      const from = imported.get(value);
      if (from !== undefined) {
        const names = usedImports.get(from.from) ?? new Set<string>();
        names.add(from.name);
        usedImports.set(from.from, names);
        return from.name;
      }
      const sibling = siblings.get(value);
      if (!top && sibling !== undefined && sibling !== self) {
        deps.add(sibling);
        return sibling;
      }
      if (isEntry(value)) return `E[${pool.indexOf(value)}]`;
      if (isCodeTable(value)) {
        decodesCodes = true;
        return `/* @__PURE__ */ decodeCodes(E, ${JSON.stringify(encodeCodes(value, pool))})`;
      }
      if (Array.isArray(value)) return `[${value.map((item: unknown) => serialize(item, self, deps, false)).join(', ')}]`;
      if (Object.getPrototypeOf(value) !== Object.prototype) throw new TypeError(`compact: ${self} holds an object that is not plain data`);
      const fields = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${serialize(item, self, deps, false)}`);
      return `{ ${fields.join(', ')} }`;
    }
    if (value === undefined) return 'void 0';
    if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
    if (typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0)) return String(value);
    throw new TypeError(`compact: ${self} holds a value that is not plain data: ${String(value)}`);
  };

  const bodies = new Map<string, { text: string; deps: Set<string> }>();
  for (const [name, value] of Object.entries(exports)) {
    const deps = new Set<string>();
    bodies.set(name, { text: serialize(value, name, deps, true), deps });
  }
  // Exports in an order where each comes after the siblings it refers to.
  const ordered: string[] = [];
  const visit = (name: string, path: readonly string[]): void => {
    if (ordered.includes(name)) return;
    if (path.includes(name)) throw new TypeError(`compact: exports refer to each other in a cycle: ${[...path, name].join(' → ')}`);
    for (const dep of bodies.get(name)?.deps ?? []) visit(dep, [...path, name]);
    ordered.push(name);
  };
  for (const name of bodies.keys()) visit(name, []);

  const decoders = [...(pool.size > 0 ? ['decodeEntries'] : []), ...(decodesCodes ? ['decodeCodes'] : [])];
  return [
    banner,
    ...(decoders.length > 0 ? [`import { ${decoders.join(', ')} } from ${JSON.stringify(decoder)};`] : []),
    ...[...usedImports].map(([from, names]) => `import { ${[...names].join(', ')} } from ${JSON.stringify(from)};`),
    ...(pool.size > 0 ? [`const E = /* @__PURE__ */ decodeEntries(${JSON.stringify(pool.encode())});`] : []),
    ...ordered.map((name) => `export const ${name} = ${bodies.get(name)!.text};`),
    '',
  ].join('\n');
}

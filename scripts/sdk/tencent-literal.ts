/**
 * Reads Tencent's web SDK code table out of its minified bundle. The table is not exported: it is an object literal
 * of `NAME:number` pairs (`{NO_SDKAPPID:2e3,NO_ACCOUNT_TYPE:2001,…}`) somewhere in `index.js`. Every literal that
 * holds the anchor key is read pair by pair, and anything in it that is not a `NAME: number` pair fails loudly rather
 * than being skipped.
 */

/** The key that marks the code table (the first code of every Tencent web SDK so far). */
export const TENCENT_ANCHOR = 'NO_SDKAPPID';

/** A key (bare or quoted), a colon, a numeric literal (decimal, exponent, hex), then `,` or `}`. */
const PAIR = /\s*(?:([A-Za-z_$][\w$]*)|"([^"\\]*)"|'([^'\\]*)')\s*:\s*(-?(?:0[xX][0-9a-fA-F]+|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?))\s*([,}])/y;

/** Reads the pairs of the object literal that opens at `open` (the index of its `{`); throws on anything else. */
function readLiteral(source: string, open: number): Array<[string, number]> {
  const pairs: Array<[string, number]> = [];
  PAIR.lastIndex = open + 1;
  for (;;) {
    const at = PAIR.lastIndex;
    const match = PAIR.exec(source);
    if (match === null) throw new Error(`code table at ${open}: not a NAME:number pair at ${at}: ${source.slice(at, at + 60)}`);
    const name = match[1] ?? match[2] ?? match[3]!;
    const code = Number(match[4]);
    if (!Number.isSafeInteger(code)) throw new Error(`code table at ${open}: ${name} is not an integer (${match[4]})`);
    pairs.push([name, code]);
    if (match[5] === '}') return pairs;
  }
}

/** The index of the `{` that opens the literal in which a key starts at `key`, or undefined when `key` is no key. */
function literalStart(source: string, key: number): number | undefined {
  let before = key - 1;
  while (before >= 0 && /\s/.test(source[before]!)) before--;
  if (source[before] === '{') return before;
  if (source[before] !== ',') return undefined; // `k.NO_SDKAPPID:` in a ternary, a property read…
  // Walk back over the preceding pairs to the literal's `{`; give up at anything a pair cannot contain.
  for (let index = before - 1; index >= 0; index--) {
    const char = source[index]!;
    if (char === '{') return index;
    if (!/[\w$:,.\s"'+-]/.test(char)) return undefined;
  }
  return undefined;
}

/**
 * Every `NAME → code` of the code-table literals in `source` (those holding {@link TENCENT_ANCHOR} as a key). Throws
 * when there is none, or when two literals disagree on a name.
 */
export function readTencentCodeTable(source: string): Map<string, number> {
  const table = new Map<string, number>();
  let found = 0;
  for (let key = source.indexOf(`${TENCENT_ANCHOR}`); key !== -1; key = source.indexOf(TENCENT_ANCHOR, key + 1)) {
    const after = source.slice(key + TENCENT_ANCHOR.length).trimStart();
    if (!after.startsWith(':')) continue;
    const open = literalStart(source, key);
    if (open === undefined) continue;
    found++;
    for (const [name, code] of readLiteral(source, open)) {
      const known = table.get(name);
      if (known !== undefined && known !== code) throw new Error(`${name} is ${known} in one code table and ${code} in another`);
      table.set(name, code);
    }
  }
  if (found === 0) throw new Error(`no object literal with the key ${TENCENT_ANCHOR} found`);
  return table;
}

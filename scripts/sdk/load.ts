/**
 * Reads an installed SDK package's code table at run time (Node only: it reads `node_modules`). Nothing here is
 * copied from a reference file: the package itself is read, so a new SDK release with new codes shows up at once.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { SdkPackage } from './packages.js';
import { readTencentCodeTable } from './tencent-literal.js';
import { packageDir } from './installed.js';

const require = createRequire(import.meta.url);

/** A package's codes: every number, with the constant names the package gives it (Easemob's 0 has two). */
export interface SdkCodes {
  readonly name: string;
  readonly version: string;
  readonly codes: ReadonlyMap<number, readonly string[]>;
}

function addName(codes: Map<number, string[]>, code: number, name: string): void {
  const names = codes.get(code) ?? [];
  if (!names.includes(name)) names.push(name);
  codes.set(code, names);
}

/**
 * Loads a UMD bundle that expects a browser's `self` and returns its exports; the global is removed again after.
 * Easemob's and Agora's bundles start nothing on load (the 60 s timer starts in `new connection()`).
 */
function requireWithSelf(name: string): unknown {
  const global = globalThis as { self?: unknown };
  const had = 'self' in global;
  const saved = global.self;
  if (!had) global.self = globalThis;
  try {
    return require(name) as unknown;
  } finally {
    if (!had) delete global.self;
    else global.self = saved;
  }
}

/** The numeric members of a TypeScript numeric enum object (which also maps numbers back to names). */
function enumCodes(statusCode: unknown): Map<number, string[]> {
  if (statusCode === null || typeof statusCode !== 'object') throw new Error('statusCode is not an object');
  const codes = new Map<number, string[]>();
  for (const [name, value] of Object.entries(statusCode)) {
    if (typeof value === 'number') addName(codes, value, name);
  }
  return codes;
}

/** Reads the code table of one installed SDK package. */
export function loadSdkCodes(sdk: SdkPackage): SdkCodes {
  const dir = packageDir(sdk.name);
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const codes = new Map<number, string[]>();
  if (sdk.source.kind === 'bundle-literal') {
    for (const file of sdk.source.files) {
      for (const [name, code] of readTencentCodeTable(readFileSync(join(dir, file), 'utf8'))) addName(codes, code, name);
    }
  } else {
    const exports = requireWithSelf(sdk.name) as { statusCode?: unknown; default?: { statusCode?: unknown } };
    for (const [code, names] of enumCodes(exports.statusCode ?? exports.default?.statusCode)) {
      for (const name of names) addName(codes, code, name);
    }
  }
  return { name: sdk.name, version, codes };
}

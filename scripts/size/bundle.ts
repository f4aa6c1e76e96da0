/**
 * Bundles one consumer file the way an app's bundler would, for the browser: esbuild, minified, ESM, `im-errors/*`
 * resolved through the package's own `exports` map (the consumer is placed at the repository root, so esbuild
 * resolves the package's self-reference into `dist/`). Measures the output raw and gzipped (level 9), and records
 * what went in, which Node built-in modules were asked for, and which Node globals the code reads.
 */
import { isBuiltin } from 'node:module';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { NODE_GLOBALS } from './allowances.js';

/** A Node built-in module something in the bundle imports, and the file that imports it. */
export interface BuiltinImport {
  readonly module: string;
  readonly importer: string;
}

/** One bundled consumer: its sizes and what is in it. */
export interface Bundled {
  /** The minified output. */
  readonly code: string;
  /** Minified output, in bytes. */
  readonly minBytes: number;
  /** The minified output gzipped at level 9, in bytes. */
  readonly gzipBytes: number;
  /**
   * Every file whose code is in the output, relative to the repository root (`dist/src/imerror.js`,
   * `node_modules/ts-pattern/…`), with its bytes in the minified output. A file the bundler read but shook out
   * entirely (an unused table of a module whose other export is used) is not in it.
   */
  readonly inputs: { readonly [file: string]: number };
  /** Node built-in modules (`node:fs`, `fs`…) something asked for; kept out of the bundle so that it still builds. */
  readonly builtinImports: readonly BuiltinImport[];
  /** Node globals ({@link NODE_GLOBALS}) the bundled code reads as free variables. */
  readonly nodeGlobals: readonly string[];
}

/** Marks imports of Node built-ins external, so that a bundle asking for one builds and the metafile records it. */
const keepBuiltinsOut: Plugin = {
  name: 'keep-node-builtins-out',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, ({ path }) => (isBuiltin(path) ? { path, external: true } : undefined));
  },
};

/** The identifier a free Node global becomes in the second build: no real code spells it. */
const marker = (name: string): string => `__im_errors_size_free_${name}__`;

/** The name the consumer module goes by in the metafile. */
const CONSUMER = '<stdin>';

function options(source: string, root: string): BuildOptions & { write: false } {
  return {
    stdin: { contents: source, resolveDir: root, loader: 'js' },
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    plugins: [keepBuiltinsOut],
  };
}

/** The files with code in the output (the consumer itself aside), and their bytes there. */
function shippedInputs(metafile: Metafile): { [file: string]: number } {
  const inputs = Object.values(metafile.outputs).flatMap((output) => Object.entries(output.inputs));
  return Object.fromEntries(
    inputs
      .filter(([file, { bytesInOutput }]) => bytesInOutput > 0 && file !== CONSUMER)
      .map(([file, { bytesInOutput }]) => [file, bytesInOutput]),
  );
}

/** The built-in imports the metafile records — from every file read, shaken out or not — by importer. */
function builtinImportsOf(metafile: Metafile): BuiltinImport[] {
  return Object.entries(metafile.inputs).flatMap(([importer, input]) =>
    input.imports.filter((found) => found.external === true && isBuiltin(found.path)).map((found) => ({ module: found.path, importer })),
  );
}

/**
 * The Node globals read as free variables. esbuild's `define` replaces exactly the free references to a global —
 * not a local variable of that name, a property (`options.process`), a string or a longer word (`processing`) —
 * so the globals are renamed to markers in a second build and the markers looked for.
 */
async function nodeGlobalsIn(source: string, root: string): Promise<string[]> {
  const define = Object.fromEntries(NODE_GLOBALS.map((name) => [name, marker(name)]));
  const { outputFiles } = await build({ ...options(source, root), define });
  const text = outputFiles.map((file) => file.text).join('\n');
  return NODE_GLOBALS.filter((name) => text.includes(marker(name)));
}

/** Bundles `source` (an app's module importing `im-errors/…`) from `root`, the repository root. */
export async function bundle(source: string, root: string): Promise<Bundled> {
  const { outputFiles, metafile } = await build({ ...options(source, root), minify: true, metafile: true });
  const output = outputFiles[0]?.contents ?? new Uint8Array();
  return {
    code: new TextDecoder().decode(output),
    minBytes: output.byteLength,
    gzipBytes: gzipSync(output, { level: 9 }).byteLength,
    inputs: shippedInputs(metafile),
    builtinImports: builtinImportsOf(metafile),
    nodeGlobals: await nodeGlobalsIn(source, root),
  };
}

/**
 * `npm run explorer [-- --port N]`: bundles the explorer page and serves it on 127.0.0.1, printing
 * `im-errors explorer: http://127.0.0.1:PORT/`. The port comes from `--port`, else `$PORT`, else 4173; 0 takes any
 * free port. Stops on Ctrl-C.
 */
import { pathToFileURL } from 'node:url';
import { UsageError, parse } from '../../src/cli/args.js';
import { bundleExplorer, DEFAULT_OUT_DIR } from './bundle.js';
import { DEFAULT_PORT, serveExplorer, type ExplorerServer } from './serve.js';

/** The help text. */
export const USAGE = `Usage: npm run explorer [-- --port <port>]
  Bundles the error-code explorer into dist/explorer/ and serves it on 127.0.0.1.
  The port is --port, else $PORT, else ${DEFAULT_PORT}; 0 takes any free port.`;

/** The port asked for: `--port`, else `$PORT`, else the default; throws {@link UsageError} for anything but 0–65535. */
export function portOf(argv: readonly string[], env: { readonly PORT?: string | undefined }): number {
  const { values, positionals } = parse(argv, { port: { type: 'string' } });
  if (positionals.length > 0) throw new UsageError(`the explorer takes no arguments, got '${positionals[0]}'`);
  const text = typeof values.port === 'string' ? values.port : (env.PORT ?? String(DEFAULT_PORT));
  const port = Number(text);
  if (!/^\d{1,5}$/.test(text) || port > 65535) throw new UsageError(`the port must be an integer from 0 to 65535, not '${text}'`);
  return port;
}

/** Bundles and serves the page; prints the address through `log`. */
export async function startExplorer(
  argv: readonly string[],
  env: { readonly PORT?: string | undefined },
  log: (line: string) => void,
  outDir: string = DEFAULT_OUT_DIR,
): Promise<ExplorerServer> {
  const port = portOf(argv, env);
  const bundled = await bundleExplorer(outDir);
  const server = await serveExplorer({ root: bundled.outDir, port });
  log(`im-errors explorer: ${server.url}`);
  return server;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) return void process.stdout.write(`${USAGE}\n`);
  try {
    const server = await startExplorer(argv, process.env, (line) => process.stdout.write(`${line}\n`));
    const stop = (): void => void server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    const { code, port } = (error ?? {}) as { code?: unknown; port?: unknown };
    if (error instanceof UsageError) process.stderr.write(`im-errors explorer: ${error.message}\n${USAGE}\n`);
    else if (code === 'EADDRINUSE') process.stderr.write(`im-errors explorer: port ${String(port)} is in use; try npm run explorer -- --port 0\n`);
    else throw error;
    process.exitCode = error instanceof UsageError ? 2 : 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main();
}

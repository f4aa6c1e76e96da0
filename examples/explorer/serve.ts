/**
 * A static file server for the explorer, on `node:http` alone: GET and HEAD of the files in one folder, bound to
 * 127.0.0.1. A content security policy keeps the page to its own origin (no CDN, nothing sent out).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

/** Content types of the files the page is made of. */
const CONTENT_TYPES: { readonly [extension: string]: string } = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Headers on every answer. */
const HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
} as const;

/** Where the explorer listens unless told otherwise. */
export const DEFAULT_PORT = 4173;

/** The host the explorer binds to: this machine only. */
export const HOST = '127.0.0.1';

/** Options of {@link serveExplorer}. */
export interface ServeOptions {
  /** The folder to serve (`dist/explorer/` after {@link bundleExplorer}). */
  readonly root: string;
  /** The port; 0 takes any free one. Default {@link DEFAULT_PORT}. */
  readonly port?: number;
}

/** A running explorer server. */
export interface ExplorerServer {
  /** `http://127.0.0.1:PORT/`. */
  readonly url: string;
  readonly port: number;
  /** Stops listening and ends open connections. */
  close(): Promise<void>;
}

/** The file a request path names inside `root`, or undefined when it names none or tries to leave `root`. */
export function fileFor(root: string, url: string | undefined): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url ?? '/', 'http://explorer.invalid').pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
  return file.startsWith(root + sep) ? file : undefined;
}

function answer(response: ServerResponse, status: number, type: string, body: Buffer | string, head: boolean): void {
  response.writeHead(status, { ...HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  response.end(head ? undefined : body);
}

async function handle(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const head = request.method === 'HEAD';
  if (request.method !== 'GET' && !head) {
    response.setHeader('Allow', 'GET, HEAD');
    return answer(response, 405, CONTENT_TYPES['.txt']!, 'Method Not Allowed\n', false);
  }
  const file = fileFor(root, request.url);
  const found = file === undefined ? undefined : await stat(file).catch(() => undefined);
  if (file === undefined || found === undefined || !found.isFile()) return answer(response, 404, CONTENT_TYPES['.txt']!, 'Not Found\n', head);
  const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
  return answer(response, 200, type, await readFile(file), head);
}

/** Serves the files of `root` on 127.0.0.1; resolves once listening (rejects if the port is taken). */
export function serveExplorer(options: ServeOptions): Promise<ExplorerServer> {
  const root = resolve(options.root);
  const server = createServer((request, response) => {
    handle(root, request, response).catch(() => {
      if (!response.headersSent) answer(response, 500, CONTENT_TYPES['.txt']!, 'Internal Server Error\n', false);
      else response.destroy();
    });
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? DEFAULT_PORT, HOST, () => {
      server.off('error', fail);
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      done({
        url: `http://${HOST}:${port}/`,
        port,
        close: () =>
          new Promise((closed, failed) => {
            server.close((error) => (error === undefined ? closed() : failed(error)));
            server.closeAllConnections();
          }),
      });
    });
  });
}

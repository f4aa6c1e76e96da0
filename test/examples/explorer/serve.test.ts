/** The explorer's static server: the folder's files on 127.0.0.1, nothing outside it, a policy keeping the page local. */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, it } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { fileFor, serveExplorer, type ExplorerServer } from '../../../examples/explorer/serve.js';

let root: string;
let server: ExplorerServer;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'im-errors-serve-'));
  await mkdir(join(root, 'sub'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>x</title>');
  await writeFile(join(root, 'app.js'), 'export {};');
  await writeFile(join(root, 'sub', 'index.html'), 'sub');
  server = await serveExplorer({ root, port: 0 });
});

afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

describe('serveExplorer', () => {
  it('listens on 127.0.0.1 at the port given (0: any free one) and says where', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves the page with its type, no caching, and a policy that keeps it to its own origin', async () => {
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'self';/);
    expect(await response.text()).toBe('<!doctype html><title>x</title>');
    const script = await fetch(`${server.url}app.js`);
    expect([script.status, script.headers.get('content-type')]).toEqual([200, 'text/javascript; charset=utf-8']);
    expect(await (await fetch(`${server.url}sub/`)).text()).toBe('sub');
  });

  it('answers HEAD without a body, other methods with 405, missing files and folders with 404', async () => {
    const head = await fetch(server.url, { method: 'HEAD' });
    expect([head.status, await head.text()]).toEqual([200, '']);
    const post = await fetch(server.url, { method: 'POST', body: 'x' });
    expect([post.status, post.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
    expect((await fetch(`${server.url}missing.js`)).status).toBe(404);
    expect((await fetch(`${server.url}sub`)).status).toBe(404);
  });

  it('rejects a port already taken', async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const address = blocker.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    await expect(serveExplorer({ root, port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    await new Promise((done) => blocker.close(done));
  });
});

describe('fileFor', () => {
  it.each(['/../secret', '/%2e%2e/secret', '/sub/../../secret', '/..%5csecret'])('keeps %j inside the folder', (url) => {
    expect(fileFor(root, url)?.startsWith(`${root}/`) ?? true).toBe(true);
  });

  it.each(['/%2e%2e%2fsecret', '/sub/%2e%2e%2f%2e%2e%2fsecret', '/%00', '/%E0%A4%A'])('names no file for %j (an escape, a NUL, bad encoding)', (url) => {
    expect(fileFor(root, url)).toBeUndefined();
  });

  it.prop([fc.webPath(), fc.string({ maxLength: 40 })])('never names a file outside the folder, whatever the path', (path, tail) => {
    for (const url of [path, `/${tail}`, `/${encodeURIComponent(tail)}`, `/..${path}`]) {
      const file = fileFor(root, url);
      if (file !== undefined) expect(file.startsWith(`${root}/`)).toBe(true);
    }
  });

  it('maps / to index.html and keeps a file’s path', () => {
    expect(fileFor(root, '/')).toBe(join(root, 'index.html'));
    expect(fileFor(root, '/app.js?v=1#x')).toBe(join(root, 'app.js'));
  });
});

/** `npm run explorer`: the port it takes, the address it prints, the page it serves (in-process and as npm runs it). */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { portOf, startExplorer } from '../../../examples/explorer/main.js';
import type { ExplorerServer } from '../../../examples/explorer/serve.js';

const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const ADDRESS = /^im-errors explorer: http:\/\/127\.0\.0\.1:(\d+)\/$/;
const cleanups: Array<() => Promise<unknown>> = [];

afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

describe('portOf', () => {
  it.each([
    [[], {}, 4173],
    [['--port', '0'], {}, 0],
    [['--port', '8080'], { PORT: '9000' }, 8080],
    [[], { PORT: '9000' }, 9000],
    [['--port=65535'], {}, 65535],
  ])('%j with %j → %d', (argv, env, port) => {
    expect(portOf(argv, env)).toBe(port);
  });

  it.each([
    [['--port', 'abc'], {}, "the port must be an integer from 0 to 65535, not 'abc'"],
    [['--port', '65536'], {}, "the port must be an integer from 0 to 65535, not '65536'"],
    [['--port', '-1'], {}, "the port must be an integer from 0 to 65535, not '-1'"],
    [[], { PORT: '80.5' }, "the port must be an integer from 0 to 65535, not '80.5'"],
    [['now'], {}, "the explorer takes no arguments, got 'now'"],
    [['--host', 'x'], {}, "unknown option '--host'"],
  ])('rejects %j %j', (argv, env, message) => {
    expect(() => portOf(argv, env)).toThrow(message);
  });
});

describe('startExplorer', () => {
  it('bundles, serves on 127.0.0.1 and prints the address', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'im-errors-explorer-main-'));
    const lines: string[] = [];
    const server: ExplorerServer = await startExplorer(['--port', '0'], {}, (line) => lines.push(line), outDir);
    cleanups.push(() => server.close(), () => rm(outDir, { recursive: true, force: true }));
    expect(lines).toEqual([`im-errors explorer: ${server.url}`]);
    expect(lines[0]).toMatch(ADDRESS);
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>im-errors explorer</title>');
    expect((await fetch(`${server.url}app.js`)).status).toBe(200);
  }, 60_000);

  it('runs as `npm run explorer` runs it: the built script prints the address and serves until stopped', async () => {
    const child = spawn(process.execPath, [join(root, 'dist/examples/explorer/main.js')], {
      cwd: root,
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<number | null>((done) => child.once('exit', done));
    cleanups.push(async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    });
    const [first] = await Promise.race([
      createInterface({ input: child.stdout })[Symbol.asyncIterator]().next().then(({ value }) => [value as string | undefined]),
      exited.then((code) => [`exited with ${code}`]),
    ]);
    expect(first).toMatch(ADDRESS);
    const port = ADDRESS.exec(first ?? '')![1];
    expect((await fetch(`http://127.0.0.1:${port}/style.css`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);

  it('says so, and exits 1, when the port is taken; exits 2 on a bad port', async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const address = blocker.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const script = join(root, 'dist/examples/explorer/main.js');
    const taken = spawnSync(process.execPath, [script, '--port', String(port)], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    await new Promise((done) => blocker.close(done));
    expect([taken.status, taken.stdout, taken.stderr]).toEqual([1, '', `im-errors explorer: port ${port} is in use; try npm run explorer -- --port 0\n`]);
    const bad = spawnSync(process.execPath, [script, '--port', 'x'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect([bad.status, bad.stderr.split('\n')[0]]).toEqual([2, "im-errors explorer: the port must be an integer from 0 to 65535, not 'x'"]);
  }, 60_000);
});

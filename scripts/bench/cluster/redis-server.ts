/**
 * A redis-server of the cluster benchmark's own, on a free loopback port, no persistence: the bench stops it mid-run
 * (SIGTERM, as an operator's restart does) and starts it again on the same port, so it never uses a shared server.
 * The binary is `redis-server` on the PATH, or IM_ERRORS_REDIS_SERVER.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

const BINARY = process.env.IM_ERRORS_REDIS_SERVER ?? 'redis-server';

/** True when the binary can be started here. */
export const redisServerAvailable = (): boolean => spawnSync(BINARY, ['--version'], { stdio: 'ignore' }).status === 0;

/** A running server: its URL, `stop` (by its PID) and `start` again on the same port. */
export interface BenchRedis {
  readonly url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function launch(port: number): Promise<ChildProcess> {
  const child = spawn(BINARY, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'ignore'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server on ${port} did not start`)), 5000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`redis-server on ${port} exited`));
    });
  });
}

/** Starts a server on a free loopback port. */
export async function startBenchRedis(): Promise<BenchRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined = await launch(port);
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      const running = child;
      child = undefined;
      if (running === undefined || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGTERM');
      await exited;
    },
    async start() {
      child ??= await launch(port);
    },
  };
}

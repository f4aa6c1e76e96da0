/**
 * Starting a `redis-server` of one's own on a loopback port, no persistence: the one way the cluster benchmark
 * (`scripts/bench/cluster/redis-server.ts`) and the Redis fault tests (`test/support/redis.ts`) start theirs. The
 * binary is `redis-server` on the PATH, or IM_ERRORS_REDIS_SERVER.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** The binary started. */
export const REDIS_SERVER = process.env.IM_ERRORS_REDIS_SERVER ?? 'redis-server';

/** True when the binary can be started here. */
export const redisServerAvailable = (): boolean => spawnSync(REDIS_SERVER, ['--version'], { stdio: 'ignore' }).status === 0;

/** A free loopback port. */
export function freePort(): Promise<number> {
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

/** Starts a server on `port` of 127.0.0.1 and resolves once it accepts connections (5 s at most). */
export function launchRedisServer(port: number, extraArgs: readonly string[] = []): Promise<ChildProcess> {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...extraArgs];
  const child = spawn(REDIS_SERVER, args, { stdio: ['ignore', 'pipe', 'ignore'] });
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

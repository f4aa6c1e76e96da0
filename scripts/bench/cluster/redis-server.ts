/**
 * A redis-server of the cluster benchmark's own, on a free loopback port, no persistence: the bench stops it mid-run
 * (SIGTERM, as an operator's restart does) and starts it again on the same port, so it never uses a shared server.
 * Started as `scripts/redis-server.ts` starts every server of one's own.
 */
import type { ChildProcess } from 'node:child_process';
import { freePort, launchRedisServer, redisServerAvailable } from '../../redis-server.js';

export { redisServerAvailable };

/** A running server: its URL, `stop` (by its PID) and `start` again on the same port. */
export interface BenchRedis {
  readonly url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** Starts a server on a free loopback port. */
export async function startBenchRedis(): Promise<BenchRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined = await launchRedisServer(port);
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
      child ??= await launchRedisServer(port);
    },
  };
}

/**
 * Redis for the `redis` test project. The shared server's URL comes from IM_ERRORS_REDIS_URL (`.ci/run` starts one
 * on a free loopback port and exports it); the fault tests start servers of their own from `redis-server` (or
 * IM_ERRORS_REDIS_SERVER), which they kill, restart and slow, never the shared one. Without them the tests skip with
 * an install hint — unless IM_ERRORS_REQUIRE_REDIS=1 (CI), where a missing server fails them.
 */
import type { ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { expect } from 'vitest';
import { REDIS_SERVER, freePort, launchRedisServer, redisServerAvailable } from '../../scripts/redis-server.js';

export { REDIS_SERVER, freePort };

export const REDIS_URL = process.env.IM_ERRORS_REDIS_URL;
export const REQUIRED = process.env.IM_ERRORS_REQUIRE_REDIS === '1';
const HINT = 'install redis-server (apt-get install -y redis-server), start it, and set IM_ERRORS_REDIS_URL=redis://127.0.0.1:<port>';

/** True when `redis-server` can be started here. */
export const SERVER_AVAILABLE = redisServerAvailable();

/** Whether the tests that need the shared server run: yes with a URL, yes (to fail) in CI. */
export const RUN_SHARED = REDIS_URL !== undefined || REQUIRED;
/** Whether the tests that start their own servers run. */
export const RUN_OWN = SERVER_AVAILABLE || REQUIRED;

if (!RUN_SHARED) console.warn(`Redis tests skipped: no IM_ERRORS_REDIS_URL. To run them: ${HINT}`);
if (!RUN_OWN) console.warn(`Redis fault tests skipped: no ${REDIS_SERVER}. To run them: ${HINT}`);

/** The shared server's URL; fails the test (naming the fix) when there is none. */
export function sharedUrl(): string {
  if (REDIS_URL === undefined) expect.fail(`IM_ERRORS_REQUIRE_REDIS=1 but IM_ERRORS_REDIS_URL is not set: ${HINT}`);
  return REDIS_URL;
}

/** Both accepted clients, connected to `url` (the node-redis type is its own inference). */
export async function bothClients(url: string) {
  const client = createClient({ url, disableOfflineQueue: true });
  client.on('error', () => undefined);
  const node = await client.connect();
  const io = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false });
  io.on('error', () => undefined);
  await io.connect();
  return {
    node,
    io,
    close: async () => {
      await node.close().catch(() => undefined);
      io.disconnect();
    },
  };
}

/** A redis-server of a test's own. */
export interface OwnServer {
  readonly port: number;
  readonly url: string;
  readonly pid: number | undefined;
  /** Kills it (SIGKILL) and waits for it to exit. */
  kill(): Promise<void>;
  /** Starts it again on the same port. */
  restart(): Promise<void>;
}

async function started(port: number): Promise<ChildProcess> {
  if (!SERVER_AVAILABLE) expect.fail(`IM_ERRORS_REQUIRE_REDIS=1 but ${REDIS_SERVER} cannot be started: ${HINT}`);
  return launchRedisServer(port, ['--enable-debug-command', 'yes']);
}

/** Starts a redis-server on a free loopback port; stop it with `kill`. */
export async function startOwnServer(): Promise<OwnServer> {
  const port = await freePort();
  let child = await started(port);
  const kill = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  };
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    get pid() {
      return child.pid;
    },
    kill,
    restart: async () => {
      await kill();
      child = await started(port);
    },
  };
}

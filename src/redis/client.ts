/**
 * The Redis clients `im-errors/redis` accepts, by the one method each uses to send a raw command: node-redis v4 and
 * later (`sendCommand`) and ioredis (`call`). Neither package is imported: the app passes its own connected client.
 * Scripts are loaded once (`SCRIPT LOAD`) and run by SHA (`EVALSHA`); a `NOSCRIPT` answer (the server restarted or
 * ran `SCRIPT FLUSH`) loads the script again and runs it once more.
 *
 * @example
 * ```ts
 * import { createClient } from 'redis';
 * import { scriptRunner } from 'im-errors/redis';
 * const run = scriptRunner(await createClient({ url: 'redis://127.0.0.1:6379' }).connect());
 * await run({ name: 'ping', source: "return 'pong'" }, [], []);
 * ```
 */

/** A node-redis client (v4, v5, v6): `createClient(…)` after `connect()`. */
export interface NodeRedisClient {
  sendCommand(args: readonly string[]): Promise<unknown>;
}

/** An ioredis client: `new Redis(…)`. */
export interface IoRedisClient {
  call(command: string, args: string[]): Promise<unknown>;
}

/** Either client. */
export type RedisClient = NodeRedisClient | IoRedisClient;

/** A Lua script, named for messages. */
export interface LuaScript {
  readonly name: string;
  readonly source: string;
}

/** Runs `script` with `keys` and `args`; rejects with the client's error. */
export type ScriptRunner = (script: LuaScript, keys: readonly string[], args: readonly (string | number)[]) => Promise<unknown>;

/** Sends one raw command through whichever client this is. */
export function commandSender(client: RedisClient): (args: readonly string[]) => Promise<unknown> {
  if ('call' in client && typeof client.call === 'function') {
    const io = client;
    return ([command, ...rest]) => io.call(command ?? '', rest);
  }
  const node = client as NodeRedisClient;
  return (args) => node.sendCommand(args);
}

function isNoScript(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith('NOSCRIPT') || message.includes('NOSCRIPT');
}

/** A script runner over `client`: each script is loaded once and reloaded when the server has lost it. */
export function scriptRunner(client: RedisClient): ScriptRunner {
  const send = commandSender(client);
  const shas = new Map<string, Promise<string>>();
  const load = (script: LuaScript): Promise<string> => {
    const loading = send(['SCRIPT', 'LOAD', script.source]).then(String);
    shas.set(script.source, loading);
    loading.catch(() => shas.delete(script.source));
    return loading;
  };
  const evalSha = (sha: string, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown> =>
    send(['EVALSHA', sha, String(keys.length), ...keys, ...args.map(String)]);
  return async (script, keys, args) => {
    const sha = await (shas.get(script.source) ?? load(script));
    try {
      return await evalSha(sha, keys, args);
    } catch (error) {
      if (!isNoScript(error)) throw error;
      return evalSha(await load(script), keys, args);
    }
  };
}

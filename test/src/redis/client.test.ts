/** The client port, with stand-in clients: which method each client is driven by, and scripts reloaded on NOSCRIPT. */
import { describe, expect, it } from 'vitest';
import { commandSender, scriptRunner, type IoRedisClient, type NodeRedisClient } from '../../../src/redis/client.js';

/** A server stand-in: SCRIPT LOAD returns a SHA; EVALSHA answers NOSCRIPT for SHAs it forgot. */
function server() {
  const scripts = new Map<string, string>();
  const sent: string[][] = [];
  let loads = 0;
  const handle = (args: readonly string[]): Promise<unknown> => {
    sent.push([...args]);
    const [command, ...rest] = args;
    if (command === 'SCRIPT' && rest[0] === 'LOAD') {
      const sha = `sha-${++loads}`;
      scripts.set(sha, rest[1] ?? '');
      return Promise.resolve(sha);
    }
    if (command === 'EVALSHA') {
      if (!scripts.has(rest[0] ?? '')) return Promise.reject(new Error('NOSCRIPT No matching script. Please use EVAL.'));
      return Promise.resolve(rest.slice(1));
    }
    return Promise.reject(new Error(`ERR unknown command ${command}`));
  };
  return { sent, flush: () => scripts.clear(), handle, loads: () => loads };
}

describe('commandSender', () => {
  it('drives ioredis by call(command, args) and node-redis by sendCommand(args)', async () => {
    const fake = server();
    const io: IoRedisClient = { call: (command, args) => fake.handle([command, ...args]) };
    const node: NodeRedisClient = { sendCommand: (args) => fake.handle(args) };
    await commandSender(io)(['SCRIPT', 'LOAD', 'return 1']);
    await commandSender(node)(['SCRIPT', 'LOAD', 'return 2']);
    expect(fake.sent).toEqual([
      ['SCRIPT', 'LOAD', 'return 1'],
      ['SCRIPT', 'LOAD', 'return 2'],
    ]);
  });
});

describe('scriptRunner', () => {
  const script = { name: 'test', source: 'return ARGV' };

  it('loads a script once and runs it by SHA with its keys and arguments', async () => {
    const fake = server();
    const run = scriptRunner({ sendCommand: (args) => fake.handle(args) });
    expect(await run(script, ['k'], [1, 'a'])).toEqual(['1', 'k', '1', 'a']);
    await run(script, ['k'], [2]);
    expect(fake.loads()).toBe(1);
  });

  it('loads it again and runs it once more when the server answers NOSCRIPT', async () => {
    const fake = server();
    const run = scriptRunner({ sendCommand: (args) => fake.handle(args) });
    await run(script, [], []);
    fake.flush();
    expect(await run(script, [], ['x'])).toEqual(['0', 'x']);
    expect(fake.loads()).toBe(2);
  });

  it('passes other errors on', async () => {
    const run = scriptRunner({ sendCommand: (args) => (args[0] === 'SCRIPT' ? Promise.resolve('sha') : Promise.reject(new Error('ERR boom'))) });
    await expect(run(script, [], [])).rejects.toThrow('ERR boom');
  });
});

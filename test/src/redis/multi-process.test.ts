/**
 * Several processes sharing one Redis (the shared server): the cluster budget holds its bound across processes, a
 * vendor refusal seen by one process holds every process back, the quorum breaker opens only on a quorum, and one
 * process at a time probes. Real time: each scenario runs ≤ 1 s once every process is connected; the hard timeout
 * (6 s) includes starting the processes on a loaded machine.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { RUN_SHARED, sharedUrl } from '../../support/redis.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
/** Inside the repository, so that the bundle's bare imports resolve to its node_modules. */
const bundle = join(root, 'node_modules', '.cache', 'im-errors-redis-tests', 'instance.mjs');
const HARD = 6000;

type Result = Record<string, number | boolean>;

/**
 * Starts one instance per task, waits until every one is connected (`ready`), tells them all to go at once, and
 * gathers what each printed. Killed at the hard timeout.
 */
async function fleet(size: number, task: (index: number) => Record<string, unknown>): Promise<Result[]> {
  const children = Array.from({ length: size }, (_, index) => spawn(process.execPath, [bundle, JSON.stringify(task(index))], { timeout: HARD }));
  const outputs = children.map((child) => {
    let text = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const ready = new Promise<void>((resolve) => {
      const check = (): void => {
        if (text.includes('ready')) resolve();
      };
      child.stdout.on('data', check);
    });
    const done = new Promise<Result>((resolve, reject) => {
      child.once('exit', (code) => {
        if (code !== 0) reject(new Error(`instance exited with ${code}: ${errors}`));
        else resolve(JSON.parse(text.trim().split('\n').at(-1) ?? '{}') as Result);
      });
    });
    return { ready, done };
  });
  await Promise.all(outputs.map((output) => output.ready));
  for (const child of children) child.stdin.write('go\n');
  return Promise.all(outputs.map((output) => output.done));
}

describe.runIf(RUN_SHARED)('processes sharing one Redis', () => {
  let url: string;
  beforeAll(async () => {
    url = sharedUrl();
    mkdirSync(dirname(bundle), { recursive: true });
    await build({ entryPoints: [join(root, 'test/src/redis/fixtures/instance.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: bundle, logLevel: 'silent' });
  }, 20_000);

  it('the cluster budget holds retries ≤ 0.1 × calls + the reserve across four processes', { timeout: HARD }, async () => {
    const scope = `mp-budget-${Date.now()}`;
    const results = await fleet(4, (index) => ({ scenario: 'budget', url, scope, index }));
    const calls = results.reduce((sum, result) => sum + Number(result.calls), 0);
    const retries = results.reduce((sum, result) => sum + Number(result.retries), 0);
    // The documented overshoot: each instance's own start reserve (3) before its first reconcile.
    expect(retries).toBeLessThanOrEqual(0.1 * calls + 3 + 4 * 3);
    expect(calls).toBeGreaterThan(100);
  });

  it('a vendor refusal seen by one process holds every process back', { timeout: HARD }, async () => {
    const scope = `mp-refuse-${Date.now()}`;
    await fleet(1, () => ({ scenario: 'refuse', url, scope, index: 0 }));
    const results = await fleet(3, (index) => ({ scenario: 'acquire', url, scope, index: index + 1 }));
    for (const result of results) {
      expect(result.admitted).toBe(0);
      expect(Number(result.waits)).toBeGreaterThan(0);
    }
  });

  it('the quorum breaker stays closed for one bad process of four', { timeout: HARD }, async () => {
    const scope = `mp-one-bad-${Date.now()}`;
    const results = await fleet(4, (index) => ({ scenario: 'breaker', url, scope, index, bad: 1 }));
    expect(results.map((result) => result.admittedAfter)).toEqual([false, true, true, true]);
  });

  it('opens for all on a quorum (2 of 4), and lets one process probe after the cool-down', { timeout: HARD }, async () => {
    const scope = `mp-quorum-${Date.now()}`;
    const results = await fleet(4, (index) => ({ scenario: 'breaker', url, scope, index, bad: 2 }));
    expect(results.map((result) => result.admittedAfter)).toEqual([false, false, false, false]);
    expect(results.reduce((sum, result) => sum + Number(result.probes), 0)).toBe(1);
  });
});

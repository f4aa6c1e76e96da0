/**
 * `npm run bench -- --only=cluster`: six instances, each a Node process of its own (`./instance.ts`), send Tencent
 * `sendmsg` calls as fast as their callers ask (uneven: 100, 80, 40, 20, 10 and 5 calls/s, 1.3× the limit in all)
 * to the fake Tencent REST API (`examples/server/fake-vendor.ts`, 200 calls/s per API of the wall clock's second, the
 * real 60007 body over it), on this machine, in real time:
 *
 * - (a) no coordination, (b) local limits divided by the fleet's size, (c) the Redis store of `im-errors/redis`
 *   (limiter and retry budget) — each 17 s, the vendor down (HTTP 502) from 4 s to 14 s;
 * - (c) again for 9 s with Redis stopped (SIGTERM) from 2.5 s to 5.5 s and started again.
 *
 * The bench starts its own redis-server on a free loopback port and stops it by its PID.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startFakeTencent, type FakeTencent } from '../../../examples/server/fake-vendor.js';
import type { StormChart } from '../storm-charts.js';
import { clusterRow, vendorShares, type ClusterRow, type Span, type VendorSecond } from './metrics.js';
import type { Coordination, InstanceReport, InstanceTask } from './protocol.js';
import { redisServerAvailable, startBenchRedis, type BenchRedis } from './redis-server.js';

/** Calls per second each instance's callers ask for. */
export const RATES = [100, 80, 40, 20, 10, 5] as const;
/** Tencent's default per API per SDKAppID (`mappings/tencent-rest-limits.ts`). */
export const LIMIT = 200;
const RUN_MS = 17_000;
const OUTAGE: Span = { fromMs: 4000, toMs: 14_000 };
const STOP_RUN_MS = 9000;
const REDIS_DOWN: Span = { fromMs: 2500, toMs: 5500 };

export const SCENARIOS: ReadonlyArray<readonly [Coordination, string]> = [
  ['none', '(a) no coordination'],
  ['divided', '(b) local limits ÷ 6'],
  ['redis', '(c) Redis store'],
];

/** The Redis-stopped run: what the fleet did while Redis was down and after it came back. */
export interface RedisStopResult {
  readonly downMs: Span;
  readonly lost: number;
  readonly lostErrors: readonly string[];
  readonly fallbacks: number;
  readonly recoveries: number;
  readonly asked: number;
  readonly delivered: number;
  readonly down: { readonly refusedShare: number; readonly limitShare: number };
  readonly after: { readonly refusedShare: number; readonly limitShare: number };
  readonly seconds: readonly VendorSecond[];
}

/** Everything the cluster bench measured. */
export interface ClusterResult {
  readonly rates: readonly number[];
  readonly limit: number;
  readonly outage: Span;
  readonly rows: readonly ClusterRow[];
  readonly seconds: Readonly<Record<string, readonly VendorSecond[]>>;
  readonly redisStop: RedisStopResult;
}

const log = (text: string): void => void process.stderr.write(`${text}\n`);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const instanceFile = fileURLToPath(new URL('./instance.js', import.meta.url));

/** The vendor's counts for each second of a run that started at `start`. */
function secondsOf(vendor: FakeTencent, start: number, durationMs: number): VendorSecond[] {
  return Array.from({ length: Math.ceil(durationMs / 1000) }, (_, s) => {
    const counts = vendor.perSecond.get(start + s * 1000);
    return { ok: (counts?.ok ?? 0) + (counts?.['unknown-account'] ?? 0), refused: counts?.refused ?? 0, failed: counts?.outage ?? 0 };
  });
}

/** Stops a child by its PID if it has not exited by itself. */
async function reap(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}

/** One run of the fleet: the vendor's seconds and each instance's report. `during` schedules faults from the start. */
export async function runFleet(
  coordination: Coordination,
  durationMs: number,
  redis: BenchRedis | undefined,
  during: (vendor: FakeTencent) => ReadonlyArray<readonly [number, () => unknown]>,
): Promise<{ seconds: VendorSecond[]; reports: InstanceReport[] }> {
  const vendor = await startFakeTencent({ limitPerSecond: LIMIT, keepLog: false });
  const keyPrefix = `bench-${coordination}-${Date.now()}`;
  const children = RATES.map((rate, index) => {
    const task: InstanceTask = { coordination, index, instances: RATES.length, rate, limit: LIMIT, vendorUrl: vendor.url, redisUrl: redis?.url, keyPrefix, durationMs };
    return fork(instanceFile, [JSON.stringify(task)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  });
  try {
    const reports = children.map(
      (child) =>
        new Promise<InstanceReport>((resolve, reject) => {
          child.on('message', (message) => {
            if (typeof message === 'object' && message !== null && 'asked' in message) resolve(message as InstanceReport);
          });
          child.once('exit', (code) => reject(new Error(`instance exited with ${String(code)} before reporting`)));
        }),
    );
    await Promise.all(children.map((child) => new Promise<void>((resolve) => child.once('message', () => resolve()))));
    const start = Math.ceil((Date.now() + 300) / 1000) * 1000;
    for (const child of children) child.send({ start });
    const timers = during(vendor).map(([atMs, action]) => setTimeout(() => void action(), start + atMs - Date.now()));
    const done = await Promise.all(reports);
    timers.forEach(clearTimeout);
    return { seconds: secondsOf(vendor, start, durationMs), reports: done };
  } finally {
    await Promise.all(children.map(reap));
    await vendor.close();
  }
}

/** Runs every scenario and the Redis-stopped run. */
export async function runCluster(): Promise<ClusterResult> {
  if (!redisServerAvailable()) throw new Error('--only=cluster starts a redis-server of its own: install it (apt-get install -y redis-server) or set IM_ERRORS_REDIS_SERVER');
  const redis = await startBenchRedis();
  try {
    const rows: ClusterRow[] = [];
    const seconds: Record<string, readonly VendorSecond[]> = {};
    for (const [coordination, title] of SCENARIOS) {
      log(`cluster: ${title}, ${RUN_MS / 1000} s, vendor down ${OUTAGE.fromMs / 1000}–${OUTAGE.toMs / 1000} s…`);
      const run = await runFleet(coordination, RUN_MS, redis, (vendor) => [
        [OUTAGE.fromMs, () => (vendor.outage = true)],
        [OUTAGE.toMs, () => (vendor.outage = false)],
      ]);
      rows.push(clusterRow(title, run.seconds, run.reports, LIMIT, OUTAGE));
      seconds[title] = run.seconds;
    }
    log(`cluster: (c) with Redis stopped ${REDIS_DOWN.fromMs / 1000}–${REDIS_DOWN.toMs / 1000} s…`);
    const stop = await runFleet('redis', STOP_RUN_MS, redis, () => [
      [REDIS_DOWN.fromMs, () => redis.stop()],
      [REDIS_DOWN.toMs, () => redis.start()],
    ]);
    const sum = (pick: (report: InstanceReport) => number): number => stop.reports.reduce((total, report) => total + pick(report), 0);
    // Whole seconds inside the stop, and after the fleet has reconnected (a second after the restart).
    const downSeconds = stop.seconds.map((s, i) => (i * 1000 >= REDIS_DOWN.fromMs && (i + 1) * 1000 <= REDIS_DOWN.toMs ? s : undefined));
    const afterSeconds = stop.seconds.map((s, i) => (i * 1000 >= REDIS_DOWN.toMs + 1500 ? s : undefined));
    const shares = (list: ReadonlyArray<VendorSecond | undefined>) => vendorShares([{ ok: 0, refused: 0, failed: 0 }, ...list.filter((s): s is VendorSecond => s !== undefined)], LIMIT, undefined);
    return {
      rates: [...RATES],
      limit: LIMIT,
      outage: OUTAGE,
      rows,
      seconds,
      redisStop: {
        downMs: REDIS_DOWN,
        lost: sum((r) => r.lost),
        lostErrors: stop.reports.flatMap((r) => r.lostErrors).slice(0, 5),
        fallbacks: sum((r) => r.fallbacks),
        recoveries: sum((r) => r.recoveries),
        asked: sum((r) => r.asked),
        delivered: sum((r) => r.delivered),
        down: shares(downSeconds),
        after: shares(afterSeconds),
        seconds: stop.seconds,
      },
    };
  } finally {
    await redis.stop();
    await sleep(0);
  }
}

/** The pictures: calls per second sent to the vendor per scenario, and the Redis-stopped run's seconds. */
export function clusterCharts(result: ClusterResult): StormChart[] {
  const sent = (s: VendorSecond): number => s.ok + s.refused + s.failed;
  return [
    {
      file: 'cluster.svg',
      chart: {
        title: `Calls per second sent to the vendor (limit ${result.limit}/s) — 6 instances asking ${result.rates.reduce((a, b) => a + b, 0)}/s`,
        xLabel: 'time (s)',
        yLabel: 'vendor calls per second',
        xStep: 1,
        series: result.rows.map((row) => ({ name: row.scenario, values: (result.seconds[row.scenario] ?? []).map(sent) })),
        band: { from: result.outage.fromMs / 1000, to: result.outage.toMs / 1000, label: 'vendor down' },
      },
    },
    {
      file: 'cluster-redis-stop.svg',
      chart: {
        title: '(c) Redis store: the vendor’s answers per second while Redis is stopped and restarted',
        xLabel: 'time (s)',
        yLabel: 'vendor calls per second',
        xStep: 1,
        series: [
          { name: 'accepted', values: result.redisStop.seconds.map((s) => s.ok) },
          { name: 'refused (60007)', values: result.redisStop.seconds.map((s) => s.refused) },
        ],
        band: { from: result.redisStop.downMs.fromMs / 1000, to: result.redisStop.downMs.toMs / 1000, label: 'Redis stopped' },
      },
    },
  ];
}

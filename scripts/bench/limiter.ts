/**
 * `npm run bench -- --only=limiter`: what the vendor rate limiter costs per call, and how much of the vendor's limit
 * it lets a fleet use, on the Redis at IM_ERRORS_REDIS_URL (or REDIS_URL), for one round trip per call (`lease` 1)
 * against local leases of a few tokens, with the in-memory limiter (no Redis) as the baseline of the same run.
 *
 * - Latency: one caller acquiring one token at a time from a limit it never reaches: p50 / p99 per call, and the
 *   ratio of the mean to the in-memory baseline's.
 * - Use of the limit: four limiters (four instances) of one app acquiring as fast as they can for 3 s against
 *   200 calls per second: calls admitted per second as a share of 200 (over 1 is over the vendor's limit).
 */
import { createClient } from 'redis';
import type { RestLimitTable } from '../../src/redis/limit-table.js';
import { createVendorRateLimiter, type VendorRateLimiter } from '../../src/redis/rate-limiter.js';

/** One mode of the limiter. */
export interface LimiterRow {
  readonly mode: string;
  readonly p50Us: number;
  readonly p99Us: number;
  /** Mean time per call ÷ the in-memory limiter's. */
  readonly ratio: number;
  /** Calls admitted per second by four instances ÷ the limit (200/s). */
  readonly limitShare: number;
}

const LIMIT = 200;
const wide: RestLimitTable = { vendor: 'tencent', fallback: { windows: [{ per: 'call', points: 1_000_000, durationMs: 60_000 }], source: 'bench' }, apis: {} };
const tight: RestLimitTable = { vendor: 'tencent', fallback: { windows: [{ per: 'call', points: LIMIT, durationMs: 1000 }], source: 'bench' }, apis: {} };

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

async function latency(limiter: VendorRateLimiter, calls: number): Promise<{ p50: number; p99: number; mean: number }> {
  const times: number[] = [];
  for (let i = 0; i < calls; i++) {
    const start = performance.now();
    await limiter.acquire('v4/openim/sendmsg');
    times.push((performance.now() - start) * 1000);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99), mean: times.reduce((sum, t) => sum + t, 0) / times.length };
}

async function limitShare(make: () => VendorRateLimiter, seconds: number): Promise<number> {
  const limiters = Array.from({ length: 4 }, make);
  const end = Date.now() + seconds * 1000;
  let admitted = 0;
  await Promise.all(
    limiters.map(async (limiter) => {
      while (Date.now() < end) {
        await limiter.acquire('v4/openim/sendmsg').then(
          () => admitted++,
          (error: { retryAfterMs?: number }) => new Promise((resolve) => setTimeout(resolve, Math.min(error.retryAfterMs ?? 5, 5))),
        );
      }
    }),
  );
  return admitted / seconds / LIMIT;
}

/** Runs the limiter bench; `quick` measures less. */
export async function runLimiter(url: string, quick: boolean): Promise<LimiterRow[]> {
  const client = createClient({ url });
  client.on('error', () => undefined);
  const redis = await client.connect();
  const calls = quick ? 500 : 5000;
  const seconds = quick ? 1 : 3;
  const run = `${Date.now()}`;
  const modes: ReadonlyArray<readonly [string, number | undefined]> = [
    ['memory (no Redis)', undefined],
    ['Redis, a round trip per call', 1],
    ['Redis, lease of 5', 5],
    ['Redis, lease of 20', 20],
  ];
  const rows: LimiterRow[] = [];
  let baseline = 1;
  for (const [mode, lease] of modes) {
    const options = (limits: RestLimitTable, app: string) =>
      lease === undefined ? { limits, app } : { limits, app, redis, lease };
    const timed = await latency(createVendorRateLimiter(options(wide, `bench-${run}-${mode}`)), calls);
    if (lease === undefined) baseline = timed.mean;
    // In memory each limiter is a fleet of its own: the share is measured on one, as a single instance would be.
    const share =
      lease === undefined
        ? await limitShare(
            (() => {
              const one = createVendorRateLimiter(options(tight, `share-${run}-memory`));
              return () => one;
            })(),
            seconds,
          )
        : await limitShare(() => createVendorRateLimiter(options(tight, `share-${run}-${mode}`)), seconds);
    rows.push({ mode, p50Us: timed.p50, p99Us: timed.p99, ratio: timed.mean / baseline, limitShare: share });
  }
  await redis.close();
  return rows;
}

/** The markdown table of {@link runLimiter}'s rows. */
export function limiterTable(rows: readonly LimiterRow[]): string {
  const lines = ['| mode | p50 per call | p99 per call | time ÷ memory | limit used by 4 instances |', '| --- | ---: | ---: | ---: | ---: |'];
  for (const row of rows) {
    lines.push(`| ${row.mode} | ${row.p50Us.toFixed(0)} µs | ${row.p99Us.toFixed(0)} µs | ${row.ratio.toFixed(1)}× | ${(row.limitShare * 100).toFixed(1)} % |`);
  }
  return lines.join('\n');
}

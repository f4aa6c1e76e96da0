/** The cluster benchmark's Redis-stopped run, in words: what was lost, reported, sent and refused. */
import type { RedisStopResult } from './run.js';

const pct = (value: number): string => `${(value * 100).toFixed(1)} %`;

/** Markdown bullet lines for the Redis-stopped run. */
export function redisStopLines(result: RedisStopResult): string[] {
  const { fromMs, toMs } = result.downMs;
  return [
    `- Redis stopped (SIGTERM) from ${fromMs / 1000} s to ${toMs / 1000} s of ${result.seconds.length} s: ${result.lost} calls lost to Redis${result.lostErrors.length > 0 ? ` (${result.lostErrors.join('; ')})` : ''}, ${result.delivered} of ${result.asked} asked delivered`,
    `- fallbacks reported: ${result.fallbacks}, recoveries reported: ${result.recoveries} (each instance's limiter and budget, once per failure each saw)`,
    `- while Redis was down (each instance on 1/6 of the limit): ${pct(result.down.limitShare)} of the vendor limit, ${pct(result.down.refusedShare)} refused`,
    `- after it came back: ${pct(result.after.limitShare)} of the vendor limit, ${pct(result.after.refusedShare)} refused`,
  ];
}

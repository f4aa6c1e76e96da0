/**
 * The committed storm pictures are the drawings of the committed numbers: each `docs/bench/*.svg` equals
 * `renderLineChart` of its chart in `docs/bench/storm.json` (both written by a full `npm run bench`; benchmarks never
 * run inside `npm test`), and the cluster pictures those of `docs/bench/cluster.json` (`npm run bench -- --only=cluster`),
 * whose charts are themselves made from the run's numbers in the same file. A hand-edited SVG, or numbers updated without their pictures, fail here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderLineChart } from '../../../scripts/bench/chart.js';
import type { StormChart } from '../../../scripts/bench/storm-charts.js';
import { clusterCharts, SCENARIOS, type ClusterResult } from '../../../scripts/bench/cluster/run.js';

const docs = new URL('../../../docs/bench/', import.meta.url);
const charts = JSON.parse(readFileSync(new URL('storm.json', docs), 'utf8')) as StormChart[];

describe('docs/bench storm pictures', () => {
  it('has one chart per scenario, each with the five strategies', () => {
    expect(charts.map((c) => c.file)).toEqual(['storm-transient.svg', 'storm-outage.svg']);
    for (const { chart } of charts) expect(chart.series.map((s) => s.name)).toHaveLength(5);
  });

  it.each(charts.map((c) => [c.file, c] as const))('%s is the drawing of storm.json', (file, { chart }) => {
    expect(readFileSync(new URL(file, docs), 'utf8')).toBe(renderLineChart(chart));
  });

  it('shows the outage: im-errors sends far less than p-retry while the vendor is down', () => {
    const outage = charts.find((c) => c.file === 'storm-outage.svg')!.chart;
    const during = (name: string) => {
      const values = outage.series.find((s) => s.name.startsWith(name))!.values;
      return values.slice(25, 45).reduce((sum, v) => sum + v, 0);
    };
    expect(during('im-errors')).toBeLessThan(during('p-retry') / 2);
  });
});

/** The cluster benchmark's pictures (`npm run bench -- --only=cluster`): drawn from the numbers of docs/bench/cluster.json. */
describe('docs/bench cluster pictures', () => {
  const result = JSON.parse(readFileSync(new URL('cluster.json', docs), 'utf8')) as ClusterResult & { readonly charts: StormChart[] };

  it('has the fleet chart (one line per scenario) and the Redis-stopped chart, made from the run’s own numbers', () => {
    expect(result.charts.map((c) => c.file)).toEqual(['cluster.svg', 'cluster-redis-stop.svg']);
    expect(result.charts[0]!.chart.series.map((s) => s.name)).toEqual(SCENARIOS.map(([, title]) => title));
    expect(result.charts).toEqual(clusterCharts(result));
  });

  it.each(result.charts.map((c) => [c.file, c] as const))('%s is the drawing of cluster.json', (file, { chart }) => {
    expect(readFileSync(new URL(file, docs), 'utf8')).toBe(renderLineChart(chart));
  });

  it('shows no call lost to Redis, and the Redis store sending no more than the limit while uncoordinated pods send more', () => {
    expect(result.rows.map((row) => row.lost)).toEqual([0, 0, 0]);
    expect(result.redisStop.lost).toBe(0);
    const sent = (title: string) => result.charts[0]!.chart.series.find((s) => s.name === title)!.values;
    const peak = (values: readonly number[]) => Math.max(...values);
    expect(peak(sent('(a) no coordination'))).toBeGreaterThan(result.limit);
    expect(peak(sent('(c) Redis store'))).toBeLessThanOrEqual(result.limit * 1.1);
  });
});

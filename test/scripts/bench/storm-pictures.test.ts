/**
 * The committed storm pictures are the drawings of the committed numbers: each `docs/bench/*.svg` equals
 * `renderLineChart` of its chart in `docs/bench/storm.json` (both written by a full `npm run bench`; benchmarks never
 * run inside `npm test`). A hand-edited SVG, or numbers updated without their pictures, fail here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderLineChart } from '../../../scripts/bench/chart.js';
import type { StormChart } from '../../../scripts/bench/storm-charts.js';

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

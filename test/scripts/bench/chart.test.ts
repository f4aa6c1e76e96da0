/** The benchmark pictures: the renderer, and each committed SVG as the drawing of the committed numbers. */
import { existsSync, readFileSync } from 'node:fs';
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { niceStep, renderLineChart, type LineChart } from '../../../scripts/bench/chart.js';
import type { StormChart } from '../../../scripts/bench/storm-charts.js';

const docs = new URL('../../../docs/bench/', import.meta.url);

describe('the committed storm charts', () => {
  const charts = JSON.parse(readFileSync(new URL('storm.json', docs), 'utf8')) as StormChart[];

  it('are one per scenario, each with a line per library', () => {
    expect(charts.map(({ file }) => file)).toEqual(['storm-transient.svg', 'storm-outage.svg']);
    for (const { chart } of charts) {
      expect(chart.series.length).toBeGreaterThan(2);
      expect(chart.series.every((series) => series.values.length > 30)).toBe(true);
    }
  });

  it.each(charts.map((chart) => [chart.file, chart] as const))('%s is the drawing of storm.json', (file, { chart }) => {
    expect(existsSync(new URL(file, docs))).toBe(true);
    expect(readFileSync(new URL(file, docs), 'utf8')).toBe(renderLineChart(chart));
  });
});

describe('renderLineChart', () => {
  const chart = (values: readonly number[][]): LineChart => ({
    title: 'T <&>',
    xLabel: 'x',
    yLabel: 'y',
    xStep: 1,
    series: values.map((line, index) => ({ name: `s${index}`, values: line })),
    band: { from: 1, to: 2, label: 'outage' },
  });

  it('escapes text and draws one polyline per series, with as many points as values', () => {
    const svg = renderLineChart(chart([[1, 2, 3], [0, 5]]));
    expect(svg).toContain('T &lt;&amp;&gt;');
    const lines = [...svg.matchAll(/<polyline [^>]*points="([^"]*)"/g)].map(([, points]) => points!.split(' ').length);
    expect(lines).toEqual([3, 2]);
  });

  it.prop([fc.array(fc.array(fc.oneof(fc.nat(100_000), fc.constant(Number.NaN)), { maxLength: 60 }), { minLength: 1, maxLength: 6 })])(
    'is deterministic and keeps every point inside the picture',
    (values) => {
      const svg = renderLineChart(chart(values));
      expect(renderLineChart(chart(values))).toBe(svg);
      for (const [, points] of svg.matchAll(/points="([^"]*)"/g)) {
        for (const point of points!.split(' ').filter((p) => p !== '')) {
          const [x, y] = point.split(',').map(Number);
          expect(x! >= 0 && x! <= 760 && y! >= 0 && y! <= 360).toBe(true);
        }
      }
    },
  );

  it.prop([fc.double({ min: 1e-6, max: 1e9, noNaN: true })])('steps ticks by 1, 2 or 5 times a power of ten, about five to the top', (max) => {
    const step = niceStep(max);
    const mantissa = step / 10 ** Math.floor(Math.log10(step) + 1e-9);
    expect([1, 2, 5, 10].some((m) => Math.abs(mantissa - m) < 1e-6)).toBe(true);
    expect(max / step).toBeLessThanOrEqual(5 + 1e-9);
  });
});

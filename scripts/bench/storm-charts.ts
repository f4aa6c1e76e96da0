/**
 * The storm benchmark's pictures: calls per second the vendor received over time, one line per library, per
 * scenario. `npm run bench` writes them as JSON (`docs/bench/storm.json`, the numbers) and SVG (`docs/bench/*.svg`,
 * their drawing); a test holds each SVG to the drawing of the committed JSON.
 */
import type { Contender } from './sim/contender.js';
import type { Scenario } from './sim/scenario.js';
import type { StormResult } from './storm.js';
import type { LineChart } from './chart.js';

/** One picture: the SVG file it is drawn to (relative to `docs/bench/`) and what it draws. */
export interface StormChart {
  readonly file: string;
  readonly chart: LineChart;
}

/** The charts of a storm run: per scenario, the vendor's calls per second for each of `contenders`. */
export function stormCharts(scenarios: readonly Scenario[], contenders: readonly Contender[], results: readonly StormResult[], clients: number): StormChart[] {
  return scenarios.map((scenario) => {
    const series = contenders.flatMap((contender) => {
      const result = results.find((candidate) => candidate.scenario === scenario.id && candidate.contender === contender.name);
      return result === undefined ? [] : [{ name: contender.name, values: result.sendsPerSecond }];
    });
    const { outage } = scenario;
    return {
      file: `storm-${scenario.id}.svg`,
      chart: {
        title: `Calls per second reaching the vendor — ${scenario.title}, ${clients.toLocaleString('en-US')} clients`,
        xLabel: 'time (s, virtual)',
        yLabel: 'vendor calls per second',
        xStep: 1,
        series,
        band: outage === undefined ? undefined : { from: outage.startMs / 1_000, to: outage.endMs / 1_000, label: 'outage' },
      },
    };
  });
}

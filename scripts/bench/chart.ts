/**
 * A line chart as SVG, drawn from numbers alone (no library, no fonts to load, deterministic to the byte), for the
 * benchmark pictures in docs/: one line per series over a shared x axis, an optional shaded window (an outage).
 */

/** One line. */
export interface ChartSeries {
  readonly name: string;
  readonly values: readonly number[];
}

/** What to draw. */
export interface LineChart {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  /** The x value of `values[i]` is `i * xStep`. */
  readonly xStep: number;
  readonly series: readonly ChartSeries[];
  /** A shaded band, in x units (e.g. the outage, in seconds). */
  readonly band?: { readonly from: number; readonly to: number; readonly label: string } | undefined;
}

const WIDTH = 760;
const HEIGHT = 360;
const MARGIN = { left: 64, right: 180, top: 36, bottom: 44 };
/** Colour-blind-safe (Okabe–Ito), in series order. */
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];

/** A number as the chart prints it: integers, or one decimal. */
const num = (value: number): string => (Number.isInteger(value) ? String(value) : value.toFixed(1));
const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A round step for about `ticks` ticks up to `max`: 1, 2 or 5 times a power of ten. */
export function niceStep(max: number, ticks = 5): number {
  if (!(max > 0) || !Number.isFinite(max)) return 1;
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= raw);
  return step ?? 10 * power;
}

/**
 * The chart as an SVG document.
 *
 * @example
 * renderLineChart({ title: 't', xLabel: 's', yLabel: 'calls/s', xStep: 1, series: [{ name: 'a', values: [1, 2] }] });
 */
export function renderLineChart(chart: LineChart): string {
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const count = Math.max(1, ...chart.series.map((series) => series.values.length));
  const xMax = Math.max(chart.xStep, (count - 1) * chart.xStep);
  const yTop = Math.max(1, ...chart.series.flatMap((series) => series.values.filter(Number.isFinite)));
  const yStep = niceStep(yTop);
  const yMax = Math.ceil(yTop / yStep) * yStep;
  const x = (value: number): number => MARGIN.left + (value / xMax) * plotW;
  const y = (value: number): number => MARGIN.top + plotH - (value / yMax) * plotH;
  const round = (value: number): string => value.toFixed(1);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${MARGIN.left}" y="22" font-size="14" font-weight="bold">${escape(chart.title)}</text>`,
  ];
  if (chart.band !== undefined) {
    const from = x(Math.max(0, chart.band.from));
    const to = x(Math.min(xMax, chart.band.to));
    parts.push(
      `<rect x="${round(from)}" y="${MARGIN.top}" width="${round(Math.max(0, to - from))}" height="${plotH}" fill="#eeeeee"/>`,
      `<text x="${round((from + to) / 2)}" y="${MARGIN.top + 14}" text-anchor="middle" fill="#555555">${escape(chart.band.label)}</text>`,
    );
  }
  for (let tick = 0; tick <= yMax; tick += yStep) {
    parts.push(
      `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${round(y(tick))}" y2="${round(y(tick))}" stroke="#dddddd"/>`,
      `<text x="${MARGIN.left - 6}" y="${round(y(tick) + 4)}" text-anchor="end">${num(tick)}</text>`,
    );
  }
  const xTick = niceStep(xMax, 8);
  for (let tick = 0; tick <= xMax; tick += xTick) {
    parts.push(`<text x="${round(x(tick))}" y="${MARGIN.top + plotH + 16}" text-anchor="middle">${num(tick)}</text>`);
  }
  parts.push(
    `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${MARGIN.top + plotH}" y2="${MARGIN.top + plotH}" stroke="#333333"/>`,
    `<line x1="${MARGIN.left}" x2="${MARGIN.left}" y1="${MARGIN.top}" y2="${MARGIN.top + plotH}" stroke="#333333"/>`,
    `<text x="${MARGIN.left + plotW / 2}" y="${HEIGHT - 8}" text-anchor="middle">${escape(chart.xLabel)}</text>`,
    `<text transform="translate(16 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle">${escape(chart.yLabel)}</text>`,
  );
  chart.series.forEach((series, index) => {
    const colour = COLOURS[index % COLOURS.length]!;
    const points = series.values.map((value, i) => `${round(x(i * chart.xStep))},${round(y(Number.isFinite(value) ? value : 0))}`).join(' ');
    const legendY = MARGIN.top + 8 + index * 18;
    parts.push(
      `<polyline fill="none" stroke="${colour}" stroke-width="1.5" points="${points}"/>`,
      `<line x1="${WIDTH - MARGIN.right + 12}" x2="${WIDTH - MARGIN.right + 32}" y1="${legendY}" y2="${legendY}" stroke="${colour}" stroke-width="3"/>`,
      `<text x="${WIDTH - MARGIN.right + 38}" y="${legendY + 4}">${escape(series.name)}</text>`,
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

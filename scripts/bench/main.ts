/**
 * `npm run bench`: the normalize throughput bench, the success-path overhead bench and the retry-storm simulation,
 * in one run. Prints the markdown
 * report and writes it, with the raw numbers as JSON, to `test-results/bench/`. Benchmarks, not tests: nothing here
 * fails on a slow machine.
 *
 * Options: `--quick` (100 clients instead of 1,000, short overhead timing: a smoke run, not numbers to quote),
 * `--only=targets` (issue 16's targets, printed with PASS / FAIL) / `--only=normalize` / `--only=overhead` /
 * `--only=storm` / `--only=redact` / `--only=retry` (aborting 20,000 pending calls on one signal, and withRetry's
 * success path) / `--only=limiter` (the vendor rate limiter on the Redis at IM_ERRORS_REDIS_URL or REDIS_URL; run
 * only when one is set), `--only=cluster` (six instance processes against the fake Tencent REST API, on a
 * redis-server of its own; run only when asked: it writes docs/bench/cluster.*), `--no-what-if` (skip the im-errors
 * variants).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { runNormalize } from './normalize.js';
import { runOverhead } from './overhead.js';
import { redactTable, runRedact } from './redact.js';
import { bestPeerP99, outageTable, roundsTable, targetLines, transientTable, whatIfTable } from './report.js';
import type { RoundRow } from './rounds.js';
import type { Contender } from './sim/contender.js';
import { CONTENDERS } from './sim/contenders.js';
import { IM_ERRORS, WHAT_IF } from './sim/im-errors.js';
import { OUTAGE_SCENARIO, SCENARIOS, TRANSIENT_SCENARIO, withClients, type Scenario } from './sim/scenario.js';
import { runStorm, type StormResult } from './storm.js';
import { limiterTable, runLimiter, type LimiterRow } from './limiter.js';
import { renderLineChart } from './chart.js';
import { stormCharts } from './storm-charts.js';
import { clusterCharts, runCluster } from './cluster/run.js';
import { clusterTable } from './cluster/metrics.js';
import { redisStopLines } from './cluster/report.js';
import { abortTable, runAbort, runRetryOverhead, type AbortRow } from './retry.js';
import { runTargets, targetsReport } from './targets.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const whatIf = !args.includes('--no-what-if');
const command = ['npm run bench', ...(args.length > 0 ? ['--', ...args] : [])].join(' ');
const clients = quick ? 100 : 1_000;

const log = (text: string): void => void process.stderr.write(`${text}\n`);

/** A scenario's table heading: its title, its outage window if any, and how long calls start. */
const heading = ({ title, outage, streamMs }: Scenario): string =>
  `${title}${outage === undefined ? '' : ` (${outage.startMs / 1_000} s → ${outage.endMs / 1_000} s)`}; ${streamMs / 1_000} s of calls`;

async function overhead(): Promise<RoundRow[]> {
  log('overhead: measuring…');
  return runOverhead(quick ? { rounds: 3, timeMs: 100, batch: 1_000 } : { rounds: 7, timeMs: 500, batch: 1_000 });
}

async function storm(contenders: readonly Contender[]): Promise<StormResult[]> {
  const results: StormResult[] = [];
  for (const scenario of SCENARIOS.map((base) => withClients(base, clients))) {
    for (const contender of contenders) {
      const result = await runStorm(scenario, contender);
      log(`storm: ${scenario.id} × ${contender.name}: ${result.logicalCalls} calls in ${(result.realMs / 1_000).toFixed(1)} s`);
      results.push(result);
    }
  }
  return results;
}

async function normalizeBench(): Promise<Awaited<ReturnType<typeof runNormalize>>> {
  log('normalize: measuring…');
  return runNormalize(quick ? { rounds: 3, timeMs: 100, passes: 4 } : { rounds: 7, timeMs: 500, passes: 40 });
}

const runs = (part: string): boolean => only === undefined || only === part;
const targets = runs('targets') ? (log('targets: measuring…'), await runTargets(quick)) : undefined;
const normalized = runs('normalize') ? await normalizeBench() : undefined;
const overheadRows = runs('overhead') ? await overhead() : [];
const redacted = runs('redact') ? (log('redact: measuring…'), runRedact(quick ? 2 : 7)) : undefined;
const retryAbort: AbortRow | undefined = runs('retry') ? (log('retry: aborting 20,000 pending calls…'), await runAbort(20_000, quick ? 3 : 9)) : undefined;
const retryOverhead = only === 'retry' ? await runRetryOverhead(quick) : [];
const contenders = [...CONTENDERS, ...(whatIf ? WHAT_IF : [])];
const stormResults = runs('storm') ? await storm(contenders) : [];
const redisUrl = process.env.IM_ERRORS_REDIS_URL ?? process.env.REDIS_URL;
if (only === 'limiter' && redisUrl === undefined) throw new Error('--only=limiter needs a Redis: set IM_ERRORS_REDIS_URL=redis://127.0.0.1:<port>');
const limiterRows: LimiterRow[] = runs('limiter') && redisUrl !== undefined ? await runLimiter(redisUrl, quick) : [];
// Real processes for over a minute: only when asked for by name.
const cluster = only === 'cluster' ? await runCluster() : undefined;

const cpu = cpus();
const load = loadavg().map((value) => value.toFixed(2)).join(' ');
const machine = `Node ${process.version}, ${process.platform}/${process.arch}, ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, load average ${load} at the end`;
const sections: string[] = [`Command: \`${command}\` — ${machine}${quick ? ' — QUICK RUN (100 clients): do not quote' : ''}`];
if (targets !== undefined) sections.push('### Targets of issue 16 (a cheap IMError, the fastest retry success path)', targetsReport(targets));
if (normalized !== undefined) {
  sections.push(
    `### normalize throughput, a mix of ${String(normalized.items)} raw errors`,
    roundsTable(normalized.rows, { task: 'operation', unit: 'op', baseline: 'new Error' }),
  );
}
if (overheadRows.length > 0) {
  sections.push('### Success-path overhead', roundsTable(overheadRows, { task: 'call', unit: 'call', baseline: 'bare' }));
}
if (limiterRows.length > 0) {
  sections.push('### Vendor rate limiter: a round trip per call or a local lease (Redis on this machine)', limiterTable(limiterRows));
}
if (cluster !== undefined) {
  sections.push(
    `### Six instances against the vendor's ${cluster.limit} calls/s (callers asking ${cluster.rates.join(' + ')} calls/s)`,
    clusterTable(cluster.rows),
    '#### Redis stopped mid-run, (c)',
    redisStopLines(cluster.redisStop).join('\n'),
  );
}
if (retryAbort !== undefined) sections.push('### Aborting one signal shared by pending calls', abortTable(retryAbort));
if (retryOverhead.length > 0) sections.push('### withRetry success path', roundsTable(retryOverhead, { task: 'call', unit: 'call', baseline: 'bare' }));
if (redacted !== undefined) sections.push('### Redaction of 1 MB adversarial strings', redactTable(redacted.rows));
const best = bestPeerP99(stormResults, CONTENDERS);
if (best !== undefined) {
  sections.push(
    `### Retry storm, ${clients.toLocaleString('en-US')} clients, virtual time`,
    `#### ${heading(TRANSIENT_SCENARIO)}`,
    transientTable(stormResults, CONTENDERS, best.p99Ms),
    `#### ${heading(OUTAGE_SCENARIO)}`,
    outageTable(stormResults, CONTENDERS),
    '#### Targets (im-errors default)',
    targetLines(IM_ERRORS.name, stormResults, best).join('\n'),
  );
  if (whatIf) sections.push('#### What-if: im-errors with other numbers (not the defaults)', whatIfTable(WHAT_IF, stormResults, best.p99Ms));
}
const markdown = `${sections.join('\n\n')}\n`;

const outDir = new URL('../../../test-results/bench/', import.meta.url);
mkdirSync(outDir, { recursive: true });
writeFileSync(new URL('results.md', outDir), markdown);
writeFileSync(
  new URL('results.json', outDir),
  `${JSON.stringify({ command, machine, quick, clients, targets: targets ?? null, normalize: normalized?.rows ?? [], overhead: overheadRows, redact: redacted?.rows ?? [], retryAbort, retryOverhead, storm: stormResults, limiter: limiterRows }, null, 2)}\n`,
);
// The storm's pictures (virtual time: the same numbers on every machine), from a full run only.
if (stormResults.length > 0 && !quick) {
  const docs = new URL('../../../docs/bench/', import.meta.url);
  mkdirSync(docs, { recursive: true });
  const charts = stormCharts(SCENARIOS, CONTENDERS, stormResults, clients);
  writeFileSync(new URL('storm.json', docs), `${JSON.stringify(charts, null, 2)}\n`);
  for (const { file, chart } of charts) writeFileSync(new URL(file, docs), renderLineChart(chart));
}
if (cluster !== undefined) {
  const docs = new URL('../../../docs/bench/', import.meta.url);
  mkdirSync(docs, { recursive: true });
  const charts = clusterCharts(cluster);
  writeFileSync(new URL('cluster.json', docs), `${JSON.stringify({ command, machine, ...cluster, charts }, null, 2)}\n`);
  for (const { file, chart } of charts) writeFileSync(new URL(file, docs), renderLineChart(chart));
}
process.stdout.write(markdown);

/**
 * `im-errors/otel` against the real OpenTelemetry SDK (2.x): spans from `InMemorySpanExporter`, metrics collected
 * from a `MetricReader`, calls retried on a virtual clock.
 */
import { AggregationTemporality, MeterProvider, MetricReader, type ResourceMetrics } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { SpanStatusCode } from '@opentelemetry/api';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCircuitBreaker, createRetryBudget, withRetry, type IMError } from '../../../src/index.js';
import { breakerTelemetry, retryTelemetry, withRetryTelemetry } from '../../../src/otel/index.js';
import { tencent } from '../../../adapters/tencent/index.js';
import { virtualClock } from '../retry/support/virtual-clock.js';

class TestReader extends MetricReader {
  constructor() {
    super({ aggregationTemporalitySelector: () => AggregationTemporality.CUMULATIVE });
  }
  protected override async onForceFlush(): Promise<void> {}
  protected override async onShutdown(): Promise<void> {}
}

const TIMEOUT = { code: 2801, message: 'request timed out' }; // network/timeout, retryable
const DENIED = { code: 10007, message: 'permission denied' }; // permission, not retryable

/** An operation that fails with each of `failures` in turn, then succeeds. */
function scripted(failures: readonly unknown[]): () => Promise<string> {
  let call = 0;
  return () => (call < failures.length ? Promise.reject(failures[call++]) : Promise.resolve('ok'));
}

/** Each metric's points as `name → [[attributes, value]]`. */
function points(collected: ResourceMetrics): Record<string, Array<[Record<string, unknown>, number]>> {
  const byName: Record<string, Array<[Record<string, unknown>, number]>> = {};
  for (const scope of collected.scopeMetrics) {
    for (const metric of scope.metrics) {
      byName[metric.descriptor.name] = metric.dataPoints.map((point) => [point.attributes, point.value as number]);
    }
  }
  return byName;
}

describe('retryTelemetry', () => {
  let spans: InMemorySpanExporter;
  let reader: TestReader;
  let telemetry: ReturnType<typeof retryTelemetry>;
  let time: ReturnType<typeof virtualClock>;

  beforeEach(() => {
    spans = new InMemorySpanExporter();
    const tracer = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] }).getTracer('test');
    reader = new TestReader();
    const meter = new MeterProvider({ readers: [reader] }).getMeter('test');
    time = virtualClock();
    telemetry = retryTelemetry({ tracer, meter, spanName: 'chat.getMessageList', now: () => 1_000_000 + time.now() });
  });

  it('draws a retried call that succeeded as one span with an event per attempt, and no error status', async () => {
    await time.run(withRetry(scripted([TIMEOUT, TIMEOUT]), { normalizer: tencent, clock: time.clock, random: () => 0.5, ...telemetry }));
    const [span, ...others] = spans.getFinishedSpans();
    expect(others).toEqual([]);
    expect(span!.name).toBe('chat.getMessageList');
    expect(span!.status.code).toBe(SpanStatusCode.UNSET);
    expect(span!.attributes['error.type']).toBeUndefined();
    expect(span!.events.map((event) => [event.name, event.attributes?.['im.retry.attempt'], event.attributes?.['error.type']])).toEqual([
      ['im.retry.attempt', 1, 'network/timeout'],
      ['im.retry.attempt', 2, 'network/timeout'],
      ['im.retry.attempt', 3, undefined],
    ]);
    // Back-dated to the first attempt: the span lasts the waits between attempts (virtual time).
    const ms = (time: [number, number]): number => time[0] * 1000 + time[1] / 1e6;
    expect(ms(span!.endTime) - ms(span!.startTime)).toBe(time.now());
  });

  it('marks a call that gave up with error.type kind/reason and an error status', async () => {
    const rejected = await time.run(withRetry(scripted([TIMEOUT, TIMEOUT, TIMEOUT, TIMEOUT]), { normalizer: tencent, clock: time.clock, random: () => 0.5, ...telemetry })).catch((error: IMError) => error);
    expect(rejected).toMatchObject({ kind: 'network' });
    const [span] = spans.getFinishedSpans();
    expect(span!.status).toEqual({ code: SpanStatusCode.ERROR, message: 'network/timeout' });
    expect(span!.attributes).toMatchObject({ 'error.type': 'network/timeout', 'im.vendor': 'tencent', 'im.retry.give_up_reason': 'max-attempts', 'im.retry.attempts': 3 });
    expect(span!.events).toHaveLength(3);
  });

  it('records no span for a call that succeeded at once, but counts its attempt', async () => {
    await time.run(withRetry(scripted([]), { normalizer: tencent, clock: time.clock, ...telemetry }));
    expect(spans.getFinishedSpans()).toEqual([]);
    expect(points((await reader.collect()).resourceMetrics)['im.retry.attempts']).toEqual([[{}, 1]]);
  });

  it('counts attempts, retries and give-ups by kind/reason and reason for giving up', async () => {
    await time.run(withRetry(scripted([TIMEOUT]), { normalizer: tencent, clock: time.clock, random: () => 0.5, ...telemetry }));
    await time.run(withRetry(scripted([DENIED]), { normalizer: tencent, clock: time.clock, ...telemetry })).catch(() => undefined);
    const metrics = points((await reader.collect()).resourceMetrics);
    const denied = tencent.normalize(DENIED);
    expect(denied.retryable).toBe(false);
    expect(metrics['im.retry.attempts']).toEqual([[{ 'im.vendor': 'tencent' }, 3]]);
    expect(metrics['im.retry.retries']).toEqual([[{ 'im.vendor': 'tencent' }, 1]]);
    expect(metrics['im.retry.give_ups']).toEqual([
      [{ 'im.vendor': 'tencent', 'error.type': `${denied.kind}/${denied.reason}`, 'im.error.kind': denied.kind, 'im.retry.give_up_reason': 'not-retryable' }, 1],
    ]);
  });

  it('counts the retries the budget refused', async () => {
    const budget = createRetryBudget({ ratio: 0, capacity: 0 });
    await time.run(withRetry(scripted([TIMEOUT]), { normalizer: tencent, clock: time.clock, budget, ...telemetry })).catch(() => undefined);
    expect(points((await reader.collect()).resourceMetrics)['im.retry.budget_refusals']).toEqual([[{ 'im.vendor': 'tencent' }, 1]]);
  });

  it('keeps the app’s own hooks beside the telemetry (withRetryTelemetry)', async () => {
    const seen: string[] = [];
    const options = withRetryTelemetry(
      { normalizer: tencent, clock: time.clock, random: () => 0.5, onRetry: () => seen.push('retry'), onSuccess: () => seen.push('success') },
      { tracer: new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] }).getTracer('t') },
    );
    await time.run(withRetry(scripted([TIMEOUT]), options));
    expect(seen).toEqual(['retry', 'success']);
    expect(spans.getFinishedSpans()).toHaveLength(1);
  });
});

describe('breakerTelemetry', () => {
  it('counts each state change by from and to', async () => {
    const reader = new TestReader();
    const meter = new MeterProvider({ readers: [reader] }).getMeter('test');
    const time = virtualClock();
    const breaker = createCircuitBreaker({ failureThreshold: 1, cooldownMs: 1000, clock: time.clock, onStateChange: breakerTelemetry({ meter }) });
    await time.run(withRetry(scripted([TIMEOUT, TIMEOUT, TIMEOUT]), { normalizer: tencent, clock: time.clock, random: () => 0.5, breaker })).catch(() => undefined);
    const transitions = points((await reader.collect()).resourceMetrics)['im.breaker.transitions'];
    expect(transitions).toContainEqual([{ 'im.breaker.from': 'closed', 'im.breaker.to': 'open' }, 1]);
  });
});

/**
 * OpenTelemetry for retried calls: a span per call that was retried or gave up, with an event per attempt, and
 * counters for attempts, retries, give-ups, budget refusals and breaker transitions. Built from the retry runtime's
 * hooks alone (`onRetry`, `onSuccess`, `onGiveUp`, the breaker's `onStateChange`), so both runners and every wrapper
 * report the same way, and the success path of a call that was not retried records no span.
 */
import { SpanStatusCode, metrics, trace, type Attributes, type Counter, type Meter, type Tracer } from '@opentelemetry/api';
import type { CircuitState, IMError, RetryHistory, RetryHooks } from '../index.js';
import { otelAttributes } from '../telemetry.js';

/** Where the telemetry goes; the global tracer and meter providers by default. */
export interface RetryTelemetryOptions {
  /** Defaults to `trace.getTracer('im-errors')`. */
  readonly tracer?: Tracer | undefined;
  /** Defaults to `metrics.getMeter('im-errors')`. */
  readonly meter?: Meter | undefined;
  /** The span's name; `im.retry` by default. Name it after the operation (`chat.sendMessage`) where you know it. */
  readonly spanName?: string | undefined;
  /** Milliseconds since the epoch, for the span's times; `Date.now` by default. */
  readonly now?: (() => number) | undefined;
}

/** The counters, made once per meter. */
interface Counters {
  readonly attempts: Counter;
  readonly retries: Counter;
  readonly giveUps: Counter;
  readonly budgetRefusals: Counter;
}

function countersOf(meter: Meter): Counters {
  return {
    attempts: meter.createCounter('im.retry.attempts', { description: 'Attempts made by retried calls, first attempts included' }),
    retries: meter.createCounter('im.retry.retries', { description: 'Attempts after the first' }),
    giveUps: meter.createCounter('im.retry.give_ups', { description: 'Calls that failed for good, by kind/reason and why retrying ended' }),
    budgetRefusals: meter.createCounter('im.retry.budget_refusals', { description: 'Retries the retry budget refused' }),
  };
}

/** What every metric of a call carries: the vendor, when its last error names one. */
const vendorOf = (error: IMError | undefined): Attributes => (error === undefined ? {} : { 'im.vendor': error.vendor });

/**
 * Draws the finished call as a span, back-dated to its first attempt: one event per attempt (its error's kind/reason,
 * the wait planned after it). Status and `error.type` only when the call gave up.
 */
function recordSpan(tracer: Tracer, name: string, now: number, history: RetryHistory, error: IMError | undefined): void {
  const spent = history.attempts.reduce((sum, record) => sum + record.durationMs + record.delayMs, 0);
  const span = tracer.startSpan(name, { startTime: now - spent, attributes: { 'im.retry.attempts': history.attempts.length } });
  let at = now - spent;
  for (const record of history.attempts) {
    at += record.durationMs;
    const attributes: Attributes = { 'im.retry.attempt': record.attempt, 'im.retry.delay_ms': record.delayMs };
    if (record.error !== undefined) attributes['error.type'] = `${record.error.kind}/${record.error.reason}`;
    span.addEvent('im.retry.attempt', attributes, at);
    at += record.delayMs;
  }
  if (error !== undefined) {
    span.setAttributes(otelAttributes(error));
    span.setStatus({ code: SpanStatusCode.ERROR, message: `${error.kind}/${error.reason}` });
  }
  span.end(now);
}

/**
 * Retry hooks that report to OpenTelemetry: pass them to `withRetry`, `wrap` or `wrapClient` (alone, or beside your
 * own with {@link withRetryTelemetry}).
 *
 * @example
 * ```ts
 * import { withRetry } from 'im-errors';
 * import { retryTelemetry } from 'im-errors/otel';
 * import { tencent } from 'im-errors/tencent';
 *
 * const telemetry = retryTelemetry({ spanName: 'chat.getMessageList' });
 * await withRetry(() => chat.getMessageList({ conversationID }), { normalizer: tencent, ...telemetry });
 * ```
 */
export function retryTelemetry(options: RetryTelemetryOptions = {}): Required<RetryHooks> {
  const tracer = options.tracer ?? trace.getTracer('im-errors');
  const counters = countersOf(options.meter ?? metrics.getMeter('im-errors'));
  const name = options.spanName ?? 'im.retry';
  const now = options.now ?? Date.now;
  const finish = (history: RetryHistory, error: IMError | undefined): void => {
    const last = error ?? history.attempts[history.attempts.length - 2]?.error;
    counters.attempts.add(history.attempts.length, vendorOf(last));
    if (history.attempts.length > 1) counters.retries.add(history.attempts.length - 1, vendorOf(last));
    if (error !== undefined) {
      counters.giveUps.add(1, {
        ...vendorOf(error),
        'error.type': `${error.kind}/${error.reason}`,
        'im.error.kind': error.kind,
        'im.retry.give_up_reason': history.gaveUp ?? 'not-retryable',
      });
      if (history.gaveUp === 'budget-exhausted') counters.budgetRefusals.add(1, vendorOf(error));
    }
    if (history.attempts.length > 1 || error !== undefined) recordSpan(tracer, name, now(), history, error);
  };
  return {
    onRetry: () => undefined,
    onSuccess: (history) => finish(history, undefined),
    onGiveUp: (error, history) => finish(history, error),
  };
}

/**
 * Your hooks and the telemetry's, both called (yours first): for options that already have hooks.
 *
 * @example
 * ```ts
 * const options = withRetryTelemetry({ normalizer: tencent, onGiveUp: (error) => log.warn(error.message) });
 * ```
 */
export function withRetryTelemetry<O extends RetryHooks>(retryOptions: O, options?: RetryTelemetryOptions): O & Required<RetryHooks> {
  const telemetry = retryTelemetry(options);
  return {
    ...retryOptions,
    onRetry: (error, attempt, delayMs) => {
      retryOptions.onRetry?.(error, attempt, delayMs);
      telemetry.onRetry(error, attempt, delayMs);
    },
    onSuccess: (history) => {
      retryOptions.onSuccess?.(history);
      telemetry.onSuccess(history);
    },
    onGiveUp: (error, history) => {
      retryOptions.onGiveUp?.(error, history);
      telemetry.onGiveUp(error, history);
    },
  };
}

/**
 * A breaker `onStateChange` that counts transitions (`im.breaker.transitions`, by `from` and `to`).
 *
 * @example
 * ```ts
 * const breaker = createCircuitBreaker({ failureThreshold: 5, cooldownMs: 10_000, onStateChange: breakerTelemetry() });
 * ```
 */
export function breakerTelemetry(options: Pick<RetryTelemetryOptions, 'meter'> = {}): (state: CircuitState, previous: CircuitState) => void {
  const transitions = (options.meter ?? metrics.getMeter('im-errors')).createCounter('im.breaker.transitions', {
    description: 'Circuit breaker state changes',
  });
  return (state, previous) => transitions.add(1, { 'im.breaker.from': previous, 'im.breaker.to': state });
}

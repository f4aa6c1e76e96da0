/**
 * `im-errors/otel`: OpenTelemetry spans and metrics for retried calls (`@opentelemetry/api` is an optional peer:
 * only this entry needs it).
 *
 * @packageDocumentation
 */
export { breakerTelemetry, retryTelemetry, withRetryTelemetry } from './retry-telemetry.js';
export type { RetryTelemetryOptions } from './retry-telemetry.js';

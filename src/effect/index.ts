/**
 * `im-errors/effect`: IMErrors for Effect apps. SDK calls become Effects that fail with IMErrors tagged by kind
 * (`Effect.catchTag('auth', …)`), a retry policy becomes a `Schedule`, and the `IMErrors` service + `Layer` let an
 * app swap adapters, policy or catalogs. Imports `effect/*` modules only (never the `effect` barrel), so bundlers
 * keep just what is used. `effect` is an optional peer dependency: only this entry needs it.
 *
 * @packageDocumentation
 */
export { fromPromise, normalizeFailures } from './from-promise.js';
export { tagged } from './tagged.js';
export type { TaggedIMError } from './tagged.js';
export { retrySchedule } from './schedule.js';
export type { RetryDecision, RetryScheduleOptions } from './schedule.js';
export { withRetry } from './retry.js';
export type { EffectRetryOptions } from './retry.js';
export { IMErrors, makeIMErrors } from './service.js';
export type { IMErrorsOptions, IMErrorsService } from './service.js';

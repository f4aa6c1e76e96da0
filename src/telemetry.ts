/**
 * OpenTelemetry-style attributes for an IMError, without depending on OpenTelemetry: put them on the span or the
 * metric of the failed call (`span.setAttributes(otelAttributes(err))`).
 */
import type { IMError } from './imerror.js';
import { retryHistoryOf } from './retry/history.js';

/** Attribute values as OpenTelemetry accepts them: strings, numbers, booleans. */
export type AttributeValue = string | number | boolean;

/** The attributes {@link otelAttributes} gives. */
export interface IMErrorAttributes {
  /**
   * The semantic-convention `error.type`: low-cardinality, `kind/reason` (e.g. `auth/token-expired`), the same
   * words im-errors uses everywhere.
   */
  readonly 'error.type': string;
  readonly 'im.vendor': string;
  readonly 'im.platform'?: string;
  /** The vendor code as given (number or digit string). */
  readonly 'im.error.code'?: number | string;
  readonly 'im.error.kind': string;
  readonly 'im.error.reason': string;
  readonly 'im.error.retryable': boolean;
  readonly 'im.error.recovery': string;
  /** For a call that went through the retry runtime: how many attempts it made… */
  readonly 'im.retry.attempts'?: number;
  /** …how long it waited between them, in ms… */
  readonly 'im.retry.total_delay_ms'?: number;
  /** …and why it stopped retrying. */
  readonly 'im.retry.give_up_reason'?: string;
  readonly [attribute: string]: AttributeValue | undefined;
}

/**
 * The OpenTelemetry-style attributes of an IMError: what failed (`error.type` = `kind/reason`, vendor, code, kind,
 * reason, retryable, recovery) and, when a retrying call rejected with it, its attempts, total wait and why it
 * gave up. Only strings, numbers and booleans; never the vendor's text or the raw error, so no secret and no
 * unbounded value gets into telemetry.
 *
 * @example
 * ```ts
 * span.setAttributes(otelAttributes(err));
 * // { 'error.type': 'auth/token-expired', 'im.vendor': 'tencent', 'im.error.code': 70001, 'im.error.retryable': false, … }
 * ```
 */
export function otelAttributes(error: IMError): IMErrorAttributes {
  const attributes: Record<string, AttributeValue> = {
    'error.type': `${error.kind}/${error.reason}`,
    'im.vendor': error.vendor,
    'im.error.kind': error.kind,
    'im.error.reason': error.reason,
    'im.error.retryable': error.retryable,
    'im.error.recovery': error.recovery,
  };
  if (error.platform !== undefined) attributes['im.platform'] = error.platform;
  if (error.code !== undefined) attributes['im.error.code'] = error.code;
  const history = retryHistoryOf(error);
  if (history !== undefined) {
    attributes['im.retry.attempts'] = history.attempts.length;
    attributes['im.retry.total_delay_ms'] = history.totalDelayMs;
    if (history.gaveUp !== undefined) attributes['im.retry.give_up_reason'] = history.gaveUp;
  }
  return attributes as IMErrorAttributes;
}

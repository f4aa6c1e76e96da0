/**
 * The IMErrors the retry runtime makes itself — a cancelled call, a circuit that fails fast — as mapping entries,
 * built by `fromEntry` like any vendor error, and the one function that turns a rejection into an IMError.
 */
import { EXCEPTION, UNRECOGNIZED } from '../fallbacks.js';
import { fromEntry, isIMError, type IMError } from '../imerror.js';
import type { MappingEntry } from '../mapping.js';
import { classifyPlatformError } from '../js-errors.js';
import { readingOnce, safeGet, unwrapChain } from '../safe.js';
import { VENDORS, type Vendor } from '../taxonomy.js';
import type { ErrorNormalizer } from './options.js';

/** The caller aborted: nothing to do, the call is over. */
export const CANCELLED: MappingEntry = ['client', 'cancelled', false, 'none'];

/**
 * The circuit breaker is open: the vendor has been failing, calls fail fast for a cool-down. Waiting helps
 * (`retryAfterMs` is the cool-down left), so it is retryable with recovery `wait`.
 */
export const CIRCUIT_OPEN: MappingEntry = ['client', 'circuit-open', true, 'wait'];

/**
 * An attempt the runner abandoned: its `attemptTimeoutMs` passed, or the deadline. Retryable (it may succeed next
 * time), but only an idempotent call is retried: the abandoned attempt may have done its work.
 */
export const ATTEMPT_TIMEOUT: MappingEntry = ['network', 'timeout', true, 'retry'];

/** The vendor a normalizer stands for: an adapter's `vendor`, otherwise `unknown`. */
export function vendorOf(normalizer: ErrorNormalizer | undefined): Vendor {
  if (normalizer === undefined) return 'unknown';
  const vendor = safeGet(normalizer, 'vendor');
  return (VENDORS as readonly unknown[]).includes(vendor) ? (vendor as Vendor) : 'unknown';
}

/**
 * The normalize function of an adapter or a normalizer function, made total: a user-supplied function that throws
 * gives a `client/exception` IMError instead of breaking the runner.
 */
export function normalizeWith(normalizer: ErrorNormalizer | undefined): (raw: unknown) => IMError {
  const vendor = vendorOf(normalizer);
  const chosen = normalizer ?? platformNormalizer();
  return (raw) => {
    try {
      const error: unknown = typeof chosen === 'function' ? chosen(raw) : chosen.normalize(raw);
      if (isIMError(error)) return error;
    } catch {
      // Falls through to the exception error.
    }
    return fromEntry(EXCEPTION, { vendor, vendorMessage: 'the error normalizer threw', cause: raw });
  };
}

let platformOnly: ((raw: unknown) => IMError) | undefined;

/**
 * The normalizer of a retrying call given none: platform errors only (aborts, timeouts, `fetch`, sockets). A vendor's
 * error is not read: it comes out `unknown` (not retryable), so pass the vendor's adapter to retry vendor errors.
 */
export function platformNormalizer(): (raw: unknown) => IMError {
  // Each property of the rejection read at most once, as in `normalize`.
  platformOnly ??= (raw) =>
    readingOnce(() => {
      if (isIMError(raw)) return raw;
      for (const candidate of unwrapChain(raw, 'cause')) {
        const found = classifyPlatformError(candidate);
        if (found !== undefined) return fromEntry(found.entry, { vendor: 'unknown', code: found.code, vendorMessage: found.message, cause: raw });
      }
      return fromEntry(UNRECOGNIZED, { vendor: 'unknown', vendorMessage: 'not a platform error (no vendor adapter given)', cause: raw });
    });
  return platformOnly;
}

/** The `network/timeout` IMError of an attempt abandoned after `ms`. */
export function attemptTimeoutError(vendor: Vendor, ms: number, byDeadline: boolean): IMError {
  const message = byDeadline ? `attempt cut by the retry deadline after ${Math.round(ms)} ms` : `attempt timed out after ${Math.round(ms)} ms`;
  return fromEntry(ATTEMPT_TIMEOUT, { vendor, vendorMessage: message, cause: undefined });
}

/** The `client/exception` IMError of a call whose user code (a clock, a breaker, a reader) threw `thrown`. */
export function exceptionError(vendor: Vendor, thrown: unknown): IMError {
  return fromEntry(EXCEPTION, { vendor, vendorMessage: 'code called by the retry runner threw', cause: thrown });
}

/** The `client/cancelled` IMError of an aborted call; `cause` is the signal's abort reason. */
export function cancelledError(vendor: Vendor, reason: unknown): IMError {
  return fromEntry(CANCELLED, { vendor, vendorMessage: 'cancelled by the caller', cause: reason });
}

/** The `client/circuit-open` IMError of a call refused by an open breaker; `retryAfterMs` is the cool-down left. */
export function circuitOpenError(vendor: Vendor, retryAfterMs: number): IMError {
  const wait = retryAfterMs > 0 ? Math.ceil(retryAfterMs) : undefined;
  const [kind, reason, retryable, recovery] = CIRCUIT_OPEN;
  return fromEntry([kind, reason, retryable, recovery, wait] as MappingEntry, {
    vendor,
    vendorMessage: wait === undefined ? 'circuit open: a probe call is in flight' : `circuit open for ${wait} ms more`,
    cause: undefined,
  });
}

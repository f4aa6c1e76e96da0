/**
 * The IMErrors the retry runtime makes itself — a cancelled call, a circuit that fails fast — as mapping entries,
 * built by `fromEntry` like any vendor error, and the one function that turns a rejection into an IMError.
 */
import { EXCEPTION } from '../fallbacks.js';
import { fromEntry, type IMError } from '../imerror.js';
import type { MappingEntry } from '../mapping.js';
import { safeGet } from '../safe.js';
import { VENDORS, type Vendor } from '../taxonomy.js';
import type { ErrorNormalizer } from './options.js';

/** The caller aborted: nothing to do, the call is over. */
export const CANCELLED: MappingEntry = ['client', 'cancelled', false, 'none'];

/**
 * The circuit breaker is open: the vendor has been failing, calls fail fast for a cool-down. Waiting helps
 * (`retryAfterMs` is the cool-down left), so it is retryable with recovery `wait`.
 */
export const CIRCUIT_OPEN: MappingEntry = ['client', 'circuit-open', true, 'wait'];

/** The vendor a normalizer stands for: an adapter's `vendor`, otherwise `unknown`. */
export function vendorOf(normalizer: ErrorNormalizer): Vendor {
  const vendor = safeGet(normalizer, 'vendor');
  return (VENDORS as readonly unknown[]).includes(vendor) ? (vendor as Vendor) : 'unknown';
}

/**
 * The normalize function of an adapter or a normalizer function, made total: a user-supplied function that throws
 * gives a `client/exception` IMError instead of breaking the runner.
 */
export function normalizeWith(normalizer: ErrorNormalizer): (raw: unknown) => IMError {
  const vendor = vendorOf(normalizer);
  return (raw) => {
    try {
      return typeof normalizer === 'function' ? normalizer(raw) : normalizer.normalize(raw);
    } catch {
      return fromEntry(EXCEPTION, { vendor, vendorMessage: 'the error normalizer threw', cause: raw });
    }
  };
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

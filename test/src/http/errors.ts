/** IMErrors of a given (kind, reason) for the interop tables' tests, with a cause holding a secret. */
import { createIMError, type IMError } from '../../../src/imerror.js';
import type { Kind, ReasonOf } from '../../../src/taxonomy.js';

/** An IMError of a (kind, reason), as the normalizer would make it. */
export function errorOf<K extends Kind>(kind: K, reason: ReasonOf<K>, extra: { retryAfterMs?: number; vendorMessage?: string; code?: number } = {}): IMError {
  return createIMError({ kind, reason, vendor: 'tencent', retryable: false, recovery: 'none', cause: { secret: 'cause-secret' }, ...extra } as never);
}

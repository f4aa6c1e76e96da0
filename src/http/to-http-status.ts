/**
 * IMError → the HTTP status a server answers its own client with: the gRPC code's canonical HTTP status (as
 * google.rpc.Code documents it), refined where HTTP has a more precise word. A BFF calling a vendor is a gateway,
 * so a vendor it could not reach or that failed is 502 (Bad Gateway), a vendor that timed out 504.
 */
import type { IMError } from '../imerror.js';
import { safeGet } from '../safe.js';
import { grpcNameOf, type GrpcName } from './to-grpc-code.js';

/** The canonical HTTP status of each gRPC code. */
export const HTTP_OF_GRPC: { readonly [name in GrpcName]: number } = {
  OK: 200,
  CANCELLED: 499,
  UNKNOWN: 500,
  INVALID_ARGUMENT: 400,
  DEADLINE_EXCEEDED: 504,
  NOT_FOUND: 404,
  ALREADY_EXISTS: 409,
  PERMISSION_DENIED: 403,
  RESOURCE_EXHAUSTED: 429,
  FAILED_PRECONDITION: 400,
  ABORTED: 409,
  OUT_OF_RANGE: 400,
  UNIMPLEMENTED: 501,
  INTERNAL: 500,
  UNAVAILABLE: 503,
  DATA_LOSS: 500,
  UNAUTHENTICATED: 401,
};

/**
 * The HTTP status for an IMError:
 *
 * | IMError | status |
 * | --- | --- |
 * | reason `too-large` (any kind) | 413 |
 * | `network/*` but `timeout`; `server/internal`, `server/other`, `server/unexpected-response` | 502 |
 * | anything else | the canonical status of its gRPC code (`toGrpcCode`): 400, 401, 403, 404, 409, 429, 499, 500, 501, 503, 504 |
 *
 * Total: anything that is not an IMError is 500.
 *
 * @example
 * toHttpStatus(err); // 429 for rate-limit/too-many-requests, 401 for auth/token-expired, 502 for network/offline
 */
export function toHttpStatus(err: IMError): number {
  const kind = safeGet(err, 'kind');
  const reason = safeGet(err, 'reason');
  const name = grpcNameOf(kind, reason);
  if (reason === 'too-large') return 413;
  if ((kind === 'network' || kind === 'server') && (name === 'UNAVAILABLE' || name === 'INTERNAL' || name === 'UNKNOWN')) {
    return kind === 'server' && name === 'UNAVAILABLE' ? 503 : 502;
  }
  return HTTP_OF_GRPC[name];
}

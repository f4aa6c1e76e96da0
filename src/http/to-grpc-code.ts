/**
 * IMError → gRPC status code, as gRPC names it (`UNAVAILABLE`, 14) and as Connect does (`unavailable`): one documented
 * table per kind, with the reasons that differ from their kind. The HTTP status (`./to-http-status.ts`) is derived from
 * it, so a BFF answering over gRPC and over HTTP says the same thing both ways.
 */
import type { IMError } from '../imerror.js';
import { hasOwn, safeGet } from '../safe.js';
import type { Kind, ReasonOf } from '../taxonomy.js';

/** The canonical gRPC codes, by name. */
export const GRPC_CODES = {
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  OUT_OF_RANGE: 11,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  DATA_LOSS: 15,
  UNAUTHENTICATED: 16,
} as const;

/** A gRPC code's name, e.g. `'UNAVAILABLE'`. */
export type GrpcName = keyof typeof GRPC_CODES;

/** A Connect code: the gRPC name in lower snake case, but `canceled` for CANCELLED (Connect's spelling). */
export type ConnectCode = Exclude<Lowercase<GrpcName>, 'cancelled' | 'ok'> | 'canceled';

/** What {@link toGrpcCode} gives: the code's number, its gRPC name and its Connect name. */
export interface GrpcStatus {
  readonly code: (typeof GRPC_CODES)[GrpcName];
  readonly name: GrpcName;
  readonly connect: ConnectCode;
}

/** Codes by the shared reason vocabulary (taxonomy.ts): the same word means the same in every kind. */
const BY_REASON: { readonly [reason: string]: GrpcName } = {
  timeout: 'DEADLINE_EXCEEDED',
  cancelled: 'CANCELLED',
  'not-found': 'NOT_FOUND',
  'request-not-found': 'NOT_FOUND',
  'already-exists': 'ALREADY_EXISTS',
  'already-member': 'ALREADY_EXISTS',
  'already-friend': 'ALREADY_EXISTS',
  'already-blocked': 'ALREADY_EXISTS',
  'no-permission': 'PERMISSION_DENIED',
  'admin-required': 'PERMISSION_DENIED',
  'operation-forbidden': 'PERMISSION_DENIED',
  'cross-app-denied': 'PERMISSION_DENIED',
  'not-sender': 'PERMISSION_DENIED',
  'sender-muted': 'PERMISSION_DENIED',
  'blocked-by-peer': 'PERMISSION_DENIED',
  'blocked-by-receiver': 'PERMISSION_DENIED',
  'in-blocklist': 'PERMISSION_DENIED',
  'rejected-by-callback': 'PERMISSION_DENIED',
  'limit-reached': 'RESOURCE_EXHAUSTED',
  'peer-limit-reached': 'RESOURCE_EXHAUSTED',
  full: 'RESOURCE_EXHAUSTED',
  invalid: 'INVALID_ARGUMENT',
  'invalid-id': 'INVALID_ARGUMENT',
  'invalid-field': 'INVALID_ARGUMENT',
  malformed: 'INVALID_ARGUMENT',
  'missing-field': 'INVALID_ARGUMENT',
  'too-large': 'INVALID_ARGUMENT',
  'content-rejected': 'INVALID_ARGUMENT',
  empty: 'INVALID_ARGUMENT',
  'not-media': 'INVALID_ARGUMENT',
  unreadable: 'INVALID_ARGUMENT',
  'checksum-mismatch': 'DATA_LOSS',
  unsupported: 'UNIMPLEMENTED',
  conflict: 'ABORTED',
  'upload-failed': 'UNAVAILABLE',
  'download-failed': 'UNAVAILABLE',
  'upload-credentials-failed': 'UNAVAILABLE',
  'send-failed': 'UNAVAILABLE',
};

/** One kind's codes: `default` for any reason not listed (and not in the shared vocabulary). */
type KindCodes<K extends Kind> = { readonly default: GrpcName } & { readonly [R in ReasonOf<K>]?: GrpcName };

/**
 * The table per kind. A state the request runs into (not a member, already recalled, recall window passed, request
 * already handled) is FAILED_PRECONDITION; the vendor's or the BFF's own failures are UNAVAILABLE (transient) or
 * INTERNAL; anything that cannot be told is UNKNOWN.
 */
export const GRPC_TABLE: { readonly [K in Kind]: KindCodes<K> } = {
  'rate-limit': { default: 'RESOURCE_EXHAUSTED' },
  network: { default: 'UNAVAILABLE' },
  auth: {
    default: 'UNAUTHENTICATED',
    'account-disabled': 'PERMISSION_DENIED',
    'account-removed': 'PERMISSION_DENIED',
    'already-logged-in': 'FAILED_PRECONDITION',
    'login-in-progress': 'FAILED_PRECONDITION',
    'logout-in-progress': 'FAILED_PRECONDITION',
    // The server's own configuration (App Key) or the vendor's app state: not the caller's credentials.
    'app-key-invalid': 'INTERNAL',
    'app-disabled': 'INTERNAL',
  },
  quota: { default: 'RESOURCE_EXHAUSTED', 'feature-not-enabled': 'FAILED_PRECONDITION' },
  group: { default: 'FAILED_PRECONDITION' },
  friend: { default: 'FAILED_PRECONDITION' },
  media: { default: 'FAILED_PRECONDITION' },
  message: { default: 'FAILED_PRECONDITION' },
  user: { default: 'FAILED_PRECONDITION' },
  permission: { default: 'PERMISSION_DENIED' },
  validation: { default: 'INVALID_ARGUMENT', 'limit-reached': 'INVALID_ARGUMENT' },
  server: { default: 'INTERNAL', busy: 'UNAVAILABLE', 'unexpected-response': 'UNKNOWN' },
  client: { default: 'INTERNAL', 'circuit-open': 'UNAVAILABLE' },
  unknown: { default: 'UNKNOWN' },
};

/** The gRPC name for a (kind, reason): the kind's own row, else the shared vocabulary, else the kind's default. */
export function grpcNameOf(kind: unknown, reason: unknown): GrpcName {
  const table = (typeof kind === 'string' && hasOwn(GRPC_TABLE, kind) ? GRPC_TABLE[kind as Kind] : GRPC_TABLE.unknown) as {
    readonly [key: string]: GrpcName;
  };
  const key = typeof reason === 'string' && reason !== 'default' ? reason : '';
  return (hasOwn(table, key) ? table[key] : hasOwn(BY_REASON, key) ? BY_REASON[key] : undefined) ?? table.default!;
}

/**
 * The gRPC status an IMError answers with, as a number and as gRPC and Connect name it. Total: anything that is not
 * an IMError is UNKNOWN.
 *
 * @example
 * toGrpcCode(err); // { code: 14, name: 'UNAVAILABLE', connect: 'unavailable' } for network/connection-failed
 */
export function toGrpcCode(err: IMError): GrpcStatus {
  const name = grpcNameOf(safeGet(err, 'kind'), safeGet(err, 'reason'));
  return { code: GRPC_CODES[name], name, connect: name === 'CANCELLED' ? 'canceled' : (name.toLowerCase() as ConnectCode) };
}

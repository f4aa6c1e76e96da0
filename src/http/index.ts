/**
 * `im-errors/http`, for servers: failed `fetch` `Response`s in (`normalizeResponse`), and IMErrors out as an HTTP
 * status, a gRPC / Connect code, or RFC 9457 problem details. HTTP client errors (axios, got, ky) need nothing from
 * here: every normalizer reads them.
 */
export { normalizeResponse } from './normalize-response.js';
export type { NormalizeResponseOptions } from './normalize-response.js';
export { BODY_TIMEOUT_MS, readResponse } from './read-response.js';
export type { ReadResponse } from './read-response.js';
export { GRPC_CODES, GRPC_TABLE, toGrpcCode } from './to-grpc-code.js';
export type { ConnectCode, GrpcName, GrpcStatus } from './to-grpc-code.js';
export { HTTP_OF_GRPC, toHttpStatus } from './to-http-status.js';
export { toProblemDetails } from './problem-details.js';
export type { ProblemDetails, ProblemDetailsOptions, ProblemResponse } from './problem-details.js';
export { MAX_BODY, MAX_RETRY_AFTER_MS, parseRetryAfter } from '../http-response.js';
export { bareStatus } from '../http-status.js';

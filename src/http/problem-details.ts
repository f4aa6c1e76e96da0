/**
 * IMError → an RFC 9457 problem details answer (`application/problem+json`): the status of `toHttpStatus`, the user
 * message in the client's locale as `detail`, the wait as the `retryAfterMs` extension and as a `Retry-After` header.
 * Nothing of the error's `cause`, vendor code, vendor text or any secret is in it: only the (kind, reason) and the
 * catalog's words for them.
 */
import type { IMError } from '../imerror.js';
import { toUserMessage } from '../messages/index.js';
import type { Kind, Reason } from '../taxonomy.js';
import { toHttpStatus } from './to-http-status.js';

/** The RFC 9457 body, with the IMError's kind, reason and wait as extension members. */
export interface ProblemDetails {
  /** `about:blank` by default, else `<type option><kind>/<reason>`. */
  readonly type: string;
  /** The HTTP status phrase (`Too Many Requests`): the same for every occurrence of a type. */
  readonly title: string;
  readonly status: number;
  /** The user message in the requested locale (`toUserMessage`). */
  readonly detail: string;
  readonly kind: Kind;
  readonly reason: Reason;
  /** How long the client should wait before retrying, when the error says. */
  readonly retryAfterMs?: number;
}

/** What a server sends: the status, the headers (with `Retry-After` in seconds when there is a wait) and the body. */
export interface ProblemResponse {
  readonly status: number;
  readonly headers: { readonly 'content-type': 'application/problem+json'; readonly 'retry-after'?: string };
  readonly body: ProblemDetails;
}

/** Options of {@link toProblemDetails}. */
export interface ProblemDetailsOptions {
  /** The client's locale for `detail` (`'zh-CN'`, `'en'`…); English by default. */
  readonly locale?: string | undefined;
  /**
   * A base URI for problem types, e.g. `https://api.example.com/problems/`: the type is then the base followed by
   * `kind/reason`. Without it every type is `about:blank`, as RFC 9457 advises when a type means no more than its status.
   */
  readonly type?: string | undefined;
}

/** The phrases of the statuses `toHttpStatus` gives (RFC 9110; 499 is nginx's, as google.rpc.Code uses it). */
const TITLES: { readonly [status: number]: string } = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  429: 'Too Many Requests',
  499: 'Client Closed Request',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/**
 * The problem details answer for an IMError.
 *
 * @example
 * ```ts
 * const problem = toProblemDetails(err, { locale: 'zh-CN', type: 'https://api.example.com/problems/' });
 * response.writeHead(problem.status, problem.headers).end(JSON.stringify(problem.body));
 * ```
 */
export function toProblemDetails(err: IMError, options: ProblemDetailsOptions = {}): ProblemResponse {
  const status = toHttpStatus(err);
  const wait = err.retryAfterMs;
  const hasWait = typeof wait === 'number' && Number.isFinite(wait) && wait >= 0;
  const body: ProblemDetails = {
    type: options.type === undefined ? 'about:blank' : `${options.type}${err.kind}/${err.reason}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail: toUserMessage(err, { locale: options.locale }),
    kind: err.kind,
    reason: err.reason,
    ...(hasWait ? { retryAfterMs: wait } : {}),
  };
  return {
    status,
    headers: hasWait
      ? { 'content-type': 'application/problem+json', 'retry-after': String(Math.ceil(wait / 1000)) }
      : { 'content-type': 'application/problem+json' },
    body,
  };
}

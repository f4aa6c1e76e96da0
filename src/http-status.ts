/**
 * What an HTTP status says when a vendor's own code only says "request failed" (Easemob -2 / 17 carry the status
 * of the failed request beside them). Only statuses with one clear meaning are listed.
 */
import type { MappingEntry } from './mapping.js';

/** HTTP status → mapping, for refining a vendor's generic code. */
export const HTTP_STATUS: { readonly [status: number]: MappingEntry } = {
  0: ['network', 'request-failed', true, 'check-network'], // no response at all (offline, DNS, CORS, reset)
  401: ['auth', 'invalid-credentials', false, 'refresh-credentials'],
  403: ['permission', 'no-permission', false, 'fix-input'],
  408: ['network', 'timeout', true, 'retry'],
  413: ['validation', 'too-large', false, 'fix-input'],
  429: ['rate-limit', 'too-many-requests', true, 'wait'],
  500: ['server', 'internal', true, 'retry'],
  502: ['server', 'busy', true, 'retry'],
  503: ['server', 'busy', true, 'retry'],
  504: ['server', 'timeout', true, 'retry'],
};

/**
 * What an HTTP status alone says, for an error answer with no vendor body (or one no table knows):
 *
 * | status | IMError |
 * | --- | --- |
 * | 401 | `auth/invalid-credentials` |
 * | 403 | `permission/no-permission` |
 * | 404 | `validation/invalid` (the resource's domain is only known from a vendor body) |
 * | 408 | `network/timeout`, retryable |
 * | 413 | `validation/too-large` |
 * | 429 | `rate-limit/too-many-requests`, retryable |
 * | 500 | `server/internal`, retryable |
 * | 502, 503 | `server/busy`, retryable |
 * | 504 | `server/timeout`, retryable |
 * | 501 | `validation/unsupported` |
 * | other 4xx | `validation/invalid` |
 * | other 5xx | `server/other`, not retryable |
 * | 1xx–3xx | none: no failure |
 *
 * @example
 * bareStatus(429); // ['rate-limit', 'too-many-requests', true, 'wait']
 */
export function bareStatus(status: number): MappingEntry | undefined {
  if (status >= 400 && status in HTTP_STATUS) return HTTP_STATUS[status];
  if (status === 501) return ['validation', 'unsupported', false, 'fix-input'];
  if (status >= 400 && status < 500) return ['validation', 'invalid', false, 'fix-input'];
  if (status >= 500 && status < 600) return ['server', 'other', false, 'contact-support'];
  return undefined;
}

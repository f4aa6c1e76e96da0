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

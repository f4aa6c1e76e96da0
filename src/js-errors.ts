/**
 * Errors that come from the JavaScript platform rather than a vendor: aborts, timeouts, fetch failures, Node socket
 * errors, WeChat mini-program `errMsg` failures. Data tables, read by {@link classifyPlatformError}.
 */
import type { MappingEntry } from './mapping.js';
import { baseOf, hasOwn, safeText, unwrapChain } from './safe.js';

/** Node / undici `code`s of socket and DNS failures. */
const BY_CODE: { readonly [code: string]: MappingEntry } = {
  ECONNRESET: ['network', 'connection-reset', true, 'retry'],
  ECONNABORTED: ['network', 'disconnected', true, 'retry'],
  EPIPE: ['network', 'disconnected', true, 'retry'],
  ETIMEDOUT: ['network', 'timeout', true, 'retry'],
  ESOCKETTIMEDOUT: ['network', 'timeout', true, 'retry'],
  UND_ERR_CONNECT_TIMEOUT: ['network', 'timeout', true, 'retry'],
  UND_ERR_HEADERS_TIMEOUT: ['network', 'timeout', true, 'retry'],
  UND_ERR_BODY_TIMEOUT: ['network', 'timeout', true, 'retry'],
  UND_ERR_SOCKET: ['network', 'connection-reset', true, 'retry'],
  ECONNREFUSED: ['network', 'connection-failed', true, 'check-network'],
  ENOTFOUND: ['network', 'connection-failed', true, 'check-network'],
  EAI_AGAIN: ['network', 'connection-failed', true, 'check-network'],
  EHOSTUNREACH: ['network', 'connection-failed', true, 'check-network'],
  ENETUNREACH: ['network', 'offline', true, 'check-network'],
  ENETDOWN: ['network', 'offline', true, 'check-network'],
  ABORT_ERR: ['client', 'cancelled', false, 'none'],
};

/** `name`s of DOMExceptions and well-known error classes. */
const BY_NAME: { readonly [name: string]: MappingEntry } = {
  AbortError: ['client', 'cancelled', false, 'none'],
  TimeoutError: ['network', 'timeout', true, 'retry'],
  NetworkError: ['network', 'request-failed', true, 'check-network'],
};

/** Message texts of `TypeError`s thrown by `fetch` when the request never got an answer, per runtime. */
const FETCH_FAILURES: readonly RegExp[] = [
  /^Failed to fetch\b/i, // Chromium
  /^NetworkError when attempting to fetch resource/i, // Firefox
  /^Load failed$/i, // Safari
  /^Network request failed$/i, // React Native
  /^fetch failed$/i, // Node (undici)
];

/** WeChat mini-program failures: `{ errMsg: 'request:fail timeout' }`. */
const MINIPROGRAM: ReadonlyArray<readonly [RegExp, MappingEntry]> = [
  [/:fail.*time ?out/i, ['network', 'timeout', true, 'retry']],
  [/^(request|uploadFile|downloadFile|connectSocket):fail/i, ['network', 'request-failed', true, 'check-network']],
];

/** A platform error recognised in a value, with the code and text to report. */
export interface PlatformError {
  readonly entry: MappingEntry;
  readonly code: string | undefined;
  readonly message: string;
}

/** Recognises a platform (non-vendor) error in `value`, or returns undefined. */
export function classifyPlatformError(value: unknown): PlatformError | undefined {
  const base = baseOf(value);
  if (base === undefined) return undefined;
  const code = safeText(base.code, 40);
  const name = safeText(base.name, 60);
  const message = safeText(base.message) ?? '';
  if (code !== undefined && hasOwn(BY_CODE, code)) return { entry: BY_CODE[code]!, code, message };
  if (name !== undefined && hasOwn(BY_NAME, name)) return { entry: BY_NAME[name]!, code, message };
  if (name === 'TypeError' && FETCH_FAILURES.some((pattern) => pattern.test(message))) {
    // undici's `fetch failed` says why in its cause chain (ECONNREFUSED, UND_ERR_CONNECT_TIMEOUT…): the first known code.
    for (const cause of unwrapChain(base.cause, 'cause')) {
      const causeCode = safeText(baseOf(cause)?.code, 40);
      if (causeCode !== undefined && hasOwn(BY_CODE, causeCode)) return { entry: BY_CODE[causeCode]!, code: causeCode, message };
    }
    return { entry: ['network', 'request-failed', true, 'check-network'], code, message };
  }
  const errMsg = safeText(base.errMsg);
  if (errMsg !== undefined) {
    const found = MINIPROGRAM.find(([pattern]) => pattern.test(errMsg));
    if (found !== undefined) return { entry: found[1], code, message: errMsg };
  }
  return undefined;
}

/** Plain JavaScript errors (no vendor code) become network or client errors. */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/all.js';
import { tencent } from '../../adapters/tencent/index.js';

const nodeError = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('platform errors', () => {
  it.each([
    ['AbortError (DOMException)', new DOMException('The operation was aborted.', 'AbortError'), 'client', 'cancelled', false],
    ['AbortSignal.timeout()', new DOMException('signal timed out', 'TimeoutError'), 'network', 'timeout', true],
    ['fetch in Chromium', new TypeError('Failed to fetch'), 'network', 'request-failed', true],
    ['fetch in Firefox', new TypeError('NetworkError when attempting to fetch resource.'), 'network', 'request-failed', true],
    ['fetch in Safari', new TypeError('Load failed'), 'network', 'request-failed', true],
    ['fetch in React Native', new TypeError('Network request failed'), 'network', 'request-failed', true],
    ['Node ECONNRESET', nodeError('ECONNRESET'), 'network', 'connection-reset', true],
    ['Node ETIMEDOUT', nodeError('ETIMEDOUT'), 'network', 'timeout', true],
    ['Node ENOTFOUND', nodeError('ENOTFOUND', 'getaddrinfo ENOTFOUND im.example'), 'network', 'connection-failed', true],
    ['Node ECONNREFUSED', nodeError('ECONNREFUSED'), 'network', 'connection-failed', true],
    ['mini-program timeout', { errMsg: 'request:fail timeout' }, 'network', 'timeout', true],
    ['mini-program socket', { errMsg: 'connectSocket:fail' }, 'network', 'request-failed', true],
    ['a bug in app code', new TypeError('cannot read properties of undefined'), 'client', 'exception', false],
  ] as const)('%s', (_title, raw, kind, reason, retryable) => {
    const error = normalize(raw);
    expect({ kind: error.kind, reason: error.reason, retryable: error.retryable }).toEqual({ kind, reason, retryable });
    expect(error.cause).toBe(raw);
    expect(error.vendor).toBe('unknown');
  });

  it('finds the platform error inside a cause chain', () => {
    const raw = new Error('sendMessage failed', { cause: new Error('transport', { cause: nodeError('ECONNRESET') }) });
    const error = normalize(raw);
    expect([error.kind, error.reason]).toEqual(['network', 'connection-reset']);
    expect(error.cause).toBe(raw);
  });

  it('labels the vendor when the normalizer serves one vendor', () => {
    expect(tencent.normalize(new TypeError('Failed to fetch')).vendor).toBe('tencent');
  });

  it('reports strings and odd values as unrecognized, numbers as unmapped codes', () => {
    expect([normalize('boom').kind, normalize('boom').reason]).toEqual(['unknown', 'unrecognized']);
    expect(normalize('boom').vendorMessage).toBe('boom');
    expect(normalize(undefined).reason).toBe('unrecognized');
    expect(normalize(123456789).reason).toBe('unmapped-code');
    expect(normalize(123456789).code).toBe(123456789);
  });
});

/**
 * `normalizeResponse` and the vendor entries' own (`normalizeTencentResponse`…) over real `fetch` answers from a local
 * server answering as the vendors' REST APIs fail: vendor, kind, status and `Retry-After`; the caller's body unread.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { normalizeResponse } from '../../../src/http/normalize-response.js';
import { tencent, normalizeTencentResponse } from '../../../adapters/tencent/index.js';
import { normalizeJMessageResponse } from '../../../adapters/jmessage/index.js';
import { easemob, normalizeEasemobResponse } from '../../../adapters/easemob/index.js';
import { normalizeAgoraResponse } from '../../../adapters/agora/index.js';
import { isIMError, type IMError } from '../../../src/imerror.js';
import { BODIES, SECRETS, secretUrl, startVendorServer, type VendorServer } from './vendor-server.js';

let server: VendorServer;

beforeAll(async () => {
  server = await startVendorServer({
    '/tencent/sig': { status: 200, body: BODIES.tencentUserSigExpired },
    '/tencent/busy': { status: 503, headers: { 'retry-after': '7' }, body: BODIES.tencentTimeout },
    '/jmessage/user': { status: 400, body: BODIES.jmessageNoUser },
    '/easemob/limit': { status: 429, headers: { 'retry-after': '2' }, body: BODIES.easemobReachLimit },
    '/easemob/token': { status: 401, body: BODIES.easemobUnauthorized },
    '/bare/429': { status: 429, headers: { 'retry-after': '3' }, body: 'slow down' },
    '/bare/500-html': { status: 500, body: '<html>oops</html>' },
  });
});
afterAll(() => server.close());

/** A request as a backend sends it, with credentials in the URL, the headers and the body. */
const post = (path: string): Promise<Response> =>
  fetch(secretUrl(server.url, path), {
    method: 'POST',
    headers: { authorization: SECRETS.authorization },
    body: JSON.stringify({ password: SECRETS.password }),
  });

const fields = (error: IMError) => ({ vendor: error.vendor, kind: error.kind, reason: error.reason, httpStatus: error.httpStatus, retryAfterMs: error.retryAfterMs });

describe('normalizeResponse (every vendor by default)', () => {
  it.each([
    ['/tencent/sig', { vendor: 'tencent', kind: 'auth', reason: 'token-expired', httpStatus: 200, retryAfterMs: undefined }],
    ['/tencent/busy', { vendor: 'tencent', kind: 'server', reason: 'timeout', httpStatus: 503, retryAfterMs: 7000 }],
    ['/jmessage/user', { vendor: 'jmessage', kind: 'user', reason: 'not-found', httpStatus: 400, retryAfterMs: undefined }],
    ['/easemob/limit', { vendor: 'easemob', kind: 'rate-limit', reason: 'too-many-requests', httpStatus: 429, retryAfterMs: 2000 }],
    ['/easemob/token', { vendor: 'easemob', kind: 'auth', reason: 'token-expired', httpStatus: 401, retryAfterMs: undefined }],
    ['/bare/429', { vendor: 'unknown', kind: 'rate-limit', reason: 'too-many-requests', httpStatus: 429, retryAfterMs: 3000 }],
    ['/bare/500-html', { vendor: 'unknown', kind: 'server', reason: 'internal', httpStatus: 500, retryAfterMs: undefined }],
  ] as const)('%s', async (path, expected) => {
    const response = await post(path);
    const error = await normalizeResponse(response);
    expect(fields(error)).toEqual(expected);
    expect(response.bodyUsed).toBe(false);
    expect((error.cause as { response: unknown }).response).toBe(response);
    const shown = [error.message, JSON.stringify(error)].join('\n');
    for (const secret of Object.values(SECRETS)) expect(shown).not.toContain(secret);
    await response.text(); // the caller's body is still there
  });

  it('takes a vendor adapter or a normalize function', async () => {
    expect((await normalizeResponse(await post('/easemob/token'), { normalizer: easemob })).vendor).toBe('easemob');
    expect((await normalizeResponse(await post('/bare/429'), { normalizer: tencent.normalize })).vendor).toBe('tencent');
  });

  it('an app normalizer that throws: every vendor\'s reading instead, no rejection', async () => {
    const error = await normalizeResponse(await post('/jmessage/user'), { normalizer: () => { throw new Error('app bug'); } });
    expect([error.vendor, error.reason]).toEqual(['jmessage', 'not-found']);
  });

  test.prop([fc.anything()])('resolves to an IMError for any value', async (value) => {
    expect(isIMError(await normalizeResponse(value))).toBe(true);
  });
});

describe("each vendor entry's own", () => {
  it.each([
    ['tencent', normalizeTencentResponse, '/tencent/busy', ['server', 'timeout', 7000]],
    ['jmessage', normalizeJMessageResponse, '/jmessage/user', ['user', 'not-found', undefined]],
    ['easemob', normalizeEasemobResponse, '/easemob/limit', ['rate-limit', 'too-many-requests', 2000]],
    ['agora', normalizeAgoraResponse, '/easemob/limit', ['rate-limit', 'too-many-requests', 2000]],
  ] as const)('%s', async (vendor, normalizeVendorResponse, path, [kind, reason, retryAfterMs]) => {
    const error = await normalizeVendorResponse(await post(path));
    expect([error.vendor, error.kind, error.reason, error.retryAfterMs]).toEqual([vendor, kind, reason, retryAfterMs]);
  });

  it('a bare status is reported under the vendor', async () => {
    const error = await normalizeTencentResponse(await post('/bare/429'));
    expect([error.vendor, error.kind, error.httpStatus]).toEqual(['tencent', 'rate-limit', 429]);
  });
});

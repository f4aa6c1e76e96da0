/**
 * HTTP client errors read by the normalizer every entry uses: real axios and got errors and real `fetch` answers from
 * a local server answering as the vendors' REST APIs fail, `Retry-After` in both forms, bare statuses, and hostile
 * response-like objects.
 */
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import axios from 'axios';
import got, { HTTPError } from 'got';
import { normalize } from '../../src/all.js';
import { tencent } from '../../adapters/tencent/index.js';
import { easemob } from '../../adapters/easemob/index.js';
import { isIMError, type IMError } from '../../src/imerror.js';
import { withRetry } from '../../src/retry/run.js';
import { DEFAULT_RETRY_POLICY } from '../../src/retry/default-policy.js';
import { MAX_RETRY_AFTER_MS, parseRetryAfter, readHttp } from '../../src/http-response.js';
import { BODIES, SECRETS, secretUrl, startVendorServer, type VendorServer } from './http/vendor-server.js';

const DATE = 'Thu, 03 Dec 2026 08:00:00 GMT';
const FIVE_LATER = 'Thu, 03 Dec 2026 08:00:05 GMT';

let server: VendorServer;
const made: IMError[] = [];

beforeAll(async () => {
  server = await startVendorServer({
    '/tencent/sig': { status: 200, body: BODIES.tencentUserSigExpired },
    '/tencent/busy': { status: 503, headers: { 'retry-after': '7' }, body: BODIES.tencentTimeout },
    '/jmessage/user': { status: 400, body: BODIES.jmessageNoUser },
    '/easemob/limit': { status: 429, headers: { 'retry-after': '2' }, body: BODIES.easemobReachLimit },
    '/easemob/limit-no-header': { status: 429, body: BODIES.easemobReachLimit },
    '/easemob/token': { status: 401, body: BODIES.easemobUnauthorized },
    '/bare/503-date': { status: 503, headers: { date: DATE, 'retry-after': FIVE_LATER } },
    '/bare/404': { status: 404 },
    '/bare/502-html': { status: 502, headers: { 'content-type': 'text/html' }, body: '<html><body>Bad Gateway</body></html>' },
    '/bare/429': { status: 429, headers: { 'retry-after': '3' }, body: 'slow down' },
  });
});
afterAll(() => server.close());

/** What a test compares: the fields an HTTP answer decides. */
const seen = (error: IMError) => {
  made.push(error);
  return { vendor: error.vendor, kind: error.kind, reason: error.reason, httpStatus: error.httpStatus, retryAfterMs: error.retryAfterMs };
};

/** A request as a backend sends it: credentials in the URL and the Authorization header, a password in the body. */
const request = { headers: { authorization: SECRETS.authorization }, body: { password: SECRETS.password } };

/** The answers each client is tried on, with the IMError expected from `normalize` over every vendor. */
const CASES = [
  ['/tencent/busy', { vendor: 'tencent', kind: 'server', reason: 'timeout', httpStatus: 503, retryAfterMs: 7000 }],
  ['/jmessage/user', { vendor: 'jmessage', kind: 'user', reason: 'not-found', httpStatus: 400, retryAfterMs: undefined }],
  ['/easemob/limit', { vendor: 'easemob', kind: 'rate-limit', reason: 'too-many-requests', httpStatus: 429, retryAfterMs: 2000 }],
  ['/easemob/limit-no-header', { vendor: 'easemob', kind: 'rate-limit', reason: 'too-many-requests', httpStatus: 429, retryAfterMs: 1000 }],
  ['/easemob/token', { vendor: 'easemob', kind: 'auth', reason: 'token-expired', httpStatus: 401, retryAfterMs: undefined }],
  ['/bare/503-date', { vendor: 'unknown', kind: 'server', reason: 'busy', httpStatus: 503, retryAfterMs: 5000 }],
  ['/bare/404', { vendor: 'unknown', kind: 'validation', reason: 'invalid', httpStatus: 404, retryAfterMs: undefined }],
  ['/bare/502-html', { vendor: 'unknown', kind: 'server', reason: 'busy', httpStatus: 502, retryAfterMs: undefined }],
  ['/bare/429', { vendor: 'unknown', kind: 'rate-limit', reason: 'too-many-requests', httpStatus: 429, retryAfterMs: 3000 }],
] as const;

describe('axios errors', () => {
  it.each(CASES)('%s', async (path, expected) => {
    const failure: unknown = await axios
      .post(secretUrl(server.url, path), request.body, { headers: request.headers })
      .then(() => undefined, (error: unknown) => error);
    expect(axios.isAxiosError(failure)).toBe(true);
    const error = normalize(failure);
    expect(seen(error)).toEqual(expected);
    expect(error.cause).toBe(failure);
  });

  it('reads a Tencent REST answer (HTTP 200, ActionStatus FAIL) from the axios response', async () => {
    const response = await axios.post(secretUrl(server.url, '/tencent/sig'), request.body, { headers: request.headers });
    expect(seen(normalize(response))).toEqual({
      vendor: 'tencent', kind: 'auth', reason: 'token-expired', httpStatus: 200, retryAfterMs: undefined,
    });
    expect(normalize(response).platform).toBe('server');
  });

  it('labels a bare status with the vendor of a one-vendor normalizer', async () => {
    const failure = await axios.get(secretUrl(server.url, '/bare/404')).catch((error: unknown) => error);
    expect(tencent.normalize(failure).vendor).toBe('tencent');
  });
});

describe('got errors', () => {
  it.each(CASES)('%s', async (path, expected) => {
    const failure: unknown = await got
      .post(secretUrl(server.url, path), { json: request.body, headers: request.headers, retry: { limit: 0 } })
      .then(() => undefined, (error: unknown) => error);
    expect(failure).toBeInstanceOf(HTTPError);
    expect(seen(normalize(failure))).toEqual(expected);
  });

  it('reads a JSON body got already parsed (responseType json)', async () => {
    const failure = await got(secretUrl(server.url, '/easemob/token'), { responseType: 'json', retry: { limit: 0 } }).catch((error: unknown) => error);
    expect(seen(easemob.normalize(failure))).toMatchObject({ kind: 'auth', reason: 'token-expired', httpStatus: 401 });
  });
});

describe('fetch Responses (read synchronously: status and headers)', () => {
  it.each([
    ['/bare/429', { vendor: 'unknown', kind: 'rate-limit', reason: 'too-many-requests', httpStatus: 429, retryAfterMs: 3000 }],
    ['/bare/503-date', { vendor: 'unknown', kind: 'server', reason: 'busy', httpStatus: 503, retryAfterMs: 5000 }],
    ['/easemob/token', { vendor: 'unknown', kind: 'auth', reason: 'invalid-credentials', httpStatus: 401, retryAfterMs: undefined }],
  ] as const)('%s', async (path, expected) => {
    const response = await fetch(secretUrl(server.url, path), { method: 'POST', headers: request.headers, body: JSON.stringify(request.body) });
    expect(seen(normalize(response))).toEqual(expected);
    expect(response.bodyUsed).toBe(false);
  });
});

describe('ky HTTPErrors (a fetch Response as `response`)', () => {
  it('reads the status and Retry-After of the Response', async () => {
    const response = await fetch(secretUrl(server.url, '/bare/503-date'));
    const failure = Object.assign(new Error(`Request failed with status code 503`), { name: 'HTTPError', response });
    expect(seen(normalize(failure))).toEqual({ vendor: 'unknown', kind: 'server', reason: 'busy', httpStatus: 503, retryAfterMs: 5000 });
  });
});

describe('the retry runtime waits what Retry-After says', () => {
  it('a 429 with Retry-After: 2 is retried no sooner than 2 s', async () => {
    const failure = await axios.get(secretUrl(server.url, '/easemob/limit')).catch((error: unknown) => error);
    let now = 0;
    const waits: number[] = [];
    let calls = 0;
    const result = await withRetry(
      () => (calls++ === 0 ? Promise.reject(failure) : Promise.resolve('sent')),
      {
        normalizer: easemob,
        random: () => 0,
        // This clock fires every timer at once: no deadline, so the only timer is the wait (a deadline would race the retry).
        policy: { ...DEFAULT_RETRY_POLICY, deadlineMs: undefined },
        clock: { now: () => now, setTimer: (callback, ms) => { waits.push(ms); now += ms; callback(); return () => undefined; } },
      },
    );
    expect(result).toBe('sent');
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(2000);
  });
});

describe('undici: the cause of `fetch failed` refines the reason', () => {
  it('ECONNREFUSED from a real refused connection', async () => {
    const closed = await startVendorServer({});
    await closed.close();
    const failure = await fetch(secretUrl(closed.url, '/x')).catch((error: unknown) => error);
    const error = normalize(failure);
    expect([error.kind, error.reason, error.code, error.vendorMessage]).toEqual(['network', 'connection-failed', 'ECONNREFUSED', 'fetch failed']);
    made.push(error);
  });

  it.each([
    ['UND_ERR_CONNECT_TIMEOUT', 'timeout'],
    ['UND_ERR_HEADERS_TIMEOUT', 'timeout'],
    ['UND_ERR_BODY_TIMEOUT', 'timeout'],
    ['UND_ERR_SOCKET', 'connection-reset'],
    ['ECONNRESET', 'connection-reset'],
  ] as const)('%s', (code, reason) => {
    const inner = Object.assign(new Error('undici says'), { code });
    const failure = new TypeError('fetch failed', { cause: inner });
    expect([normalize(failure).reason, normalize(failure).code]).toEqual([reason, code]);
  });

  it('an unknown cause keeps request-failed', () => {
    const failure = new TypeError('fetch failed', { cause: Object.assign(new Error('x'), { code: 'SOMETHING_NEW' }) });
    expect([normalize(failure).reason, normalize(failure).code]).toEqual(['request-failed', undefined]);
  });
});

describe('redaction', () => {
  it('no request header, URL secret or request body reaches any output of the IMErrors above', () => {
    expect(made.length).toBeGreaterThan(15);
    expect(server.received.some((received) => received.url.includes(SECRETS.usersig))).toBe(true);
    for (const error of made) {
      const outputs = [error.message, error.stack ?? '', JSON.stringify(error), inspect(error), String(error)].join('\n');
      for (const secret of Object.values(SECRETS)) expect(outputs).not.toContain(secret);
      expect(outputs).not.toMatch(/usersig=|access_token=|authorization/i);
    }
  });
});

describe('parseRetryAfter', () => {
  it.each([
    ['0', 0],
    ['120', 120_000],
    [' 5 ', 5000],
    [FIVE_LATER, 5000],
    ['Thursday, 03-Dec-26 08:00:05 GMT', 5000], // RFC 850
    ['Thu, 03 Dec 2026 07:00:00 GMT', 0], // in the past
    ['99999999', MAX_RETRY_AFTER_MS],
    ['-1', undefined],
    ['1.5', undefined],
    ['soon', undefined],
    ['', undefined],
  ] as const)('%j', (value, expected) => {
    expect(parseRetryAfter(value, Date.parse(DATE))).toBe(expected);
  });

  test.prop([fc.nat({ max: MAX_RETRY_AFTER_MS / 1000 }), fc.integer()])('delta-seconds: n seconds is n × 1000 ms', (seconds, now) => {
    expect(parseRetryAfter(String(seconds), now)).toBe(seconds * 1000);
  });

  test.prop([fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }), fc.integer({ min: 0, max: 4e12 })])(
    'HTTP-date: the time left until the date, in whole seconds, clamped',
    (date, now) => {
      const at = Math.floor(date.getTime() / 1000) * 1000;
      expect(parseRetryAfter(date.toUTCString(), now)).toBe(Math.min(Math.max(at - now, 0), MAX_RETRY_AFTER_MS));
    },
  );

  test.prop([fc.string(), fc.integer()])('any text: undefined or within 0…MAX_RETRY_AFTER_MS', (value, now) => {
    const ms = parseRetryAfter(value, now);
    expect(ms === undefined || (ms >= 0 && ms <= MAX_RETRY_AFTER_MS)).toBe(true);
  });
});

describe('hostile response-like objects', () => {
  /** Values a response's parts might be: throwing getters, Proxies, cycles, streams, huge strings. */
  const hostile = fc.oneof(
    fc.anything(),
    fc.constant(new Proxy({}, { get: () => { throw new Error('trap'); } })),
    fc.constant(Object.defineProperty({}, 'get', { get: () => { throw new Error('getter'); } })),
    fc.constant({ get: () => { throw new Error('get threw'); } }),
    fc.constant({ get: () => ({ toString: () => 'x' }) }),
    fc.constant((() => { const cycle: Record<string, unknown> = {}; cycle.self = cycle; cycle.data = cycle; return cycle; })()),
    fc.constant(new ReadableStream()),
    fc.string().map((text) => `{${text}`),
    fc.constant('x'.repeat(70_000)),
  );

  test.prop([fc.integer({ min: 400, max: 599 }), hostile, hostile, fc.boolean()])(
    'an error status always gives an IMError carrying that status, whatever the headers and body',
    (status, headers, body, wrapped) => {
      const response = { status, headers: headers !== null && typeof headers === 'object' ? headers : {}, data: body };
      const raw = wrapped ? Object.assign(new Error('Request failed'), { response }) : response;
      const error = normalize(raw);
      expect(isIMError(error)).toBe(true);
      expect(error.httpStatus).toBe(status);
      expect(error.cause).toBe(raw);
      const reading = readHttp(raw);
      expect(reading?.retryAfterMs === undefined || reading.retryAfterMs <= MAX_RETRY_AFTER_MS).toBe(true);
    },
  );

  test.prop([
    fc.stringMatching(/^[A-Za-z0-9]{12,40}$/),
    fc.constantFrom(400, 401, 403, 404, 429, 500, 503),
    fc.constantFrom<unknown>(BODIES.easemobReachLimit, BODIES.jmessageNoUser, BODIES.tencentTimeout, '', '<html>x</html>', undefined),
    fc.boolean(),
  ])('no request header, URL secret or request body in any output', (secret, status, data, gotShape) => {
    const marker = `S3CR3T${secret}`;
    const config = {
      url: `https://console.tim.qq.com/v4/openim/sendmsg?usersig=${marker}&access_token=${marker}`,
      headers: { Authorization: `Bearer ${marker}`, 'x-api-key': marker },
      data: JSON.stringify({ password: marker, UserSig: marker }),
    };
    const response = gotShape
      ? { statusCode: status, headers: { 'retry-after': '1' }, body: typeof data === 'object' ? JSON.stringify(data) : data, url: config.url, request: { options: config } }
      : { status, headers: { 'retry-after': '1' }, data, config, request: { path: config.url, _header: `Authorization: Bearer ${marker}` } };
    const raw = Object.assign(new Error(`Request failed with status code ${status}`), { config, response, request: response.request });
    const error = normalize(raw);
    const outputs = [error.message, error.stack ?? '', JSON.stringify(error), inspect(error), error.vendorMessage, JSON.stringify(error.chain)].join('\n');
    expect(outputs).not.toContain(marker);
    expect(error.httpStatus).toBe(status);
  });

  test.prop([hostile])('readHttp never throws', (value) => {
    expect(() => readHttp(value)).not.toThrow();
    expect(() => readHttp({ response: value })).not.toThrow();
  });
});

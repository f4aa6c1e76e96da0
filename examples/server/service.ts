/**
 * The example's HTTP service: `POST /messages` `{ "to": "bob", "text": "hi" }` sends one message through Tencent's
 * REST API (`v4/openim/sendmsg`), behind the vendor rate limiter of `im-errors/redis` (shared by the whole fleet on
 * Redis, or this process alone in memory). Whatever fails — the limiter's own refusal, the vendor's 60007 body, a
 * gateway's 502 — is one IMError, and the client gets it as RFC 9457 problem details (`im-errors/http`), in the
 * language of its `Accept-Language`, with `Retry-After` when it should wait. The service never waits on the
 * client's behalf: the client (or its retry policy) does.
 *
 * @example
 * ```ts
 * const limiter = createVendorRateLimiter({ limits: tencentRestLimits, app: '1400000000' });
 * const service = await startMessageService({ vendorUrl: 'https://console.tim.qq.com', sdkAppId: '1400000000', limiter });
 * await fetch(`${service.url}/messages`, { method: 'POST', body: JSON.stringify({ to: 'bob', text: 'hi' }) });
 * await service.close();
 * ```
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { normalizeTencentResponse, tencent } from '../../adapters/tencent/index.js';
import { toProblemDetails } from '../../src/http/index.js';
import { isIMError, type IMError } from '../../src/index.js';
import type { VendorRateLimiter } from '../../src/redis/index.js';

/** Settings of {@link startMessageService}. */
export interface MessageServiceOptions {
  /** The vendor's REST base URL (the fake vendor's in the example). */
  readonly vendorUrl: string;
  readonly sdkAppId: string;
  readonly limiter: VendorRateLimiter;
}

/** A running service. */
export interface MessageService {
  readonly url: string;
  close(): Promise<void>;
}

const SENDMSG = 'v4/openim/sendmsg';
/** Problem types are `<this><kind>/<reason>`. */
export const PROBLEM_TYPES = 'https://chat.example.com/problems/';

/** A vendor failure as an IMError: the IMErrors this module throws pass through, anything else is Tencent's. */
const normalize = (raw: unknown): IMError => (isIMError(raw) ? raw : tencent.normalize(raw));

/** One `sendmsg` call: Tencent answers HTTP 200 with `ActionStatus: 'FAIL'` for its own errors. */
async function sendmsg(options: MessageServiceOptions, to: string, text: string): Promise<string> {
  const url = `${options.vendorUrl}/${SENDMSG}?sdkappid=${options.sdkAppId}&identifier=administrator&usersig=example&random=1&contenttype=json`;
  const body = JSON.stringify({ SyncOtherMachine: 2, To_Account: to, MsgRandom: 1, MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: text } }] });
  const response = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  if (!response.ok) throw await normalizeTencentResponse(response);
  const answer = (await response.json()) as { ActionStatus?: string; MsgKey?: string };
  if (answer.ActionStatus !== 'OK') throw tencent.normalize(answer);
  return answer.MsgKey ?? '';
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

function answerProblem(response: ServerResponse, error: IMError, locale: string | undefined): void {
  const problem = toProblemDetails(error, { locale, type: PROBLEM_TYPES });
  response.writeHead(problem.status, problem.headers).end(JSON.stringify(problem.body));
}

/** Starts the service on a free port of 127.0.0.1. */
export async function startMessageService(options: MessageServiceOptions): Promise<MessageService> {
  const server: Server = createServer((request, response) => {
    const locale = request.headers['accept-language']?.split(',')[0]?.trim();
    if (request.method !== 'POST' || request.url !== '/messages') {
      response.writeHead(404, { 'content-type': 'application/problem+json' }).end(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }));
      return;
    }
    void readBody(request)
      .then(async (text) => {
        const message = JSON.parse(text) as { to: string; text: string };
        const msgKey = await options.limiter.call(SENDMSG, () => sendmsg(options, message.to, message.text), { normalize });
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ sent: true, msgKey }));
      })
      .catch((error: unknown) => answerProblem(response, normalize(error), locale));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/**
 * A `node:http` server on 127.0.0.1 answering as the vendors' REST APIs fail: each path has its status, headers and
 * body. Tests send real requests to it through axios, got and `fetch`. Every request it receives is kept, so a test
 * can check that none of what was sent (headers, URL secrets, body) comes back in an IMError.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One answer: status, headers and a body (an object is sent as JSON). */
export interface Answer {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

/** The vendors' real error bodies, from their REST API documentation (../shared/vendor-docs). */
export const BODIES = {
  tencentUserSigExpired: { ActionStatus: 'FAIL', ErrorCode: 70001, ErrorInfo: 'UserSig is expired' },
  tencentTimeout: { ActionStatus: 'FAIL', ErrorCode: 70169, ErrorInfo: 'server timeout, please retry later' },
  jmessageNoUser: { error: { code: 899002, message: 'No such user' } },
  easemobReachLimit: { error: 'reach_limit', error_description: 'This request has reached api limit', timestamp: 1, duration: 0 },
  easemobUnauthorized: { error: 'unauthorized', error_description: 'Unable to authenticate due to expired access token' },
} as const;

/** A running server: its base URL, the requests it got, and `close`. */
export interface VendorServer {
  readonly url: string;
  readonly received: { readonly url: string; readonly headers: IncomingHttpHeaders; readonly body: string }[];
  close(): Promise<void>;
}

/** Starts a server answering `routes[path]` (the path without its query), 404 with no body elsewhere. */
export async function startVendorServer(routes: Readonly<Record<string, Answer>>): Promise<VendorServer> {
  const received: { url: string; headers: IncomingHttpHeaders; body: string }[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      received.push({ url: request.url ?? '', headers: request.headers, body });
      const answer = routes[(request.url ?? '').split('?')[0] ?? ''] ?? { status: 404 };
      const text = typeof answer.body === 'string' || answer.body === undefined ? (answer.body ?? '') : JSON.stringify(answer.body);
      const type = typeof answer.body === 'object' ? { 'content-type': 'application/json' } : {};
      response.writeHead(answer.status, { ...type, ...answer.headers });
      response.end(text);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Secrets a backend sends with its requests: none may appear in an IMError. */
export const SECRETS = {
  usersig: 'eJwtzEELgjAYxvHv8p4Nt7lN59tRCrqkR4J0GKFb5qZT',
  accessToken: 'YWMtSECRETaccessTOKENvalue',
  authorization: 'Bearer YWMtAuthorizationHeaderSecret',
  password: 'hunter2-request-body-password',
} as const;

/** A REST URL as a backend calls it, with its credentials in the query. */
export function secretUrl(base: string, path: string): string {
  return `${base}${path}?sdkappid=1400000000&identifier=admin&usersig=${SECRETS.usersig}&access_token=${SECRETS.accessToken}`;
}

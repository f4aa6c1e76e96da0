/**
 * A fake Tencent Cloud IM REST API on 127.0.0.1, for the server example and the cluster benchmark: every API path
 * (`/v4/openim/sendmsg`…) allows 200 calls per second of its clock (Tencent's documented default per API per
 * SDKAppID, `mappings/tencent-rest-limits.ts`) and answers the calls over it as Tencent does — HTTP 200 with
 * `{ ActionStatus: 'FAIL', ErrorCode: 60007, ErrorInfo }`. A send to an account that does not exist answers 20003;
 * during an outage every call answers HTTP 502 with a gateway's HTML page. Every call is logged with its second and
 * its outcome, so a caller can count what the vendor received, accepted and refused.
 *
 * @example
 * ```ts
 * const vendor = await startFakeTencent({ limitPerSecond: 200 });
 * await fetch(`${vendor.url}/v4/openim/sendmsg?sdkappid=1400000000`, { method: 'POST', body: '{"To_Account":"bob"}' });
 * console.log(vendor.log.length); // 1
 * await vendor.close();
 * ```
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the vendor did with one call. */
export type Outcome = 'ok' | 'refused' | 'unknown-account' | 'outage';

/** One call the vendor received: when (its clock, ms) and what it answered. */
export interface VendorCall {
  readonly at: number;
  readonly api: string;
  readonly outcome: Outcome;
}

/** Settings of {@link startFakeTencent}. */
export interface FakeTencentOptions {
  /** Calls per second per API. Default 200 (Tencent's documented default). */
  readonly limitPerSecond?: number | undefined;
  /** The vendor's clock, in ms. Default `Date.now`; the example's session gives it a virtual one. */
  readonly now?: (() => number) | undefined;
  /** Accounts that do not exist: a send to one answers 20003. */
  readonly unknownAccounts?: readonly string[] | undefined;
  /** Keep every call in `log` (default true); the benchmark counts per second instead. */
  readonly keepLog?: boolean | undefined;
}

/** A running fake vendor. */
export interface FakeTencent {
  readonly url: string;
  /** Every call received, in order (empty when `keepLog` is false). */
  readonly log: VendorCall[];
  /** Calls received per outcome, over the whole run. */
  readonly totals: Record<Outcome, number>;
  /** Calls received per second of the vendor's clock (the second's start in ms → outcome → count). */
  readonly perSecond: Map<number, Record<Outcome, number>>;
  /** While true, every call answers HTTP 502 (a gateway in front of a vendor that is down). */
  outage: boolean;
  close(): Promise<void>;
}

/** Tencent's answers, as its REST API sends them (HTTP 200, the result in the body). */
export const TENCENT_BODIES = {
  ok: (msgKey: string) => ({ ActionStatus: 'OK', ErrorInfo: '', ErrorCode: 0, MsgTime: 1_800_000_000, MsgKey: msgKey }),
  /** 60007: the REST API's call frequency limit (ERR_SVR_COMM_REST_FREQ_LIMIT). */
  overLimit: { ActionStatus: 'FAIL', ErrorInfo: 'The RESTful API call exceeds the frequency limit. Try again later.', ErrorCode: 60007 },
  /** 20003: the sender's or recipient's UserID is invalid or does not exist. */
  unknownAccount: { ActionStatus: 'FAIL', ErrorInfo: 'The UserID of the sender or recipient is invalid or does not exist.', ErrorCode: 20003 },
} as const;

const GATEWAY_PAGE = '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>';

const none = (): Record<Outcome, number> => ({ ok: 0, refused: 0, 'unknown-account': 0, outage: 0 });

/** Starts the fake vendor on a free port of 127.0.0.1. */
export async function startFakeTencent(options: FakeTencentOptions = {}): Promise<FakeTencent> {
  const limit = options.limitPerSecond ?? 200;
  const now = options.now ?? Date.now;
  const unknown = new Set(options.unknownAccounts ?? []);
  const keepLog = options.keepLog ?? true;
  /** Calls accepted per (API, second): the vendor's own counter. */
  const accepted = new Map<string, number>();
  let sent = 0;
  const state: Omit<FakeTencent, 'url' | 'close'> = { log: [], totals: none(), perSecond: new Map(), outage: false };

  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const at = now();
      const second = Math.floor(at / 1000) * 1000;
      const api = (request.url ?? '').split('?')[0]?.replace(/^\//, '') ?? '';
      let outcome: Outcome;
      let answer: unknown;
      if (state.outage) {
        outcome = 'outage';
      } else {
        const counted = `${api}@${second}`;
        const used = accepted.get(counted) ?? 0;
        if (used >= limit) {
          outcome = 'refused';
          answer = TENCENT_BODIES.overLimit;
        } else {
          accepted.set(counted, used + 1);
          const to = (JSON.parse(body || '{}') as { To_Account?: string }).To_Account;
          outcome = to !== undefined && unknown.has(to) ? 'unknown-account' : 'ok';
          answer = outcome === 'ok' ? TENCENT_BODIES.ok(`${second}-${++sent}`) : TENCENT_BODIES.unknownAccount;
        }
        // Counters of past seconds are never read again.
        if (accepted.size > 64) for (const key of [...accepted.keys()].slice(0, 32)) accepted.delete(key);
      }
      if (keepLog) state.log.push({ at, api, outcome });
      state.totals[outcome]++;
      const bucket = state.perSecond.get(second) ?? none();
      bucket[outcome]++;
      state.perSecond.set(second, bucket);
      if (outcome === 'outage') {
        response.writeHead(502, { 'content-type': 'text/html' }).end(GATEWAY_PAGE);
      } else {
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
      }
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  });
}

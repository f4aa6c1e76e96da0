/**
 * `npm run example:server`: a chat backend's message service (`./service.ts`) in front of a fake Tencent REST API
 * (`./fake-vendor.ts`, 200 calls per second per API, Tencent's real over-limit answers), played through a short
 * scripted session that ends by itself: a message sent, one to an account that does not exist, a burst over the
 * limit held back by the limiter (the vendor never sees the excess), a vendor refusal caused by a caller outside the
 * fleet (the limiter then holds every instance back for the rest of the second), and a gateway failure. Each client
 * answer is printed as its status and problem details.
 *
 * With `REDIS_URL` set the limiter is the fleet's, on Redis; without it, this process alone in memory, so the example
 * needs no server. The limiter's windows and the vendor's seconds run on one virtual clock that the script moves a
 * second at a time, so every run prints the same; the HTTP calls are real, on 127.0.0.1.
 */
import { pathToFileURL } from 'node:url';
import { createClient } from 'redis';
import { createVendorRateLimiter, tencentRestLimits, type RedisClient, type VendorRateLimiter } from '../../src/redis/index.js';
import { startFakeTencent, type FakeTencent } from './fake-vendor.js';
import { startMessageService, type MessageService } from './service.js';

const SDK_APP_ID = '1400000000';

/** A client's view of one answer: its status, `Retry-After`, and the problem's kind/reason or the message key. */
export interface ClientAnswer {
  readonly status: number;
  readonly retryAfter: string | null;
  readonly contentType: string | null;
  readonly body: { readonly kind?: string; readonly reason?: string; readonly detail?: string; readonly msgKey?: string; readonly retryAfterMs?: number };
}

/** What {@link main} did: the lines it printed and the vendor's counts. */
export interface Session {
  readonly lines: string[];
  readonly vendor: FakeTencent['totals'];
  readonly store: 'memory' | 'redis';
}

async function send(service: MessageService, to: string, text: string, locale = 'en'): Promise<ClientAnswer> {
  const response = await fetch(`${service.url}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': locale },
    body: JSON.stringify({ to, text }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), contentType: response.headers.get('content-type'), body: (await response.json()) as ClientAnswer['body'] };
}

/** One answer on one line. */
export function describeAnswer(answer: ClientAnswer): string {
  if (answer.status === 200) return `200 sent (MsgKey ${answer.body.msgKey ?? ''})`;
  const wait = answer.retryAfter === null ? '' : `, Retry-After: ${answer.retryAfter}`;
  return `${answer.status} ${answer.contentType ?? ''} ${answer.body.kind ?? ''}/${answer.body.reason ?? ''}${wait} — ${answer.body.detail ?? ''}`;
}

/** How many answers of each status (and problem reason). */
function tally(answers: readonly ClientAnswer[]): string {
  const counts = new Map<string, number>();
  for (const answer of answers) {
    const key = answer.status === 200 ? '200 sent' : `${answer.status} ${answer.body.kind ?? ''}/${answer.body.reason ?? ''}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${count} × ${key}`).join(', ');
}

/** Settings of {@link main}: the Redis URL (default `REDIS_URL`), and where the virtual clock starts. */
export interface MainOptions {
  readonly redisUrl?: string | undefined;
  /** The first second of the session, in ms (a whole second). Default: the next second of the real clock. */
  readonly start?: number | undefined;
}

/** Plays the session; `print` receives each line as it is made. */
export async function main(print: (line: string) => void = console.log, options: MainOptions = {}): Promise<Session> {
  const lines: string[] = [];
  const say = (line: string): void => {
    lines.push(line);
    print(line);
  };
  let time = options.start ?? Math.ceil(Date.now() / 1000) * 1000;
  const now = (): number => time;
  /** The next second of the virtual clock, 100 ms into it. */
  const nextSecond = (): void => {
    time = (Math.floor(time / 1000) + 1) * 1000 + 100;
  };
  const redisUrl = options.redisUrl ?? process.env.REDIS_URL;
  const redis = redisUrl === undefined ? undefined : await createClient({ url: redisUrl, disableOfflineQueue: true }).connect();
  const vendor = await startFakeTencent({ now, unknownAccounts: ['nobody'] });
  const limiter: VendorRateLimiter = createVendorRateLimiter({
    limits: tencentRestLimits,
    app: SDK_APP_ID,
    redis: redis as RedisClient | undefined,
    // A key prefix of this run's own: two runs (whose virtual seconds may be the same) never share a window in Redis.
    keyPrefix: `im-errors-example-${process.pid}-${Date.now()}`,
    expectedInstances: 1,
    now,
    timeoutMs: 500, // a burst of 210 requests at once queues its round trips on a busy machine
    onFallback: (error) => say(`  (Redis unreachable: limits kept in memory — ${String(error)})`),
  });
  const service = await startMessageService({ vendorUrl: vendor.url, sdkAppId: SDK_APP_ID, limiter });
  const store = redis === undefined ? 'memory' : 'redis';
  try {
    say(`message service on ${service.url}, fake Tencent REST API on ${vendor.url} (200 calls/s per API), limiter store: ${store}`);

    nextSecond();
    say('▸ 1. alice sends bob a message');
    say(`  ${describeAnswer(await send(service, 'bob', 'hi Bob'))}`);

    say('▸ 2. a message to an account that does not exist (vendor ErrorCode 20003), in Chinese');
    say(`  ${describeAnswer(await send(service, 'nobody', 'hello?', 'zh-CN'))}`);

    nextSecond();
    say('▸ 3. a burst of 210 messages in one second: the limiter lets 200 through and answers the rest itself');
    const before = vendor.totals.ok + vendor.totals.refused;
    const burst = await Promise.all(Array.from({ length: 210 }, (_, i) => send(service, `user${i}`, 'burst')));
    say(`  clients got: ${tally(burst)}`);
    say(`  the vendor received ${vendor.totals.ok + vendor.totals.refused - before} of them and refused ${vendor.totals.refused}`);
    say(`  e.g. ${describeAnswer(burst.find((answer) => answer.status !== 200) ?? burst[0]!)}`);

    nextSecond();
    say('▸ 4. a cron job outside the fleet already spent 190 of this second’s calls; then 20 messages, one by one');
    for (let i = 0; i < 190; i++) await fetch(`${vendor.url}/v4/openim/sendmsg?sdkappid=${SDK_APP_ID}`, { method: 'POST', body: '{"To_Account":"cron"}' });
    const received = vendor.log.length;
    const one = [];
    for (let i = 0; i < 20; i++) one.push(await send(service, `user${i}`, 'one by one'));
    say(`  clients got: ${tally(one)}`);
    say(`  the vendor received ${vendor.log.length - received}: after its first 60007 the limiter held the rest of the second back`);
    say(`  the refused one: ${describeAnswer(one.find((answer) => answer.status !== 200) ?? one[0]!)}`);
    nextSecond();
    say(`  the next second: ${describeAnswer(await send(service, 'bob', 'later'))}`);

    say('▸ 5. the vendor’s gateway fails (HTTP 502, an HTML page)');
    vendor.outage = true;
    say(`  ${describeAnswer(await send(service, 'bob', 'during the outage'))}`);
    vendor.outage = false;

    const { ok, refused, outage } = vendor.totals;
    say(`the vendor received ${vendor.log.length} calls: ${ok} sent, ${refused} refused over its limit, ${outage} during the outage`);
    return { lines, vendor: { ...vendor.totals }, store };
  } finally {
    await service.close();
    await vendor.close();
    if (redis !== undefined) await redis.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();

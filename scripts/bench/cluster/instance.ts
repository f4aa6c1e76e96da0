/**
 * One instance of the cluster benchmark's fleet, a process of its own (`node instance.js <task json>`, forked by
 * `./run.ts`): its callers ask for `rate` calls a second (open loop, as a backend's own clients do) and each call is
 * sent to the fake Tencent REST API through the vendor rate limiter and a retry budget, set up as the task's
 * coordination says:
 *
 * - `none`: each instance alone, in memory, with the vendor's whole limit (what every pod does today);
 * - `divided`: each instance alone, in memory, with the limit divided by the fleet's size;
 * - `redis`: the limiter and the retry budget of `im-errors/redis`, shared by the fleet (Redis down: each instance
 *   keeps 1/`instances` of the limit).
 *
 * A call the limiter refuses is shed at once (its client gets a 429 with the wait, as the example's service answers).
 * A call the vendor fails is retried (at most 3 attempts, backoff 100 ms × 2^n with
 * full jitter) while the retry budget allows; a 60007 also tells the limiter (`refused`). The instance sends `ready`,
 * waits for `{ start }`, runs until `start + durationMs`, lets its calls settle and sends its `InstanceReport`.
 */
import { Agent, request } from 'node:http';
import { tencent } from '../../../adapters/tencent/index.js';
import { createRetryBudget, isIMError, type IMError, type RetryBudget } from '../../../src/index.js';
import { createSharedRetryBudget, createVendorRateLimiter, tencentRestLimits, type RedisClient, type RestLimitTable, type VendorRateLimiter } from '../../../src/redis/index.js';
import { SLICE_MS, type InstanceReport, type InstanceTask } from './protocol.js';

const API = 'v4/openim/sendmsg';
const MAX_ATTEMPTS = 3;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const task = JSON.parse(process.argv[2] ?? '{}') as InstanceTask;
const send = (message: unknown): void => void process.send?.(message);

/** This instance's limiter table: the vendor's limit, or its share of it. */
function table(limit: number): RestLimitTable {
  return { ...tencentRestLimits, apis: { ...tencentRestLimits.apis, [API]: { windows: [{ per: 'call', points: limit, durationMs: 1000 }], source: 'bench' } } };
}

let fallbacks = 0;
let recoveries = 0;
// A deadline of 1 s, not the default 100 ms: this machine's two CPUs are shared by many processes, and a round trip
// that is only late (not lost) would fall back to local limits and let the fleet overshoot (docs/servers-at-scale.md).
const hooks = { onFallback: () => void fallbacks++, onRecover: () => void recoveries++, timeoutMs: 1000 };
let redis: (RedisClient & { close(): Promise<void> }) | undefined;
let limiter: VendorRateLimiter;
let budget: RetryBudget;
if (task.coordination === 'redis') {
  const { createClient } = await import('redis');
  const client = createClient({ url: task.redisUrl ?? 'redis://127.0.0.1:6379', disableOfflineQueue: true });
  client.on('error', () => undefined);
  redis = await client.connect();
  const scope = `tencent:${task.keyPrefix}`;
  limiter = createVendorRateLimiter({ limits: table(task.limit), app: task.keyPrefix, redis, expectedInstances: task.instances, ...hooks });
  budget = createSharedRetryBudget({ scope, redis, instanceId: `pod-${task.index}`, ...hooks });
} else {
  const limit = task.coordination === 'divided' ? Math.floor(task.limit / task.instances) : task.limit;
  limiter = createVendorRateLimiter({ limits: table(limit), app: `pod-${task.index}` });
  budget = createRetryBudget();
}

const slices = Math.ceil(task.durationMs / SLICE_MS) + 40;
const firsts = new Array<number>(slices).fill(0);
const retries = new Array<number>(slices).fill(0);
const acquireUs: number[] = [];
const lostErrors: string[] = [];
const counts = { asked: 0, delivered: 0, failed: 0, shed: 0, lost: 0 };
let start = 0;
const slice = (): number => Math.min(slices - 1, Math.max(0, Math.floor((Date.now() - start) / SLICE_MS)));

const url = `${task.vendorUrl}/${API}?sdkappid=1400000000&identifier=administrator&usersig=bench&random=1&contenttype=json`;
const body = JSON.stringify({ To_Account: 'bob', MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hi' } }] });

/** Kept-alive connections to the vendor: node:http costs less CPU per call than `fetch` on a busy machine. */
const agent = new Agent({ keepAlive: true, maxSockets: 256 });

/** One POST: the status and the body's text. */
function post(): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (incoming) => {
      let text = '';
      incoming.setEncoding('utf8');
      incoming.on('data', (chunk: string) => (text += chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, text }));
      incoming.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** One attempt at the vendor: undefined when delivered, else the vendor's failure (read as an HTTP client error). */
async function attempt(): Promise<IMError | undefined> {
  try {
    const { status, headers, text } = await post();
    if (status === 200 && text.includes('"ActionStatus":"OK"')) return undefined;
    // Tencent's FAIL bodies come with HTTP 200; a gateway's page with its own status: both as got would give them.
    return tencent.normalize({ name: 'HTTPError', response: { statusCode: status, headers, body: status === 200 ? JSON.parse(text) : text } });
  } catch (error) {
    return tencent.normalize(error);
  }
}

function lose(error: unknown): void {
  counts.lost++;
  if (lostErrors.length < 5) lostErrors.push(String(error));
}

/** One logical call, from its caller's ask to its outcome. */
async function call(): Promise<void> {
  counts.asked++;
  for (let tries = 1; ; tries++) {
    // A token first; a local denial is answered to the caller at once (a 429 with Retry-After, as the example's
    // service does): its client comes back later, the instance holds no queue.
    const started = performance.now();
    try {
      await limiter.acquire(API);
      if (tries === 1) acquireUs.push((performance.now() - started) * 1000);
    } catch (error) {
      if (!isIMError(error) || error.kind !== 'rate-limit') return lose(error);
      if (tries === 1) counts.shed++;
      else counts.failed++;
      return;
    }
    const sentAt = Date.now();
    if (tries === 1) {
      budget.recordCall();
      firsts[slice()]!++;
    } else {
      retries[slice()]!++;
    }
    const failure = await attempt();
    if (failure === undefined) {
      counts.delivered++;
      return;
    }
    if (failure.kind === 'rate-limit') await limiter.refused(API, failure.retryAfterMs, sentAt).catch(lose);
    if (!failure.retryable || tries >= MAX_ATTEMPTS || !budget.tryRetry()) {
      counts.failed++;
      return;
    }
    await sleep(Math.random() * 100 * 2 ** (tries - 1));
  }
}

// Connections opened before the run (a pod that has been serving), on a path the vendor counts apart.
await Promise.all(Array.from({ length: 16 }, () => new Promise<void>((resolve) => request(`${task.vendorUrl}/warm-up`, { method: 'POST', agent }, (incoming) => incoming.resume().on('end', resolve)).end())));
send('ready');
start = await new Promise<number>((resolve) => process.once('message', (message) => resolve((message as { start: number }).start)));
await sleep(start - Date.now());
const end = start + task.durationMs;
const pending = new Set<Promise<void>>();
let credit = 0;
let last = Date.now();
while (Date.now() < end) {
  const now = Date.now();
  credit += ((now - last) / 1000) * task.rate;
  last = now;
  for (; credit >= 1; credit--) {
    const running = call().catch(lose);
    pending.add(running);
    void running.finally(() => pending.delete(running));
  }
  await sleep(10);
}
await Promise.all(pending);
const report: InstanceReport = { index: task.index, ...counts, lostErrors, firsts, retries, acquireUs, fallbacks, recoveries };
send(report);

await redis?.close().catch(() => undefined);
process.disconnect?.();

/**
 * The vendor rate limiter: one limit per (vendor, app, API) for the whole fleet, read from the vendor's limits as
 * data (`mappings/<vendor>-rest-limits.ts`), with every window of an API counted (calls, and recipients or groups
 * where the vendor counts them). Built on rate-limiter-flexible: `RateLimiterRedis` keeps each window's counter in
 * Redis (atomic `INCRBY` + expiry in one script; one key per window of the caller's clock), `RateLimiterMemory` stands in
 * without Redis (this process is the fleet) and while Redis is down or slow (each window divided by
 * `expectedInstances`), and `block` makes a vendor refusal hold every instance back, not only the refused one.
 *
 * Windows are aligned to the clock's own windows (`now`, default `Date.now`): the window of a 1 s limit is the
 * wall-clock second, as the vendor counts it, not a second that starts at the first call (each window is its own key,
 * `…#<window>:<index>`). A vendor refusal without a `retryAfterMs` holds the fleet back for the rest of the window
 * only. A denial is a `rate-limit` IMError with `retryAfterMs` (the window's time left), never a call to the vendor.
 * `lease` > 1 takes several tokens of each call window per round trip and spends them locally (see
 * docs/servers-at-scale.md for the measured trade: fewer round trips, a few tokens a window left unused).
 *
 * @example
 * ```ts
 * import { createVendorRateLimiter, tencentRestLimits } from 'im-errors/redis';
 * import { tencent } from 'im-errors/tencent';
 * const limiter = createVendorRateLimiter({ limits: tencentRestLimits, app: '1400000000' });
 * await limiter.acquire('v4/openim/batchsendmsg', 500); // rejects with a rate-limit IMError when over the limit
 * await limiter.call('v4/openim/sendmsg', () => fetch('https://console.tim.qq.com/v4/openim/sendmsg'), { normalize: tencent.normalize });
 * ```
 */
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { fromEntry, type IMError } from '../imerror.js';
import type { MappingEntry } from '../mapping.js';
import type { RedisClient } from './client.js';
import { redisGuard, type RedisGuardOptions } from './guard.js';
import { limitOf, type LimitWindow, type RestLimit, type RestLimitTable } from './limit-table.js';

/** Settings of {@link createVendorRateLimiter}. */
export interface VendorRateLimiterOptions extends RedisGuardOptions {
  readonly limits: RestLimitTable;
  /** The vendor app the limits count for (Tencent's SDKAppID, Easemob's `org#app`). */
  readonly app: string;
  /** A connected node-redis or ioredis client; none: this process alone, in memory. */
  readonly redis?: RedisClient | undefined;
  /** While Redis is down, each instance keeps 1/`expectedInstances` of every window. Default 1. */
  readonly expectedInstances?: number | undefined;
  /** Tokens of each call window taken per round trip. Default 1 (a round trip per call; see the module doc). */
  readonly lease?: number | undefined;
  /** The first part of every key. Default `im-errors`. */
  readonly keyPrefix?: string | undefined;
  /**
   * The clock the windows are aligned to, in ms since the epoch. Default `Date.now`: keep it in step with the
   * vendor's (NTP), since a window counts from the wall clock's second, as the vendor's does.
   */
  readonly now?: (() => number) | undefined;
}

/** A fleet-wide limiter of one vendor app's REST calls. */
export interface VendorRateLimiter {
  /**
   * Takes the tokens of one call of `api` carrying `units` (recipients, groups…; default 1). Resolves when the
   * call may go; rejects with a `rate-limit` IMError (with `retryAfterMs`) when a window is full, or a
   * `validation` IMError when `units` is more than one call may carry.
   */
  acquire(api: string, units?: number): Promise<void>;
  /**
   * The vendor answered "rate limited": hold every instance back from `api` for `retryAfterMs` from now, or without
   * one for the rest of the window the refused call was sent in (`sentAt`, by the limiter's clock; default now) — an
   * answer read after that window ended holds nothing back, since the vendor's next second is whole.
   */
  refused(api: string, retryAfterMs?: number, sentAt?: number): Promise<void>;
  /**
   * `acquire`, then `operation`; a rejection is normalized, and a vendor `rate-limit` answer holds the whole fleet
   * back (`refused`) before the IMError is thrown. The vendor is never called when the limiter refuses.
   */
  call<T>(api: string, operation: () => Promise<T>, options: VendorCallOptions): Promise<T>;
}

/** Settings of one {@link VendorRateLimiter.call}. */
export interface VendorCallOptions {
  /** How the vendor's rejection becomes an IMError (an adapter's `normalize`). */
  readonly normalize: (raw: unknown) => IMError;
  /** The call's units (recipients…); default 1. */
  readonly units?: number | undefined;
}

const RATE_LIMITED = (wait: number): MappingEntry => ['rate-limit', 'too-many-requests', true, 'wait', wait];
const TOO_BIG: MappingEntry = ['validation', 'invalid', false, 'fix-input'];

interface Lease {
  left: number;
  until: number;
}

interface Windowed {
  readonly window: LimitWindow;
  readonly shared: RateLimiterAbstract;
  readonly local: RateLimiterMemory;
  lease: Lease;
}

const seconds = (ms: number): number => Math.max(1, Math.ceil(ms / 1000));
/** How long past its own end a window's counter is kept (it is never read then): a clock a little off is harmless. */
const KEEP_MS = 10_000;
/** The most windows one refusal blocks ahead (a minute of 1 s windows). */
const MAX_BLOCKED_WINDOWS = 60;

function isIoRedis(client: RedisClient): boolean {
  return 'call' in client && typeof client.call === 'function';
}

/**
 * Creates a limiter; see {@link VendorRateLimiterOptions}.
 *
 * @example
 * ```ts
 * const limiter = createVendorRateLimiter({ limits: tencentRestLimits, app: String(SDKAppID), redis });
 * const sent = await limiter.call('v4/openim/sendmsg', () => fetch(url, init), { normalize: tencent.normalize });
 * ```
 */
export function createVendorRateLimiter(options: VendorRateLimiterOptions): VendorRateLimiter {
  const { limits, app, redis } = options;
  const share = Math.max(1, Math.floor(options.expectedInstances ?? 1));
  const leaseSize = Math.max(1, Math.floor(options.lease ?? 1));
  const keyPrefix = `${options.keyPrefix ?? 'im-errors'}:{${limits.vendor}:${app}}`;
  const guard = redisGuard(options);
  const byApi = new Map<string, readonly Windowed[]>();
  const clock = options.now ?? Date.now;
  /** The key of the window holding `at`, and when that window ends. */
  const slot = (window: LimitWindow, at: number): { readonly key: string; readonly end: number } => {
    const index = Math.floor(at / window.durationMs);
    return { key: `n:${index}`, end: (index + 1) * window.durationMs };
  };

  const windowsOf = (api: string): readonly Windowed[] => {
    const known = byApi.get(api);
    if (known !== undefined) return known;
    const made = limitOf(limits, api).windows.map((window, index): Windowed => {
      const duration = seconds(window.durationMs + KEEP_MS);
      const prefix = `${keyPrefix}:${api}#${index}`;
      const shared =
        redis === undefined
          ? new RateLimiterMemory({ points: window.points, duration, keyPrefix: prefix })
          : new RateLimiterRedis({
              storeClient: redis,
              useRedisPackage: !isIoRedis(redis),
              rejectIfRedisNotReady: true,
              points: window.points,
              duration,
              keyPrefix: prefix,
            });
      const local = new RateLimiterMemory({ points: Math.max(1, Math.floor(window.points / share)), duration, keyPrefix: `${prefix}:local` });
      return { window, shared, local, lease: { left: 0, until: 0 } };
    });
    byApi.set(api, made);
    return made;
  };

  const denial = (retryAfterMs: number, api: string): IMError =>
    fromEntry(RATE_LIMITED(Math.max(1, Math.ceil(retryAfterMs))), {
      vendor: limits.vendor,
      vendorMessage: `${api}: the ${limits.vendor} app's rate limit is reached (counted for the whole fleet)`,
      cause: undefined,
    });

  /**
   * Consumes `points` of every window in `list` from `pick`: the wait (0 when all were granted) and each window's
   * time left. On a denial, gives back what the other windows took. Rejects when the store fails.
   */
  const consumeAll = async (
    list: ReadonlyArray<readonly [Windowed, number]>,
    pick: (w: Windowed) => RateLimiterAbstract,
    now: number,
  ): Promise<{ readonly wait: number; readonly left: readonly number[] }> => {
    const slots = list.map(([w]) => slot(w.window, now));
    const results = await Promise.allSettled(list.map(([w, points], index) => pick(w).consume(slots[index]!.key, points)));
    const failure = results.find((result) => result.status === 'rejected' && !(result.reason instanceof RateLimiterRes));
    if (failure !== undefined && failure.status === 'rejected') throw failure.reason;
    let wait = 0;
    // A window refused is full (or blocked) until it ends: the next one is a new key.
    const left = slots.map(({ end }, index) => {
      if (results[index]?.status === 'rejected') wait = Math.max(wait, end - now);
      return end - now;
    });
    if (wait > 0) {
      results.forEach((result, index) => {
        const entry = list[index];
        if (result.status === 'fulfilled' && entry !== undefined) void pick(entry[0]).reward(slots[index]!.key, entry[1]).catch(() => undefined);
      });
    }
    return { wait, left };
  };

  const limiter: VendorRateLimiter = {
    async call(api, operation, { normalize, units }) {
      await limiter.acquire(api, units);
      const sentAt = clock();
      try {
        return await operation();
      } catch (raw) {
        const error = normalize(raw);
        if (error.kind === 'rate-limit') await limiter.refused(api, error.retryAfterMs, sentAt);
        throw error;
      }
    },

    async acquire(api, units = 1) {
      const limit: RestLimit = limitOf(limits, api);
      const cost = Math.max(1, Math.ceil(units));
      const windows = windowsOf(api);
      const tooBig = (limit.maxUnitsPerCall !== undefined && cost > limit.maxUnitsPerCall) || windows.some(({ window }) => window.per === 'unit' && cost > window.points);
      if (tooBig) {
        throw fromEntry(TOO_BIG, { vendor: limits.vendor, vendorMessage: `${api}: ${cost} ${limit.unit ?? 'units'} is more than one call may carry`, cause: undefined });
      }
      for (let round = 0; ; round++) {
        const now = clock();
        // Call windows served from a lease need no round trip; the rest are taken together.
        const remote: Array<readonly [Windowed, number]> = [];
        const leased: Windowed[] = [];
        for (const w of windows) {
          if (w.window.per === 'unit') remote.push([w, cost]);
          else if (leaseSize > 1 && w.lease.left > 0 && now < w.lease.until) leased.push(w);
          else remote.push([w, leaseSize]);
        }
        let wait = 0;
        if (remote.length > 0) {
          const shared = await guard.attempt(() => consumeAll(remote, (w) => w.shared, now));
          if (shared === undefined) {
            // Redis down or slow: this instance's share of each window, in memory.
            const local = await consumeAll(
              windows.map((w) => [w, w.window.per === 'unit' ? cost : 1] as const),
              (w) => w.local,
              now,
            );
            wait = local.wait;
          } else {
            wait = shared.wait;
            if (wait === 0 && leaseSize > 1) {
              // A lease lasts as long as the window that granted it: its tokens never spill into the next one.
              remote.forEach(([w], index) => {
                if (w.window.per === 'call') w.lease = { left: leaseSize - 1, until: now + (shared.left[index] ?? 0) };
              });
            }
          }
        }
        if (wait > 0) throw denial(wait, api);
        // An answer that came after its window ended holds tokens of a second the vendor has closed: the call would
        // land in the next one, uncounted. Take this window's tokens instead (once; a second late answer is a wait).
        if (clock() >= Math.min(...windows.map((w) => slot(w.window, now).end))) {
          if (round === 0) continue;
          throw denial(1, api);
        }
        for (const w of leased) w.lease.left--;
        return;
      }
    },

    async refused(api, retryAfterMs, sentAt) {
      const windows = windowsOf(api);
      for (const w of windows) w.lease = { left: 0, until: 0 };
      const first = windows.find((w) => w.window.per === 'call') ?? windows[0];
      if (first === undefined) return;
      // The windows the wait covers: without a `retryAfterMs`, the rest of the one the call was sent in, as the vendor
      // counts it (none if that one is over).
      const now = clock();
      const { durationMs } = first.window;
      const until = retryAfterMs === undefined ? slot(first.window, Math.min(now, sentAt ?? now)).end : now + Math.max(1, retryAfterMs);
      const blocks: Array<{ readonly key: string; readonly secs: number }> = [];
      for (let at = now; at < until && blocks.length < MAX_BLOCKED_WINDOWS; at = slot(first.window, at).end) {
        blocks.push({ key: slot(first.window, at).key, secs: seconds(durationMs + KEEP_MS) });
      }
      await Promise.all(blocks.map(({ key, secs }) => first.local.block(key, secs)));
      await guard.attempt(() => Promise.all(blocks.map(({ key, secs }) => first.shared.block(key, secs))));
    },
  };
  return limiter;
}

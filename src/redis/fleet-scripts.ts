/**
 * The two Lua scripts the shared budget and the shared breaker run, each one atomic step over one app's keys (one
 * Redis Cluster hash tag). Both take `now` from the caller's clock (an argument), never Redis `TIME`, and decide
 * nothing by key expiry (`PEXPIRE` only collects keys an idle fleet left behind), so `memory-fleet.ts` computes the
 * very same steps in JavaScript and the model tests compare the two in virtual time.
 *
 * @example
 * ```ts
 * import { BUDGET_SCRIPT, scriptRunner } from 'im-errors/redis';
 * declare const run: ReturnType<typeof scriptRunner>;
 * await run(BUDGET_SCRIPT, ['calls', 'retries', 'beats', 'bank'], [Date.now(), 'pod-1', 1, 0, 10_000, 1000, 100, 3000, 3000]);
 * ```
 */
import type { LuaScript } from './client.js';

/**
 * The cluster retry budget over a sliding window of slices. KEYS: calls (hash slice → count), retries (same),
 * heartbeats (zset id → last seen), bank (the fleet's unspent tokens). ARGV: now, id, calls, retries, windowMs,
 * sliceMs, ratio and capacity in thousandths, heartbeat TTL. Returns {share in thousandths of a token, calls in
 * window, retries in window, live}: what the fleet may still retry divided among the live instances — ratio × calls +
 * capacity − retries over the window, and never more than the bank: ratio × each call − each retry, capped at the
 * capacity as a local budget's tokens are (so calls made before an outage do not pay for a burst of retries in it).
 */
export const BUDGET_SCRIPT: LuaScript = {
  name: 'im-errors budget',
  source: `
local now = tonumber(ARGV[1])
local id = ARGV[2]
local calls = tonumber(ARGV[3])
local retries = tonumber(ARGV[4])
local windowMs = tonumber(ARGV[5])
local sliceMs = tonumber(ARGV[6])
local ratio = tonumber(ARGV[7])
local capacity = tonumber(ARGV[8])
local ttl = tonumber(ARGV[9])
local slice = math.floor(now / sliceMs)
if calls > 0 then redis.call('HINCRBY', KEYS[1], slice, calls) end
if retries > 0 then redis.call('HINCRBY', KEYS[2], slice, retries) end
local oldest = slice - math.floor(windowMs / sliceMs) + 1
local function total(key)
  local sum = 0
  local fields = redis.call('HGETALL', key)
  for i = 1, #fields, 2 do
    if tonumber(fields[i]) < oldest then redis.call('HDEL', key, fields[i]) else sum = sum + tonumber(fields[i + 1]) end
  end
  return sum
end
local c = total(KEYS[1])
local r = total(KEYS[2])
redis.call('ZADD', KEYS[3], now, id)
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', '(' .. (now - ttl))
local live = math.max(1, redis.call('ZCARD', KEYS[3]))
local bank = math.min(capacity, tonumber(redis.call('GET', KEYS[4]) or capacity) + ratio * calls - 1000 * retries)
redis.call('SET', KEYS[4], bank, 'PX', windowMs * 2)
local allowance = math.max(0, math.min(ratio * c + capacity - 1000 * r, bank))
local share = math.floor(allowance / live)
redis.call('PEXPIRE', KEYS[1], windowMs * 2)
redis.call('PEXPIRE', KEYS[2], windowMs * 2)
redis.call('PEXPIRE', KEYS[3], math.max(ttl, windowMs) * 2)
return {share, c, r, live}
`,
};

/**
 * The quorum breaker. KEYS: heartbeats (zset id → last seen), opens (zset id → when its circuit opened), fleet
 * (hash: state, openedAt, closedAt, prober, leaseUntil). ARGV: now, id, local state, local openedAt ('' if never), wants a
 * probe (1/0), how this instance's probe ended ('' / success / failure), cool-down, quorum in thousandths,
 * heartbeat TTL, probe lease. The fleet opens when ⌈q × live⌉ instances opened within the cool-down; after the
 * cool-down it is half-open and only the lease holder probes; its probe closes or re-opens the fleet.
 * Returns {state, cool-down left, may probe (1/0), live, open instances, recovered (1/0: a fleet probe succeeded
 * since this instance's circuit opened)}.
 */
export const BREAKER_SCRIPT: LuaScript = {
  name: 'im-errors breaker',
  source: `
local now = tonumber(ARGV[1])
local id = ARGV[2]
local localState = ARGV[3]
local openedAt = ARGV[4]
local wantsProbe = ARGV[5] == '1'
local probe = ARGV[6]
local cooldown = tonumber(ARGV[7])
local quorum = tonumber(ARGV[8])
local ttl = tonumber(ARGV[9])
local leaseMs = tonumber(ARGV[10])
redis.call('ZADD', KEYS[1], now, id)
local dead = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. (now - ttl))
for _, member in ipairs(dead) do redis.call('ZREM', KEYS[2], member) end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. (now - ttl))
local live = redis.call('ZCARD', KEYS[1])
if localState ~= 'closed' and openedAt ~= '' then
  redis.call('ZADD', KEYS[2], tonumber(openedAt), id)
else
  redis.call('ZREM', KEYS[2], id)
end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. (now - cooldown))
local opens = redis.call('ZCARD', KEYS[2])
local need = math.max(1, math.ceil(quorum * live / 1000))
local state = redis.call('HGET', KEYS[3], 'state') or 'closed'
local fleetOpenedAt = tonumber(redis.call('HGET', KEYS[3], 'openedAt') or '0')
local prober = redis.call('HGET', KEYS[3], 'prober')
local leaseUntil = tonumber(redis.call('HGET', KEYS[3], 'leaseUntil') or '0')
local closedAt = tonumber(redis.call('HGET', KEYS[3], 'closedAt') or '-1')
if state == 'open' and now - fleetOpenedAt >= cooldown then state = 'half-open' end
if probe ~= '' and prober == id then
  if state == 'half-open' then
    if probe == 'success' then
      state = 'closed'
      closedAt = now
      redis.call('DEL', KEYS[2])
      opens = 0
    else
      state = 'open'
      fleetOpenedAt = now
    end
  end
  prober = false
  leaseUntil = 0
end
if state == 'closed' and opens >= need then
  state = 'open'
  fleetOpenedAt = now
end
if state == 'open' and now - fleetOpenedAt >= cooldown then state = 'half-open' end
local mayProbe = 0
if wantsProbe and state ~= 'open' then
  if (not prober) or leaseUntil <= now or prober == id then
    prober = id
    leaseUntil = now + leaseMs
    mayProbe = 1
  end
end
redis.call('HSET', KEYS[3], 'state', state, 'openedAt', fleetOpenedAt, 'closedAt', closedAt)
if prober then
  redis.call('HSET', KEYS[3], 'prober', prober, 'leaseUntil', leaseUntil)
else
  redis.call('HDEL', KEYS[3], 'prober', 'leaseUntil')
end
local retryAfter = 0
if state == 'open' then retryAfter = fleetOpenedAt + cooldown - now end
local recovered = 0
if openedAt ~= '' and closedAt >= tonumber(openedAt) then recovered = 1 end
local keep = math.max(ttl, cooldown) * 10
for i = 1, 3 do redis.call('PEXPIRE', KEYS[i], keep) end
return {state, retryAfter, mayProbe, live, opens, recovered}
`,
};

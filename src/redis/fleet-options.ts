/**
 * What the shared budget and the shared breaker have in common: where the fleet's state lives (Redis, or an
 * in-process fleet), the app it belongs to (one Redis Cluster hash tag per app), this instance's name, and when to
 * reconcile.
 */
import type { ReconcileSchedule } from '../retry/shared-state.js';
import { scriptRunner, type RedisClient, type ScriptRunner } from './client.js';
import type { RedisGuardOptions } from './guard.js';
import { createMemoryFleet, type MemoryFleet } from './memory-fleet.js';

/** Settings shared by `createSharedRetryBudget` and `createSharedCircuitBreaker`. */
export interface FleetOptions extends ReconcileSchedule, RedisGuardOptions {
  /** The app the state belongs to, e.g. `tencent:1400000000`: its keys share the hash tag `{tencent:1400000000}`. */
  readonly scope: string;
  /** A connected node-redis or ioredis client; none: an in-process fleet (`fleet`). */
  readonly redis?: RedisClient | undefined;
  /** The in-process fleet used without `redis`. Default: one per process. */
  readonly fleet?: MemoryFleet | undefined;
  /** This instance's name in the heartbeats. Default: random. */
  readonly instanceId?: string | undefined;
  /** An instance not heard from for this long is no longer live, in ms. Default 3 × `everyMs`. */
  readonly heartbeatTtlMs?: number | undefined;
  /** The first part of every key. Default `im-errors`. */
  readonly keyPrefix?: string | undefined;
}

/** One process's fleet, for stores given no Redis and no fleet of their own. */
const processFleet = createMemoryFleet();

/** The resolved parts of {@link FleetOptions}. */
export interface Fleet {
  readonly id: string;
  readonly now: () => number;
  readonly ttlMs: number;
  readonly key: (name: string) => string;
  readonly run: ScriptRunner | undefined;
  readonly memory: MemoryFleet;
}

/** Resolves `options`. */
export function fleetOf(options: FleetOptions): Fleet {
  const everyMs = options.everyMs ?? 1000;
  return {
    id: options.instanceId ?? `i-${Math.random().toString(36).slice(2, 10)}`,
    now: options.now ?? (() => Date.now()),
    ttlMs: options.heartbeatTtlMs ?? 3 * everyMs,
    key: (name) => `${options.keyPrefix ?? 'im-errors'}:{${options.scope}}:${name}`,
    run: options.redis === undefined ? undefined : scriptRunner(options.redis),
    memory: options.fleet ?? processFleet,
  };
}

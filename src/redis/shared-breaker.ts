/**
 * The shared circuit breaker with a quorum: each instance keeps its own breaker and reports it (every `everyMs` or
 * `everyCalls`); the fleet's circuit opens when ⌈quorum × live instances⌉ opened within the cool-down (one bad
 * node cannot open it for all), then, after the cool-down, one instance at a time probes (a lease of `leaseMs`) and
 * its probe closes or re-opens it for everyone. Live instances are those whose heartbeat is younger than
 * `heartbeatTtlMs`. Redis down: each breaker goes on alone.
 *
 * @example
 * ```ts
 * import { createSharedCircuitBreaker } from 'im-errors/redis';
 * declare const redis: import('im-errors/redis').RedisClient;
 * const breaker = createSharedCircuitBreaker({ scope: 'tencent:1400000000', redis, quorum: 0.5 });
 * const pass = breaker.admit();
 * ```
 */
import { DEFAULT_CIRCUIT_BREAKER, createCircuitBreaker, type CircuitBreaker, type CircuitBreakerOptions, type CircuitState } from '../retry/breaker.js';
import type { CircuitBreakerStore } from '../retry/shared-state.js';
import { fleetOf, type FleetOptions } from './fleet-options.js';
import { BREAKER_SCRIPT } from './fleet-scripts.js';
import { redisGuard } from './guard.js';
import { breakerStep, type BreakerStepArgs } from './memory-fleet.js';

/** Settings of {@link createSharedCircuitBreaker}. */
export interface SharedCircuitBreakerOptions extends FleetOptions, Omit<CircuitBreakerOptions, 'store' | 'clock'> {
  /** The share of live instances whose circuit must be open to open the fleet's. Default 0.5. */
  readonly quorum?: number | undefined;
  /** How long one instance holds the fleet's probe, in ms. Default 5000. */
  readonly leaseMs?: number | undefined;
}

const STATES: readonly CircuitState[] = ['closed', 'open', 'half-open'];

/** The store of a shared breaker; {@link createSharedCircuitBreaker} joins it to a breaker. */
export function createSharedBreakerStore(options: SharedCircuitBreakerOptions): CircuitBreakerStore {
  const fleet = fleetOf(options);
  const guard = redisGuard(options);
  const cooldownMs = options.cooldownMs ?? DEFAULT_CIRCUIT_BREAKER.cooldownMs;
  const quorum = Math.round(Math.min(1, Math.max(0, options.quorum ?? 0.5)) * 1000);
  const leaseMs = options.leaseMs ?? 5000;
  const keys = [fleet.key('breaker:beats'), fleet.key('breaker:opens'), fleet.key('breaker:fleet')];
  return {
    everyMs: options.everyMs,
    everyCalls: options.everyCalls,
    now: fleet.now,
    async reconcile(report) {
      const args: BreakerStepArgs = { now: Math.floor(fleet.now()), id: fleet.id, ...report, cooldownMs, quorum, ttlMs: fleet.ttlMs, leaseMs };
      const run = fleet.run;
      const reply =
        run === undefined
          ? breakerStep(fleet.memory.breaker(options.scope), args)
          : await guard.attempt(() =>
              run(BREAKER_SCRIPT, keys, [
                args.now,
                args.id,
                args.state,
                args.openedAt ?? '',
                args.wantsProbe ? 1 : 0,
                args.probe ?? '',
                cooldownMs,
                quorum,
                args.ttlMs,
                leaseMs,
              ]),
            );
      if (!Array.isArray(reply)) return undefined;
      const state = STATES.find((known) => known === reply[0]) ?? 'closed';
      return { state, retryAfterMs: Math.max(0, Number(reply[1])), mayProbe: Number(reply[2]) === 1, recovered: Number(reply[5]) === 1 };
    },
  };
}

/**
 * A circuit breaker shared by the fleet; see {@link SharedCircuitBreakerOptions}.
 *
 * @example
 * ```ts
 * const breaker = createSharedCircuitBreaker({ scope: `tencent:${SDKAppID}`, redis, quorum: 0.5 });
 * const send = wrap(sendMessage, { normalizer: tencent, breaker });
 * ```
 */
export function createSharedCircuitBreaker(options: SharedCircuitBreakerOptions): CircuitBreaker {
  const now = options.now;
  return createCircuitBreaker({
    failureThreshold: options.failureThreshold,
    cooldownMs: options.cooldownMs,
    outcomeOf: options.outcomeOf,
    onStateChange: options.onStateChange,
    clock: now === undefined ? undefined : { now },
    store: createSharedBreakerStore(options),
  });
}

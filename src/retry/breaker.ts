/**
 * An optional circuit breaker: after sustained failures that say the vendor is down, calls fail fast with a
 * `client/circuit-open` IMError for a cool-down, then one probe call is let through (half-open): its success closes
 * the circuit, its failure opens it again.
 *
 * ```text
 * closed ──(failureThreshold consecutive failures)──▶ open ──(cooldownMs passed)──▶ half-open
 *   ▲                                                   ▲                               │ one probe
 *   └────────────────────(probe succeeded)──────────────┼──(probe failed or unsettled───┘
 *                                                                after probeTimeoutMs)
 * ```
 *
 * So no state refuses for longer than `cooldownMs + probeTimeoutMs` at a time.
 */
import type { IMError } from '../imerror.js';
import type { Kind } from '../taxonomy.js';
import type { Clock } from './options.js';
import { systemClock } from './clock.js';
import { reconciler, type CircuitBreakerStore, type FleetVerdict } from './shared-state.js';

/** The breaker's state. */
export type CircuitState = 'closed' | 'open' | 'half-open';

/**
 * What an attempt's outcome tells the breaker about the vendor:
 * - `failure` — the service is down or overloaded (network, server, rate limits);
 * - `success` — the service answered, even if it said no (auth, validation, domain errors…);
 * - `ignored` — local, says nothing about the service (client-side errors, unrecognised values).
 */
export type BreakerOutcome = 'failure' | 'success' | 'ignored';

/** How the default breaker reads each kind. Data: pass your own `outcomeOf` to read errors differently. */
export const BREAKER_OUTCOMES: { readonly [K in Kind]: BreakerOutcome } = {
  'rate-limit': 'failure',
  network: 'failure',
  server: 'failure',
  auth: 'success',
  quota: 'success',
  group: 'success',
  friend: 'success',
  media: 'success',
  message: 'success',
  user: 'success',
  permission: 'success',
  validation: 'success',
  client: 'ignored',
  unknown: 'ignored',
};

/** Settings of {@link createCircuitBreaker}. */
export interface CircuitBreakerOptions {
  /** Consecutive failed attempts that open the circuit. Default 5. */
  readonly failureThreshold?: number | undefined;
  /** How long the circuit stays open before a probe is let through, in ms. Default 10 000. */
  readonly cooldownMs?: number | undefined;
  /**
   * How long the half-open probe may stay unsettled, in ms: past it the probe counts as failed and the circuit opens
   * again (no state refuses forever). Default 10 000. The runner's `attemptTimeoutMs`, when shorter, ends it sooner.
   */
  readonly probeTimeoutMs?: number | undefined;
  /** How an error counts; defaults to {@link BREAKER_OUTCOMES} by kind. If it throws, the kind's default counts. */
  readonly outcomeOf?: ((error: IMError) => BreakerOutcome) | undefined;
  /** Defaults to the real clock; only `now` is used. */
  readonly clock?: Pick<Clock, 'now'> | undefined;
  /** Called on every state change. If it throws, the error is ignored. */
  readonly onStateChange?: ((state: CircuitState, previous: CircuitState) => void) | undefined;
  /**
   * A circuit shared with other instances (`im-errors/redis`, a quorum): reconciled every `everyMs` / `everyCalls`;
   * while the fleet's circuit is open this one refuses too, and while it is half-open only the instance holding the
   * probe lease probes. The local state machine is unchanged. None: this instance alone.
   */
  readonly store?: CircuitBreakerStore | undefined;
}

/** An admitted call: report how it ended with `settle` (an IMError, or undefined for success) exactly once. */
export interface BreakerPass {
  readonly admitted: true;
  /** True when this call is the half-open probe. */
  readonly probe: boolean;
  settle(error: IMError | undefined): void;
}

/** A refused call: the circuit is open (or a probe is in flight). */
export interface BreakerRefusal {
  readonly admitted: false;
  /** The cool-down left, in ms (while a probe is in flight: the time until it counts as failed). */
  readonly retryAfterMs: number;
}

/** What the breaker knows at one moment. */
export interface CircuitSnapshot {
  readonly state: CircuitState;
  /** Consecutive failures counted while closed. */
  readonly consecutiveFailures: number;
  /** The cool-down left while open, 0 otherwise. */
  readonly retryAfterMs: number;
  /** Calls refused so far. */
  readonly refused: number;
}

/** A circuit breaker shared by the calls of one client wrapper. */
export interface CircuitBreaker {
  /** The state now (an open circuit whose cool-down has passed reads as `half-open`). */
  readonly state: CircuitState;
  /** Asks to make one call. */
  admit(): BreakerPass | BreakerRefusal;
  /** The state and counters now. */
  snapshot(): CircuitSnapshot;
}

/** The default breaker settings. */
export const DEFAULT_CIRCUIT_BREAKER = { failureThreshold: 5, cooldownMs: 10_000, probeTimeoutMs: 10_000 } as const;

function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/**
 * Creates a circuit breaker; see {@link CircuitBreakerOptions} for the defaults.
 *
 * @example
 * ```ts
 * const breaker = createCircuitBreaker({ failureThreshold: 5, cooldownMs: 10_000 });
 * const chat = wrapClient(tim, { normalizer: tencent, breaker });
 * breaker.state; // 'closed' | 'open' | 'half-open'
 * ```
 */
export function createCircuitBreaker(options: CircuitBreakerOptions = {}): CircuitBreaker {
  const threshold = Math.max(1, Math.floor(positive(options.failureThreshold, DEFAULT_CIRCUIT_BREAKER.failureThreshold)));
  const cooldownMs = positive(options.cooldownMs, DEFAULT_CIRCUIT_BREAKER.cooldownMs);
  const clock = options.clock ?? systemClock;
  const probeTimeoutMs = positive(options.probeTimeoutMs, DEFAULT_CIRCUIT_BREAKER.probeTimeoutMs);
  const byKind = (error: IMError): BreakerOutcome => BREAKER_OUTCOMES[error.kind] ?? 'ignored';
  const custom = options.outcomeOf;
  const outcomeOf = (error: IMError): BreakerOutcome => {
    if (custom === undefined) return byKind(error);
    try {
      const outcome = custom(error);
      return outcome === 'failure' || outcome === 'success' || outcome === 'ignored' ? outcome : byKind(error);
    } catch {
      return byKind(error);
    }
  };

  let state: CircuitState = 'closed';
  let failures = 0;
  let openedAt = 0;
  let probing = false;
  let probeStartedAt = 0;
  /** Bumped when a probe is given up on: a late settle of that probe changes nothing. */
  let probeRound = 0;
  let refused = 0;

  // With a store: the fleet's last verdict (and when it came), and how a fleet probe ended since the last report.
  const store = options.store;
  let fleet: (FleetVerdict & { readonly at: number }) | undefined;
  let fleetProbe: 'success' | 'failure' | undefined;
  let everOpened = false;
  const sync =
    store === undefined
      ? undefined
      : reconciler(
          store,
          () => {
            const probe = fleetProbe;
            fleetProbe = undefined;
            const local = current();
            const wantsProbe = local === 'half-open' || fleetState() === 'half-open';
            return store.reconcile({ state: local, openedAt: everOpened ? openedAt : undefined, wantsProbe, probe });
          },
          (verdict) => {
            fleet = verdict === undefined ? undefined : { ...verdict, at: clock.now() };
            if (verdict?.recovered === true && state !== 'closed' && !probing) {
              failures = 0;
              moveTo('closed');
            }
          },
        );
  /** The fleet's state now: an open verdict whose cool-down has passed reads as half-open. */
  const fleetState = (): CircuitState => {
    if (fleet === undefined || fleet.state === 'closed') return 'closed';
    if (fleet.state === 'open' && clock.now() - fleet.at < fleet.retryAfterMs) return 'open';
    return 'half-open';
  };

  const moveTo = (next: CircuitState): void => {
    const previous = state;
    if (previous === next) return;
    state = next;
    try {
      options.onStateChange?.(next, previous);
    } catch {
      // Hooks must not break calls.
    }
  };

  /**
   * Open circuits whose cool-down has passed become half-open when next looked at; a probe unsettled past
   * `probeTimeoutMs` counts as failed, so the circuit opens again from that moment (no timer: read lazily).
   */
  const current = (): CircuitState => {
    if (probing && clock.now() - probeStartedAt >= probeTimeoutMs) {
      probeRound++;
      probing = false;
      if (state === 'half-open') open(probeStartedAt + probeTimeoutMs);
    }
    if (state === 'open' && clock.now() - openedAt >= cooldownMs) moveTo('half-open');
    return state;
  };

  const open = (at = clock.now()): void => {
    openedAt = at;
    everOpened = true;
    failures = 0;
    probing = false;
    moveTo('open');
  };

  const remaining = (): number => (state === 'open' ? Math.max(0, openedAt + cooldownMs - clock.now()) : 0);

  const pass = (probe: boolean, forFleet = false): BreakerPass => {
    let settled = false;
    const round = probeRound;
    return {
      admitted: true,
      probe,
      settle(error) {
        if (settled) return;
        settled = true;
        const outcome: BreakerOutcome = error === undefined ? 'success' : outcomeOf(error);
        if (forFleet && outcome !== 'ignored') {
          fleetProbe = outcome;
          // The lease is spent: refuse until the fleet's next verdict says what the probe decided.
          if (fleet !== undefined) fleet = { ...fleet, mayProbe: false };
          sync?.force();
        }
        if (probe) {
          if (round !== probeRound) return; // given up on already: the circuit has moved on
          probing = false;
          if (state !== 'half-open') return;
          if (outcome === 'failure') open();
          else if (outcome === 'success') moveTo('closed');
          return;
        }
        // Calls admitted while closed that end later: only the probe decides an open or half-open circuit.
        if (state !== 'closed') return;
        if (outcome === 'success') failures = 0;
        else if (outcome === 'failure' && ++failures >= threshold) open();
      },
    };
  };

  return {
    get state() {
      return current();
    },
    admit() {
      sync?.tick();
      const now = current();
      const shared = fleetState();
      if (now === 'closed' && shared === 'closed') return pass(false);
      // Shared: only the holder of the fleet's probe lease probes, and an open fleet refuses for its cool-down.
      const mayProbe = sync === undefined || fleet?.mayProbe === true;
      if (now !== 'open' && shared !== 'open' && mayProbe && !probing) {
        probing = true;
        probeStartedAt = clock.now();
        return pass(true, sync !== undefined);
      }
      refused++;
      const fleetLeft = shared === 'open' && fleet !== undefined ? fleet.at + fleet.retryAfterMs - clock.now() : 0;
      const probeLeft = probing ? Math.max(0, probeStartedAt + probeTimeoutMs - clock.now()) : 0;
      return { admitted: false, retryAfterMs: Math.max(remaining(), fleetLeft, probeLeft) };
    },
    snapshot() {
      const now = current();
      return { state: now, consecutiveFailures: failures, retryAfterMs: remaining(), refused };
    },
  };
}

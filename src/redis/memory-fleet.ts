/**
 * The budget and breaker steps of `fleet-scripts.ts` in JavaScript, over an in-process state: the memory store
 * (instances sharing one process, tests, a single server) and the model the Redis scripts are tested against. Each
 * function is one atomic step and must decide exactly what its Lua twin decides.
 *
 * @example
 * ```ts
 * import { budgetStep, createMemoryFleet } from 'im-errors/redis';
 * const fleet = createMemoryFleet();
 * const [share] = budgetStep(fleet.budget('tencent:1400000000'), { now: 0, id: 'pod-1', calls: 10, retries: 0, windowMs: 10_000, sliceMs: 1000, ratio: 100, capacity: 3000, ttlMs: 3000 });
 * ```
 */
import type { CircuitState } from '../retry/breaker.js';

/** The keys of one app's budget. */
export interface BudgetState {
  readonly calls: Map<number, number>;
  readonly retries: Map<number, number>;
  readonly beats: Map<string, number>;
  /** The fleet's unspent tokens in thousandths (undefined: full), capped at the capacity. */
  bank: number | undefined;
}

/** The keys of one app's breaker. */
export interface BreakerState {
  readonly beats: Map<string, number>;
  readonly opens: Map<string, number>;
  fleet: { state: CircuitState; openedAt: number; closedAt: number; prober: string | undefined; leaseUntil: number };
}

/** The arguments of a budget step (ratio and capacity in thousandths). */
export interface BudgetStepArgs {
  readonly now: number;
  readonly id: string;
  readonly calls: number;
  readonly retries: number;
  readonly windowMs: number;
  readonly sliceMs: number;
  readonly ratio: number;
  readonly capacity: number;
  readonly ttlMs: number;
}

/** [share in thousandths, calls in window, retries in window, live instances] */
export type BudgetStepResult = readonly [number, number, number, number];

/** The arguments of a breaker step (quorum in thousandths). */
export interface BreakerStepArgs {
  readonly now: number;
  readonly id: string;
  readonly state: CircuitState;
  readonly openedAt: number | undefined;
  readonly wantsProbe: boolean;
  readonly probe: 'success' | 'failure' | undefined;
  readonly cooldownMs: number;
  readonly quorum: number;
  readonly ttlMs: number;
  readonly leaseMs: number;
}

/** [state, cool-down left, may probe (1/0), live, open instances, recovered (1/0)] */
export type BreakerStepResult = readonly [CircuitState, number, number, number, number, number];

/** In-process state per app scope. */
export interface MemoryFleet {
  budget(scope: string): BudgetState;
  breaker(scope: string): BreakerState;
}

/** A fresh in-process fleet. */
export function createMemoryFleet(): MemoryFleet {
  const budgets = new Map<string, BudgetState>();
  const breakers = new Map<string, BreakerState>();
  return {
    budget(scope) {
      let state = budgets.get(scope);
      if (state === undefined) budgets.set(scope, (state = { calls: new Map(), retries: new Map(), beats: new Map(), bank: undefined }));
      return state;
    },
    breaker(scope) {
      let state = breakers.get(scope);
      if (state === undefined) {
        state = { beats: new Map(), opens: new Map(), fleet: { state: 'closed', openedAt: 0, closedAt: -1, prober: undefined, leaseUntil: 0 } };
        breakers.set(scope, state);
      }
      return state;
    },
  };
}

/** Removes the members scored below `min` (ZREMRANGEBYSCORE -inf (min); returns them. */
function dropBelow(set: Map<string, number>, min: number): string[] {
  const dropped: string[] = [];
  for (const [member, score] of set) if (score < min) dropped.push(member);
  for (const member of dropped) set.delete(member);
  return dropped;
}

function sliceTotal(slices: Map<number, number>, oldest: number): number {
  let sum = 0;
  for (const [slice, count] of [...slices]) {
    if (slice < oldest) slices.delete(slice);
    else sum += count;
  }
  return sum;
}

/** {@link BUDGET_SCRIPT}'s step. */
export function budgetStep(state: BudgetState, args: BudgetStepArgs): BudgetStepResult {
  const slice = Math.floor(args.now / args.sliceMs);
  if (args.calls > 0) state.calls.set(slice, (state.calls.get(slice) ?? 0) + args.calls);
  if (args.retries > 0) state.retries.set(slice, (state.retries.get(slice) ?? 0) + args.retries);
  const oldest = slice - Math.floor(args.windowMs / args.sliceMs) + 1;
  const calls = sliceTotal(state.calls, oldest);
  const retries = sliceTotal(state.retries, oldest);
  state.beats.set(args.id, args.now);
  dropBelow(state.beats, args.now - args.ttlMs);
  const live = Math.max(1, state.beats.size);
  state.bank = Math.min(args.capacity, (state.bank ?? args.capacity) + args.ratio * args.calls - 1000 * args.retries);
  const allowance = Math.max(0, Math.min(args.ratio * calls + args.capacity - 1000 * retries, state.bank));
  return [Math.floor(allowance / live), calls, retries, live];
}

/** {@link BREAKER_SCRIPT}'s step. */
export function breakerStep(store: BreakerState, args: BreakerStepArgs): BreakerStepResult {
  const { now, id } = args;
  store.beats.set(id, now);
  for (const member of dropBelow(store.beats, now - args.ttlMs)) store.opens.delete(member);
  const live = store.beats.size;
  if (args.state !== 'closed' && args.openedAt !== undefined) store.opens.set(id, args.openedAt);
  else store.opens.delete(id);
  dropBelow(store.opens, now - args.cooldownMs);
  let opens = store.opens.size;
  const need = Math.max(1, Math.ceil((args.quorum * live) / 1000));
  let { state, openedAt, closedAt, prober, leaseUntil } = store.fleet;
  if (state === 'open' && now - openedAt >= args.cooldownMs) state = 'half-open';
  if (args.probe !== undefined && prober === id) {
    if (state === 'half-open') {
      if (args.probe === 'success') {
        state = 'closed';
        closedAt = now;
        store.opens.clear();
        opens = 0;
      } else {
        state = 'open';
        openedAt = now;
      }
    }
    prober = undefined;
    leaseUntil = 0;
  }
  if (state === 'closed' && opens >= need) {
    state = 'open';
    openedAt = now;
  }
  if (state === 'open' && now - openedAt >= args.cooldownMs) state = 'half-open';
  let mayProbe = 0;
  if (args.wantsProbe && state !== 'open' && (prober === undefined || leaseUntil <= now || prober === id)) {
    prober = id;
    leaseUntil = now + args.leaseMs;
    mayProbe = 1;
  }
  store.fleet = { state, openedAt, closedAt, prober, leaseUntil };
  const recovered = args.openedAt !== undefined && closedAt >= args.openedAt ? 1 : 0;
  return [state, state === 'open' ? openedAt + args.cooldownMs - now : 0, mayProbe, live, opens, recovered];
}

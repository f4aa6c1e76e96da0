/**
 * The law of issue 3: for the same policy, errors, attempt durations, random numbers, refresh outcomes and budget,
 * the Promise runner (`withRetry`, on an injected virtual clock) and the Effect interpreter (`retrySchedule`, on
 * Effect's TestClock) start the same attempts at the same times, wait the same delays, and end the same way — the
 * same value, or the same error after the same attempts for the same reason.
 */
import { fc, it } from '@fast-check/vitest';
import * as Clock from 'effect/Clock';
import * as Effect from 'effect/Effect';
import * as Exit from 'effect/Exit';
import * as Fiber from 'effect/Fiber';
import * as Schedule from 'effect/Schedule';
import { TestClock } from 'effect/testing';
import { describe, expect } from 'vitest';
import { retrySchedule } from '../../../src/effect/schedule.js';
import {
  KINDS,
  REASONS,
  createIMError,
  createRetryBudget,
  retryHistoryOf,
  withRetry,
  type IMError,
  type IMErrorInit,
  type Kind,
  type RetryPolicy,
  type RetryRule,
} from '../../../src/index.js';
import { virtualClock as timedClock } from '../retry/support/virtual-clock.js';

/** The kinds used: few enough that the generated rules select the generated errors often. */
const kinds = fc.constantFrom<Kind>('network', 'rate-limit', 'auth', 'server', 'validation');

const errorSpec = kinds.chain((kind) =>
  fc.record({
    kind: fc.constant(kind),
    reason: fc.constantFrom(...REASONS[kind]),
    retryable: fc.boolean(),
    retryAfterMs: fc.option(fc.integer({ min: 0, max: 4000 }), { nil: undefined }),
  }),
);
type ErrorSpec = typeof errorSpec extends fc.Arbitrary<infer T> ? T : never;

const backoff = fc.record({
  baseMs: fc.double({ min: 0, max: 500, noNaN: true }),
  multiplier: fc.double({ min: 1, max: 3, noNaN: true }),
  capMs: fc.double({ min: 0, max: 5000, noNaN: true }),
  jitter: fc.constantFrom('full', 'equal', 'decorrelated', 'none' as const),
});

const rule: fc.Arbitrary<RetryRule> = fc.record(
  {
    when: kinds.chain((kind) =>
      fc.option(fc.subarray([...REASONS[kind]], { minLength: 1 }), { nil: undefined }).map((reason) =>
        reason === undefined ? { kind } : { kind, reason },
      ),
    ),
    action: fc.constantFrom('never', 'backoff', 'after-refresh' as const),
    maxRetries: fc.integer({ min: 0, max: 3 }),
    backoff: backoff.chain((full) => fc.subarray(Object.keys(full) as Array<keyof typeof full>).map((keys) => Object.fromEntries(keys.map((key) => [key, full[key]])))),
  },
  { requiredKeys: ['when', 'action'] },
) as fc.Arbitrary<RetryRule>;

const policy: fc.Arbitrary<RetryPolicy> = fc.record({
  maxAttempts: fc.integer({ min: 1, max: 6 }),
  backoff,
  deadlineMs: fc.option(fc.integer({ min: 0, max: 8000 }), { nil: undefined }),
  maxRetryAfterMs: fc.integer({ min: 0, max: 3000 }),
  rules: fc.array(rule, { maxLength: 3 }),
  otherwise: fc.constantFrom('retry-if-retryable', 'never' as const),
});

const scenario = fc.record({
  policy,
  errors: fc.array(errorSpec, { minLength: 1, maxLength: 7 }),
  /** How long each attempt runs before failing, in ms (cycled). */
  durations: fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 7 }),
  /** The random source: these numbers in order (cycled). */
  randoms: fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 1, maxLength: 8 }),
  /** Whether each refresh succeeds (cycled); undefined: no refresh function at all. */
  refreshes: fc.option(fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }), { nil: undefined }),
  budget: fc.option(fc.record({ ratio: fc.constantFrom(0, 0.2, 1), capacity: fc.integer({ min: 0, max: 3 }) }), { nil: undefined }),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

/** A fresh IMError per run (histories are attached to errors, so the two runs must not share them). */
const build = (spec: ErrorSpec): IMError =>
  createIMError({ ...spec, vendor: 'tencent', recovery: spec.retryable ? 'retry' : 'none', cause: spec } as IMErrorInit);

/** `values[i]`, cycling. */
const cycle = <T>(values: readonly T[]): (() => T) => {
  let i = 0;
  return () => values[i++ % values.length]!;
};

/** What one interpreter did: attempt start times, planned waits, and the end. */
interface Observed {
  readonly starts: number[];
  readonly delays: number[];
  readonly value: string | undefined;
  readonly error: { readonly kind: Kind; readonly reason: string; readonly attempts: number; readonly gaveUp: unknown; readonly history: unknown } | undefined;
}

function describeError(error: IMError, errors: readonly IMError[]): NonNullable<Observed['error']> {
  const history = retryHistoryOf(error);
  return {
    kind: error.kind,
    reason: error.reason,
    attempts: errors.indexOf(error) + 1,
    gaveUp: history?.gaveUp,
    history: history && { totalDelayMs: history.totalDelayMs, attempts: history.attempts.map(({ attempt, durationMs, delayMs }) => ({ attempt, durationMs, delayMs })) },
  };
}

/**
 * A wait as a clock of nanosecond resolution measures it: Effect's `Duration` holds whole nanoseconds, so a planned
 * wait of 0.0000004 ms sleeps 0 ns on the TestClock. The planned delays are compared unrounded; only the clocks'
 * reading of time is modelled alike.
 */
const atNanos = (ms: number): number => (Number.isInteger(ms) ? ms : Math.round(ms * 1_000_000) / 1_000_000);

async function viaPromises(s: Scenario): Promise<Observed> {
  const errors = s.errors.map(build);
  const duration = cycle(s.durations);
  const refresh = s.refreshes && cycle(s.refreshes);
  // Timers in time order (the runner races attempts and refreshes against the deadline): the retry tests' clock.
  const time = timedClock();
  const starts: number[] = [];
  const delays: number[] = [];
  try {
    const value = await time.run(
      withRetry(
        ({ attempt }) => {
          starts.push(time.now());
          const error = errors[attempt - 1];
          return time.after(atNanos(duration()), error === undefined ? { value: 'ok' } : { error });
        },
        {
          normalizer: (raw) => raw as IMError,
          policy: s.policy,
          // Effect's clock counts whole nanoseconds: waits are rounded the same way.
          clock: { now: time.clock.now, setTimer: (callback, ms) => time.clock.setTimer(callback, atNanos(ms)) },
          random: cycle(s.randoms),
          refreshCredentials: refresh && (async () => (refresh() ? undefined : Promise.reject(new Error('refresh failed')))),
          budget: s.budget && createRetryBudget(s.budget),
          onRetry: (_error, _attempt, delayMs) => delays.push(delayMs),
        },
      ),
    );
    return { starts, delays, value, error: undefined };
  } catch (error) {
    cutByDeadline = (error as IMError).vendorMessage?.startsWith('attempt cut by the retry deadline') === true;
    return { starts, delays, value: undefined, error: describeError(error as IMError, errors) };
  }
}

/**
 * Set when the Promise runner cut a retry attempt at the deadline: the Effect schedule cannot cut an attempt (bound
 * it with `Effect.timeout`), so the two agree on every scenario but those.
 */
let cutByDeadline = false;

async function viaEffect(s: Scenario): Promise<Observed> {
  const errors = s.errors.map(build);
  const duration = cycle(s.durations);
  const refresh = s.refreshes && cycle(s.refreshes);
  const starts: number[] = [];
  const delays: number[] = [];
  const operation = Effect.gen(function* () {
    starts.push(yield* Clock.currentTimeMillis);
    const ms = duration();
    if (ms > 0) yield* Effect.sleep(ms);
    const error = errors[starts.length - 1];
    if (error !== undefined) return yield* Effect.fail(error);
    return 'ok';
  });
  const schedule = retrySchedule(s.policy, {
    random: cycle(s.randoms),
    refreshCredentials: refresh && (() => (refresh() ? Effect.void : Effect.fail('refresh failed'))),
    budget: s.budget && createRetryBudget(s.budget),
  }).pipe(Schedule.tap(({ output }) => Effect.sync(() => output.retry && delays.push(output.delayMs))));
  const exit = await Effect.runPromise(
    Effect.gen(function* () {
      const fiber = yield* Effect.forkChild(Effect.exit(Effect.retry(operation, schedule)));
      yield* TestClock.adjust('1 hour');
      return yield* Fiber.join(fiber);
    }).pipe(Effect.provide(TestClock.layer())),
  );
  if (Exit.isSuccess(exit)) return { starts, delays, value: exit.value, error: undefined };
  const failure = exit.cause.reasons.find((reason) => reason._tag === 'Fail');
  if (failure === undefined || failure._tag !== 'Fail') throw new Error('the retried effect ended without a typed failure');
  return { starts, delays, value: undefined, error: describeError(failure.error, errors) };
}

describe('the Promise runner and the Effect schedule agree', () => {
  it.prop([scenario], { numRuns: 500 })('same attempts, same delays, same give-up point', async (s) => {
    cutByDeadline = false;
    const [promised, effected] = [await viaPromises(s), await viaEffect(s)];
    fc.pre(!cutByDeadline);
    expect(effected).toEqual(promised);
  }, 30_000);

  it('covers every way of giving up (the generator is not vacuous)', async () => {
    const reasons = new Set<unknown>();
    const samples = fc.sample(scenario, { numRuns: 400, seed: 42 });
    for (const s of samples) reasons.add((await viaEffect(s)).error?.gaveUp ?? 'success');
    expect([...reasons].sort()).toEqual(
      ['budget-exhausted', 'deadline', 'max-attempts', 'not-retryable', 'refresh-failed', 'retry-after-too-long', 'rule-max-retries', 'success'].sort(),
    );
  });
});

/** Single-flight refresh in the Effect schedule: fibers sharing a refresh function share one refresh (issue 12). */
import * as Effect from 'effect/Effect';
import * as Exit from 'effect/Exit';
import { describe, expect, it } from 'vitest';
import { retrySchedule } from '../../../src/effect/schedule.js';
import { retryHistoryOf, type IMError } from '../../../src/index.js';
import { tokenExpired } from './support.js';

/** An effect failing with an expired token until `fresh()` says the credentials were renewed. */
/** Lets the other fibers run (no real time passes): the refresh stays in flight while they fail. */
const others = Effect.repeat(Effect.yieldNow, { times: 50 });

const call = (fresh: () => boolean): Effect.Effect<string, IMError> => Effect.suspend(() => (fresh() ? Effect.succeed('ok') : Effect.fail(tokenExpired())));

describe('single-flight refresh (Effect)', () => {
  it('50 concurrent fibers failing with an expired token make one refresh', async () => {
    let renewed = false;
    let refreshes = 0;
    const refreshCredentials = (): Effect.Effect<void> =>
      Effect.suspend(() => {
        refreshes++;
        return others.pipe(Effect.tap(() => Effect.sync(() => (renewed = true))));
      });
    const fibers = Array.from({ length: 50 }, () => Effect.retry(call(() => renewed), retrySchedule(undefined, { refreshCredentials, random: () => 0.5 })));
    const results = await Effect.runPromise(Effect.all(fibers, { concurrency: 'unbounded' }));
    expect(results).toEqual(Array.from({ length: 50 }, () => 'ok'));
    expect(refreshes).toBe(1);
  });

  it('a refresh that fails ends every fiber waiting for it with its auth error (refresh-failed)', async () => {
    let refreshes = 0;
    const refreshCredentials = (): Effect.Effect<never, string> =>
      Effect.suspend(() => {
        refreshes++;
        return others.pipe(Effect.flatMap(() => Effect.fail('token server down')));
      });
    const fibers = Array.from({ length: 5 }, () => Effect.exit(Effect.retry(call(() => false), retrySchedule(undefined, { refreshCredentials }))));
    const exits = await Effect.runPromise(Effect.all(fibers, { concurrency: 'unbounded' }));
    expect(refreshes).toBe(1);
    for (const exit of exits) {
      expect(Exit.isFailure(exit)).toBe(true);
      const failure = Exit.isFailure(exit) ? exit.cause.reasons.find((reason) => reason._tag === 'Fail') : undefined;
      const error = failure?._tag === 'Fail' ? (failure.error as IMError) : undefined;
      expect([error?.reason, error && retryHistoryOf(error)?.gaveUp]).toEqual(['token-expired', 'refresh-failed']);
    }
  });
});

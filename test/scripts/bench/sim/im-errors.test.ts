import { describe, expect, it } from 'vitest';
import { IM_ERRORS, WHAT_IF } from '../../../../scripts/bench/sim/im-errors.js';
import { SimulatedSdkError } from '../../../../scripts/bench/sim/vendor.js';
import { isIMError } from '../../../../src/index.js';
import { virtualClock } from '../support/clock.js';

describe('the im-errors contenders', () => {
  it('retry a transient vendor failure and tally why a call finally gave up', async () => {
    const { clock, advance } = virtualClock();
    const tallies: string[] = [];
    const call = IM_ERRORS.forClient({ clock, random: () => 0.5, tally: (label) => tallies.push(label) });
    let attempts = 0;
    const ok = call(async () => {
      attempts++;
      if (attempts === 1) throw new SimulatedSdkError(2801, 'request timed out');
      return 'ok';
    });
    await advance(1_000);
    await expect(ok).resolves.toBe('ok');
    expect(attempts).toBe(2);

    const failed = call(() => Promise.reject(new SimulatedSdkError(1002, 'kicked out'))).catch((error: unknown) => error);
    await advance(1_000);
    expect(isIMError(await failed)).toBe(true);
    expect(tallies).toEqual(['not-retryable']);
  });

  it('what-if variants have distinct names, and the base-200 one waits twice as long as the default', async () => {
    expect(new Set([IM_ERRORS, ...WHAT_IF].map((contender) => contender.name)).size).toBe(WHAT_IF.length + 1);
    const firstWait = async (contender: typeof IM_ERRORS): Promise<number> => {
      const { clock, advance } = virtualClock();
      const times: number[] = [];
      const call = contender.forClient({ clock, random: () => 0.999, tally: () => undefined });
      void call(async () => {
        times.push(clock.now());
        if (times.length === 1) throw new SimulatedSdkError(2801, 'request timed out');
        return 'ok';
      });
      await advance(1_000);
      return times[1]! - times[0]!;
    };
    const base200 = WHAT_IF.find((contender) => contender.name === 'base 200 ms')!;
    expect(await firstWait(IM_ERRORS)).toBe(99);
    expect(await firstWait(base200)).toBe(199);
  });
});

import pRetry from 'p-retry';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../scripts/bench/sim/random.js';
import { installVirtualTime } from '../../../../scripts/bench/sim/virtual-time.js';

describe('installVirtualTime', () => {
  it("runs a library's global-timer waits in virtual time, with the seeded Math.random, and restores both", async () => {
    const realRandom = Math.random;
    const realStart = process.hrtime.bigint();
    const time = installVirtualTime(seededRandom(9));
    try {
      expect(Math.random()).toBe(seededRandom(9)());
      let attempts = 0;
      let settledAt: number | undefined;
      void pRetry(
        async () => {
          attempts++;
          if (attempts < 4) throw new Error('transient');
          return 'ok';
        },
        { retries: 5 },
      ).then(() => (settledAt = time.clock.now()));
      // p-retry waits 1 s, 2 s, 4 s before attempts 2, 3, 4 (its defaults: no jitter).
      const reached = await time.runUntil(() => settledAt !== undefined, 500, 60_000);
      expect(attempts).toBe(4);
      expect(settledAt).toBe(7_000);
      expect(reached).toBe(7_000);
      expect(Date.now()).toBe(7_000);
    } finally {
      time.restore();
    }
    expect(Math.random).toBe(realRandom);
    expect(Number(process.hrtime.bigint() - realStart) / 1e6).toBeLessThan(5_000);
  });

  it('stops at the limit when never done', async () => {
    const time = installVirtualTime(seededRandom(1));
    try {
      expect(await time.runUntil(() => false, 1_000, 2_500)).toBe(2_500);
    } finally {
      time.restore();
    }
  });

  it('hands im-errors a clock on the same virtual time', async () => {
    const time = installVirtualTime(seededRandom(1));
    try {
      const fired: number[] = [];
      time.clock.setTimer(() => fired.push(time.clock.now()), 300);
      const cancel = time.clock.setTimer(() => fired.push(-1), 400);
      cancel();
      await time.runUntil(() => false, 100, 1_000);
      expect(fired).toEqual([300]);
    } finally {
      time.restore();
    }
  });
});

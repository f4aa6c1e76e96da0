import { describe, expect, it } from 'vitest';
import { OUTAGE_SCENARIO, withClients } from '../../../../scripts/bench/sim/scenario.js';
import { callSchedule, startWorkload } from '../../../../scripts/bench/sim/workload.js';
import { virtualClock } from '../support/clock.js';

const scenario = withClients(OUTAGE_SCENARIO, 10);

describe('callSchedule', () => {
  it('gives each client calls about a second apart within the stream period, the same every time', () => {
    const schedule = callSchedule(scenario);
    expect(schedule).toHaveLength(10);
    expect(callSchedule(scenario)).toEqual(schedule);
    for (const starts of schedule) {
      expect(starts[0]).toBeLessThan(scenario.callGapMs.max);
      expect(starts[starts.length - 1]).toBeLessThan(scenario.streamMs);
      for (let i = 1; i < starts.length; i++) {
        const gap = starts[i]! - starts[i - 1]!;
        expect(gap).toBeGreaterThanOrEqual(scenario.callGapMs.min);
        expect(gap).toBeLessThan(scenario.callGapMs.max);
      }
      expect(starts.length).toBeGreaterThan(scenario.streamMs / scenario.callGapMs.max - 1);
    }
  });
});

describe('startWorkload', () => {
  it('starts every scheduled call at its time, once, and logs how each settled', async () => {
    const { clock, advance } = virtualClock();
    const schedule = [[10, 20, 300], [5]];
    const started: Array<[number, number]> = [];
    const workload = startWorkload(schedule, clock, (client) => () => {
      started.push([client, clock.now()]);
      return client === 0 ? Promise.resolve() : Promise.reject(new Error('no'));
    });
    expect(workload.done()).toBe(false);
    await advance(1_000);
    expect(started).toEqual([[1, 5], [0, 10], [0, 20], [0, 300]]);
    expect(workload.done()).toBe(true);
    expect(workload.calls.map(({ startMs, endMs, ok }) => [startMs, endMs, ok])).toEqual([
      [5, 5, false],
      [10, 10, true],
      [20, 20, true],
      [300, 300, true],
    ]);
  });

  it('is not done while a call is pending', async () => {
    const { clock, advance } = virtualClock();
    const workload = startWorkload([[0]], clock, () => () => new Promise((resolve) => clock.setTimer(() => resolve(undefined), 500)));
    await advance(499);
    expect(workload.done()).toBe(false);
    await advance(1);
    expect(workload.done()).toBe(true);
    expect(workload.calls[0]?.endMs).toBe(500);
  });
});

/** The demo's fault schedule: queued faults play once each, in order; an outage holds until restored; calls count. */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { FaultSchedule, answer, type Fault } from '../../examples/demo/sdk/faults.js';

const fault: fc.Arbitrary<Fault> = fc.oneof(fc.anything().map((rejects) => ({ rejects })), fc.anything().map((throws) => ({ throws })));
const method = fc.constantFrom('login', 'send', 'read');

describe('FaultSchedule', () => {
  it.prop([method, fc.array(fault, { maxLength: 10 }), fc.nat({ max: 15 })])(
    'plays queued faults once each, in order, then nothing; counts every call',
    (name, faults, extra) => {
      const schedule = new FaultSchedule().queue(name, ...faults);
      const played = Array.from({ length: faults.length + extra }, () => schedule.next(name));
      expect(played.slice(0, faults.length)).toEqual(faults);
      for (const [index, next] of played.entries()) if (index >= faults.length) expect(next).toBeUndefined();
      expect(schedule.calls(name)).toBe(faults.length + extra);
      expect(schedule.calls(`${name}-other`)).toBe(0);
    },
  );

  it.prop([method, fault, fc.array(fault, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 10 })])(
    'an outage answers every call until restored, and leaves the queue for after',
    (name, outage, queued, during) => {
      const schedule = new FaultSchedule().queue(name, ...queued).outage(name, outage);
      for (let call = 0; call < during; call++) expect(schedule.next(name)).toBe(outage);
      schedule.restore(name);
      expect(schedule.next(name)).toBe(queued[0]);
    },
  );

  it.prop([fc.anything(), fc.anything()])('answer: a success resolves, `rejects` rejects, `throws` throws synchronously', async (value, raw) => {
    const schedule = new FaultSchedule().queue('m', { rejects: raw }, { throws: raw });
    await expect(answer(schedule, 'm', () => value)).rejects.toBe(raw);
    expect(() => answer(schedule, 'm', () => value)).toThrow();
    await expect(answer(schedule, 'm', () => value)).resolves.toBe(value);
  });
});

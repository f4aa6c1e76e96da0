import { describe, expect, it } from 'vitest';
import { classifyForAws } from '../../../../scripts/bench/sim/peers.js';
import { FAILURES, SimulatedSdkError } from '../../../../scripts/bench/sim/vendor.js';

describe('classifyForAws', () => {
  it('reads timeouts and network errors as transient, over-frequency as throttling, anything else as a client error', () => {
    expect(classifyForAws(new SimulatedSdkError(FAILURES.transient.code, ''))).toBe('TRANSIENT');
    expect(classifyForAws(new SimulatedSdkError(FAILURES.down.code, ''))).toBe('TRANSIENT');
    expect(classifyForAws(new SimulatedSdkError(FAILURES.overloaded.code, ''))).toBe('THROTTLING');
    expect(classifyForAws(new SimulatedSdkError(70001, ''))).toBe('CLIENT_ERROR');
    expect(classifyForAws(new Error('x'))).toBe('CLIENT_ERROR');
  });
});

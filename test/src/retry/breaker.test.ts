/** The circuit breaker follows its state machine: a model-based test over any sequence of calls, outcomes and time. */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { BREAKER_OUTCOMES, KINDS, REASONS, createCircuitBreaker, type IMErrorInit, createIMError, type BreakerPass, type CircuitBreaker, type CircuitState, type Kind } from '../../../src/index.js';

const THRESHOLD = 3;
const COOLDOWN = 1_000;

interface Model {
  now: number;
  state: CircuitState;
  failures: number;
  openedAt: number;
  probing: boolean;
}

interface Real {
  readonly breaker: CircuitBreaker;
  readonly time: { now: number };
  readonly passes: Array<{ readonly pass: BreakerPass; readonly probe: boolean; settled: boolean }>;
  readonly transitions: Array<[CircuitState, CircuitState]>;
}

function current(model: Model): CircuitState {
  if (model.state === 'open' && model.now - model.openedAt >= COOLDOWN) model.state = 'half-open';
  return model.state;
}

function open(model: Model): void {
  model.state = 'open';
  model.openedAt = model.now;
  model.failures = 0;
  model.probing = false;
}

/** An IMError of `kind` (its first reason): the breaker reads only the kind. */
const errorOf = (kind: Kind) =>
  createIMError({ kind, reason: REASONS[kind][0], vendor: 'tencent', retryable: false, recovery: 'none', cause: undefined } as IMErrorInit);

class Admit implements fc.Command<Model, Real> {
  check = () => true;
  run(model: Model, real: Real): void {
    const state = current(model);
    const result = real.breaker.admit();
    if (state === 'closed' || (state === 'half-open' && !model.probing)) {
      const probe = state === 'half-open';
      if (probe) model.probing = true;
      expect(result).toMatchObject({ admitted: true, probe });
      if (result.admitted) real.passes.push({ pass: result, probe, settled: false });
    } else {
      const expected = state === 'open' ? model.openedAt + COOLDOWN - model.now : 0;
      expect(result).toEqual({ admitted: false, retryAfterMs: expected });
    }
  }
  toString = () => 'admit';
}

class Settle implements fc.Command<Model, Real> {
  constructor(
    readonly index: number,
    readonly outcome: Kind | 'success',
  ) {}
  check = () => true;
  run(model: Model, real: Real): void {
    const entry = real.passes.filter((p) => !p.settled)[this.index % Math.max(1, real.passes.length)];
    if (entry === undefined) return;
    entry.settled = true;
    const effect = this.outcome === 'success' ? 'success' : BREAKER_OUTCOMES[this.outcome];
    current(model);
    if (entry.probe) {
      model.probing = false;
      if (model.state === 'half-open') {
        if (effect === 'failure') open(model);
        else if (effect === 'success') model.state = 'closed';
      }
    } else if (model.state === 'closed') {
      if (effect === 'success') model.failures = 0;
      else if (effect === 'failure' && ++model.failures >= THRESHOLD) open(model);
    }
    entry.pass.settle(this.outcome === 'success' ? undefined : errorOf(this.outcome));
    expect(real.breaker.state).toBe(current(model));
  }
  toString = () => `settle(${this.index}, ${this.outcome})`;
}

class Advance implements fc.Command<Model, Real> {
  constructor(readonly ms: number) {}
  check = () => true;
  run(model: Model, real: Real): void {
    model.now += this.ms;
    real.time.now += this.ms;
    expect(real.breaker.snapshot()).toMatchObject({ state: current(model), consecutiveFailures: model.failures });
  }
  toString = () => `advance(${this.ms})`;
}

const commands = fc.commands(
  [
    fc.constant(new Admit()),
    fc.tuple(fc.nat(5), fc.constantFrom<Kind | 'success'>('success', ...KINDS)).map(([index, outcome]) => new Settle(index, outcome)),
    fc.integer({ min: 0, max: 1_500 }).map((ms) => new Advance(ms)),
  ],
  { maxCommands: 80 },
);

const EDGES = new Set(['closed>open', 'open>half-open', 'half-open>open', 'half-open>closed']);

describe('circuit breaker', () => {
  it.prop([commands], { numRuns: 1000 })('follows its state machine', (cmds) => {
    const time = { now: 0 };
    const transitions: Array<[CircuitState, CircuitState]> = [];
    const breaker = createCircuitBreaker({
      failureThreshold: THRESHOLD,
      cooldownMs: COOLDOWN,
      clock: { now: () => time.now },
      onStateChange: (state, previous) => transitions.push([previous, state]),
    });
    const model: Model = { now: 0, state: 'closed', failures: 0, openedAt: 0, probing: false };
    const real: Real = { breaker, time, passes: [], transitions };
    fc.modelRun(() => ({ model, real }), cmds);
    expect(breaker.state).toBe(current(model));
    expect(breaker.snapshot()).toMatchObject({ state: current(model), consecutiveFailures: model.failures });
    for (const [from, to] of transitions) expect(EDGES.has(`${from}>${to}`), `${from} > ${to}`).toBe(true);
  });

  it('opens after sustained failures, fails fast for the cool-down, lets one probe through, closes on its success', () => {
    const time = { now: 0 };
    const breaker = createCircuitBreaker({ clock: { now: () => time.now } });
    const network = createIMError({ kind: 'network', reason: 'timeout', vendor: 'tencent', retryable: true, recovery: 'retry', cause: undefined });
    for (let i = 0; i < 5; i++) {
      const pass = breaker.admit();
      expect(pass.admitted).toBe(true);
      if (pass.admitted) pass.settle(network);
    }
    expect(breaker.state).toBe('open');
    time.now = 4_000;
    expect(breaker.admit()).toEqual({ admitted: false, retryAfterMs: 6_000 });
    time.now = 10_000;
    expect(breaker.state).toBe('half-open');
    const probe = breaker.admit();
    expect(probe).toMatchObject({ admitted: true, probe: true });
    // While the probe is in flight: refused until it settles, or at most its probe timeout (10 s by default).
    expect(breaker.admit()).toEqual({ admitted: false, retryAfterMs: 10_000 });
    if (probe.admitted) probe.settle(undefined);
    expect(breaker.snapshot()).toEqual({ state: 'closed', consecutiveFailures: 0, retryAfterMs: 0, refused: 2 });
  });

  it('counts only errors that say the service is down', () => {
    expect(Object.entries(BREAKER_OUTCOMES).filter(([, outcome]) => outcome === 'failure').map(([kind]) => kind)).toEqual([
      'rate-limit',
      'network',
      'server',
    ]);
    const breaker = createCircuitBreaker({ failureThreshold: 1 });
    const pass = breaker.admit();
    if (pass.admitted) pass.settle(createIMError({ kind: 'validation', reason: 'invalid', vendor: 'tencent', retryable: false, recovery: 'fix-input', cause: undefined }));
    expect(breaker.state).toBe('closed');
  });

  it('ignores a throwing onStateChange hook', () => {
    const breaker = createCircuitBreaker({
      failureThreshold: 1,
      onStateChange: () => {
        throw new Error('hook bug');
      },
    });
    const pass = breaker.admit();
    if (pass.admitted) pass.settle(createIMError({ kind: 'server', reason: 'busy', vendor: 'tencent', retryable: true, recovery: 'retry', cause: undefined }));
    expect(breaker.state).toBe('open');
  });
});

describe('half-open probe timeout (issue 12)', () => {
  const down = errorOf('network');

  it('a probe that never settles counts as failed after probeTimeoutMs: the circuit opens again, then probes anew', () => {
    const time = { now: 0 };
    const breaker = createCircuitBreaker({ failureThreshold: 1, cooldownMs: 1_000, probeTimeoutMs: 500, clock: { now: () => time.now } });
    const first = breaker.admit();
    if (first.admitted) first.settle(down);
    time.now = 1_000;
    const probe = breaker.admit();
    expect(probe).toMatchObject({ admitted: true, probe: true });
    expect(breaker.admit()).toEqual({ admitted: false, retryAfterMs: 500 });
    time.now = 1_500; // the probe never settled: open again from now
    expect(breaker.state).toBe('open');
    expect(breaker.admit()).toEqual({ admitted: false, retryAfterMs: 1_000 });
    if (probe.admitted) probe.settle(undefined); // too late: changes nothing
    expect(breaker.state).toBe('open');
    time.now = 2_500;
    expect(breaker.admit()).toMatchObject({ admitted: true, probe: true });
  });

  it('reads a throwing outcomeOf as the kind’s default', () => {
    const breaker = createCircuitBreaker({
      failureThreshold: 1,
      outcomeOf: () => {
        throw new Error('bug');
      },
    });
    const pass = breaker.admit();
    expect(() => pass.admitted && pass.settle(down)).not.toThrow();
    expect(breaker.state).toBe('open');
  });

  type Step = { readonly advance: number; readonly settle: 'failure' | 'success' | 'never' };
  const steps = fc.array(
    fc.record({ advance: fc.integer({ min: 0, max: 700 }), settle: fc.constantFrom<Step['settle']>('failure', 'success', 'never') }),
    { minLength: 1, maxLength: 120 },
  );

  it.prop([steps, fc.integer({ min: 1, max: 2_000 }), fc.integer({ min: 1, max: 2_000 })], { numRuns: 300 })(
    'never refuses for longer than its cool-down plus the probe timeout',
    (script, cooldownMs, probeTimeoutMs) => {
      const time = { now: 0 };
      const breaker = createCircuitBreaker({ failureThreshold: 2, cooldownMs, probeTimeoutMs, clock: { now: () => time.now } });
      let refusingSince: number | undefined;
      for (const step of script) {
        time.now += step.advance;
        const pass = breaker.admit();
        if (!pass.admitted) {
          refusingSince ??= time.now;
          expect(time.now - refusingSince).toBeLessThanOrEqual(cooldownMs + probeTimeoutMs);
          continue;
        }
        refusingSince = undefined;
        if (step.settle !== 'never') pass.settle(step.settle === 'failure' ? down : undefined);
      }
    },
  );
});

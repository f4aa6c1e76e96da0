/** wrap: same parameters and `this`, IMErrors, retries per policy, one budget per wrapper. */
import { describe, expect, it } from 'vitest';
import { tencent } from '../../../adapters/tencent/index.js';
import { createRetryBudget, isIMError, retryBudgetOf, retryHistoryOf, wrap } from '../../../src/index.js';
import { TencentLikeError } from './support/fake-sdks.js';
import { virtualClock } from './support/virtual-clock.js';

describe('wrap', () => {
  it('keeps the parameters, `this` and the resolved value; retries transient failures', async () => {
    const time = virtualClock();
    const failures = [new TencentLikeError(2801, 'timeout')];
    const service = {
      prefix: 'user:',
      async load(this: { prefix: string }, id: string, count: number): Promise<string> {
        const failure = failures.shift();
        if (failure !== undefined) throw failure;
        return `${this.prefix}${id}×${count}`;
      },
    };
    const load = wrap(service.load, { normalizer: tencent, clock: time.clock });
    await expect(time.run(load.call(service, 'alice', 2))).resolves.toBe('user:alice×2');
  });

  it('rejects with IMErrors, synchronous throws included', async () => {
    const validate = wrap((value: number): Promise<number> => {
      if (value < 0) throw new Error('Params validate failed.');
      return Promise.reject(new TencentLikeError(80002, 'too large'));
    }, { normalizer: tencent });
    const thrown = await validate(-1).catch((error: unknown) => error);
    expect(isIMError(thrown) && thrown.kind).toBe('validation');
    const rejected = await validate(1).catch((error: unknown) => error);
    expect(isIMError(rejected) && [rejected.kind, rejected.reason]).toEqual(['message', 'too-large']);
  });

  it('gives every wrapper its own budget, shared by its calls, unless one is passed or it is turned off', async () => {
    const time = virtualClock();
    const failing = () => Promise.reject(new TencentLikeError(2801, 'timeout'));
    const first = wrap(failing, { normalizer: tencent, clock: time.clock });
    const second = wrap(failing, { normalizer: tencent, clock: time.clock });
    expect(retryBudgetOf(first)).not.toBe(retryBudgetOf(second));
    await time.run(first()).catch(() => undefined);
    expect(retryBudgetOf(first)?.snapshot()).toMatchObject({ calls: 1, granted: 2 });
    const error = await time.run(first()).catch((e: unknown) => e);
    expect(retryHistoryOf(error)?.gaveUp).toBe('budget-exhausted');
    expect(retryBudgetOf(second)?.snapshot()).toMatchObject({ calls: 0, granted: 0 });

    const shared = createRetryBudget();
    expect(retryBudgetOf(wrap(failing, { normalizer: tencent, budget: shared }))).toBe(shared);
    const unlimited = wrap(failing, { normalizer: tencent, budget: false, clock: time.clock });
    expect(retryBudgetOf(unlimited)).toBeUndefined();
    for (let call = 0; call < 3; call++) {
      const history = retryHistoryOf(await time.run(unlimited()).catch((e: unknown) => e));
      expect(history?.attempts).toHaveLength(3);
    }
  });
});

describe('wrap: issue 12', () => {
  it('reads a resolved failure result with failureOf, normalizes and retries it', async () => {
    const time = virtualClock();
    let calls = 0;
    const read = wrap(async () => (++calls < 2 ? { code: 2801, msg: 'timeout' } : { code: 0, msg: 'ok' }), {
      normalizer: tencent,
      clock: time.clock,
      failureOf: (result) => ((result as { code: number }).code === 0 ? undefined : { code: (result as { code: number }).code, message: 'timeout' }),
    });
    await expect(time.run(read())).resolves.toEqual({ code: 0, msg: 'ok' });
    expect(calls).toBe(2);
  });

  it('works without options (platform errors only)', async () => {
    const double = wrap((n: number) => n * 2);
    await expect(double(21)).resolves.toBe(42);
  });
});

/** The `IMErrors` service: one program, different layers — adapters, policy and catalogs swap without code changes. */
import * as Effect from 'effect/Effect';
import * as Layer from 'effect/Layer';
import { describe, expect, it } from 'vitest';
import { jmessage } from '../../../adapters/jmessage/index.js';
import { tencent } from '../../../adapters/tencent/index.js';
import { IMErrors, makeIMErrors } from '../../../src/effect/service.js';
import { DEFAULT_RETRY_POLICY, createIMError, type IMError } from '../../../src/index.js';
import { toUserMessage } from '../../../src/messages/index.js';
import { runUnderTestClock, timeout } from './support.js';

/** The program under test: one SDK call that rejects with `raw`, reported as `kind/reason (vendor)`. */
const describeFailure = (raw: unknown) =>
  IMErrors.fromPromise(() => Promise.reject(raw)).pipe(
    Effect.flip,
    Effect.map((error) => `${error._tag}/${error.reason} (${error.vendor})`),
  );

describe('IMErrors service', () => {
  it('normalizes with the adapters of the layer it is given', async () => {
    const raw = { code: 803010, message: 'beyond the frequency limit' };
    const asJMessage = await Effect.runPromise(describeFailure(raw).pipe(Effect.provide(IMErrors.layer({ adapters: [jmessage] }))));
    const asTencent = await Effect.runPromise(describeFailure(raw).pipe(Effect.provide(IMErrors.layer({ adapters: [tencent] }))));
    expect(asJMessage).toBe('rate-limit/too-many-messages (jmessage)');
    expect(asTencent).toBe('unknown/unmapped-code (tencent)');
  });

  it('takes a hand-made service in tests', async () => {
    const fixed = createIMError({ kind: 'server', reason: 'busy', vendor: 'tencent', retryable: true, recovery: 'retry', cause: 'fake' });
    const fake = Layer.succeed(IMErrors, { normalize: () => fixed, policy: DEFAULT_RETRY_POLICY, userMessage: undefined });
    await expect(Effect.runPromise(describeFailure('anything').pipe(Effect.provide(fake)))).resolves.toBe('server/busy (tencent)');
  });

  it("retries by the layer's policy", async () => {
    const attempts = async (maxAttempts: number): Promise<number> => {
      const layer = IMErrors.layer({ adapters: [tencent], policy: { ...DEFAULT_RETRY_POLICY, maxAttempts } });
      const { starts } = await Effect.runPromise(
        runUnderTestClock([timeout(), timeout(), timeout()], (op) => op.pipe(IMErrors.retry({ random: () => 0.5 }), Effect.provide(layer))),
      );
      return starts.length;
    };
    expect(await attempts(1)).toBe(1);
    expect(await attempts(3)).toBe(3);
  });

  it('words errors in the layer locale with the message function it was given, and has none otherwise', async () => {
    const error = tencent.normalize({ code: 70001, message: 'expired' });
    const say = (layer: Layer.Layer<IMErrors>) =>
      Effect.runPromise(
        Effect.gen(function* () {
          const service = yield* IMErrors;
          return service.userMessage?.(error, { group: 'Book Club' });
        }).pipe(Effect.provide(layer)),
      );
    const zh = await say(IMErrors.layer({ adapters: [tencent], toUserMessage, locale: 'zh-CN' }));
    expect(zh).toBe(toUserMessage(error, { locale: 'zh-CN', context: { group: 'Book Club' } }));
    expect(zh).not.toBe(toUserMessage(error, { locale: 'en' }));
    expect(await say(IMErrors.layer({ adapters: [tencent] }))).toBeUndefined();
  });

  it('builds the same service by hand with makeIMErrors', () => {
    const service = makeIMErrors({ adapters: [tencent, jmessage], platform: 'web' });
    const error: IMError = service.normalize({ code: 70001, message: 'expired' });
    expect(error).toMatchObject({ kind: 'auth', reason: 'token-expired', vendor: 'tencent' });
    expect(service.policy).toBe(DEFAULT_RETRY_POLICY);
  });
});

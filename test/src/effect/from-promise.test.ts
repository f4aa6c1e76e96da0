/** `fromPromise` and `normalizeFailures`: SDK promises to Effects failing with tagged IMErrors. */
import * as Effect from 'effect/Effect';
import * as Exit from 'effect/Exit';
import * as Fiber from 'effect/Fiber';
import { describe, expect, it } from 'vitest';
import { tencent } from '../../../adapters/tencent/index.js';
import { normalize } from '../../../src/all.js';
import { fromPromise, normalizeFailures } from '../../../src/effect/from-promise.js';
import type { TaggedIMError } from '../../../src/effect/tagged.js';
import type { AbortSignalLike, IMError } from '../../../src/index.js';

const failure = async <A>(effect: Effect.Effect<A, TaggedIMError>): Promise<TaggedIMError> =>
  Effect.runPromise(Effect.flip(effect));

describe('fromPromise', () => {
  it('succeeds with the promise value', async () => {
    await expect(Effect.runPromise(fromPromise(() => Promise.resolve(42), tencent))).resolves.toBe(42);
  });

  it('fails with the normalized, tagged IMError of a rejection, keeping the raw value as cause', async () => {
    const raw = { code: 70001, message: ' | sendMessage | ' };
    const error = await failure(fromPromise(() => Promise.reject(raw), tencent));
    expect(error).toMatchObject({ _tag: 'auth', kind: 'auth', reason: 'token-expired', vendor: 'tencent', code: 70001 });
    expect(error.cause).toBe(raw);
  });

  it('turns a synchronous throw into a failure, not a defect', async () => {
    const thrown = new Error('sdk not ready');
    const exit = await Effect.runPromiseExit(
      fromPromise(() => {
        throw thrown;
      }, tencent),
    );
    expect(Exit.isFailure(exit)).toBe(true);
    const error = await failure(
      fromPromise(() => {
        throw thrown;
      }, tencent),
    );
    expect(error).toMatchObject({ _tag: 'client', reason: 'exception' });
    expect(error.cause).toBe(thrown);
  });

  it('takes a normalizer function, and survives one that throws', async () => {
    await expect(failure(fromPromise(() => Promise.reject({ code: 803010 }), normalize))).resolves.toMatchObject({
      _tag: 'rate-limit',
      vendor: 'jmessage',
    });
    const broken = (): never => {
      throw new Error('bug in normalizer');
    };
    await expect(failure(fromPromise(() => Promise.reject('x'), broken))).resolves.toMatchObject({ _tag: 'client', reason: 'exception' });
  });

  it('aborts the signal handed to the SDK call when the fiber is interrupted', async () => {
    let seen: AbortSignalLike | undefined;
    const call = fromPromise((signal) => {
      seen = signal;
      return new Promise<never>(() => undefined);
    }, tencent);
    const exit = await Effect.runPromise(
      Effect.gen(function* () {
        const fiber = yield* Effect.forkChild(call);
        yield* Effect.yieldNow;
        yield* Fiber.interrupt(fiber);
        return yield* Fiber.await(fiber);
      }),
    );
    expect(Exit.hasInterrupts(exit)).toBe(true);
    expect(seen?.aborted).toBe(true);
  });
});

describe('normalizeFailures', () => {
  it('normalizes and tags every failure of an effect', async () => {
    const raw = { code: 9506, desc: 'too frequent' };
    const error = await failure(Effect.fail(raw).pipe(normalizeFailures(tencent)));
    expect(error).toMatchObject({ _tag: 'rate-limit', vendor: 'tencent' });
    expect(error.cause).toBe(raw);
  });

  it('passes IMErrors through as they are, whatever the normalizer would make of them', async () => {
    const original = normalize({ code: 70001, message: 'expired' });
    const rewrap = (raw: unknown): IMError => normalize({ wrapped: raw });
    await expect(failure(Effect.fail(original).pipe(normalizeFailures(rewrap)))).resolves.toBe(original);
    await expect(failure(fromPromise(() => Promise.reject(original), rewrap))).resolves.toBe(original);
    await expect(failure(Effect.fail('raw').pipe(normalizeFailures(rewrap)))).resolves.toMatchObject({ _tag: 'unknown' });
  });
});

/**
 * `tagged`: the IMError itself gains a non-enumerable `_tag` equal to its kind (frozen errors get a view), so
 * `Effect.catchTag` catches each kind — checked at run time for every kind, and at compile time (`npm run typecheck`)
 * for the narrowing of `reason`.
 */
import { fc, it } from '@fast-check/vitest';
import * as Effect from 'effect/Effect';
import type { ExtractTag } from 'effect/Types';
import { describe, expect, expectTypeOf } from 'vitest';
import { normalize } from '../../../src/all.js';
import { KINDS, REASONS, createIMError, isIMError, type IMError, type IMErrorInit, type Kind, type ReasonOf } from '../../../src/index.js';
import { fromPromise } from '../../../src/effect/from-promise.js';
import { tagged, type TaggedIMError } from '../../../src/effect/tagged.js';
import { anyInput } from '../../support/hostile.js';

const tokenExpired = (): IMError<'auth'> =>
  createIMError({ kind: 'auth', reason: 'token-expired', vendor: 'tencent', code: 70001, retryable: false, recovery: 'refresh-credentials', cause: { code: 70001 } });

describe('tagged', () => {
  it('adds _tag = kind to the same object, invisible to keys and JSON', () => {
    const error = tokenExpired();
    const keys = Object.keys(error);
    const json = JSON.stringify(error);
    const result = tagged(error);
    expect(result).toBe(error);
    expect(result._tag).toBe('auth');
    expect(Object.keys(result)).toEqual(keys);
    expect(JSON.stringify(result)).toBe(json);
    expect(Object.getOwnPropertyDescriptor(result, '_tag')).toMatchObject({ enumerable: false, writable: false });
  });

  it('is idempotent', () => {
    const error = tokenExpired();
    expect(tagged(tagged(error))).toBe(error);
  });

  it('gives a frozen IMError a view that reads through to it', () => {
    const error = Object.freeze(tokenExpired());
    const view = tagged(error);
    expect(view).not.toBe(error);
    expect(Object.getPrototypeOf(view)).toBe(error);
    expect(view._tag).toBe('auth');
    expect(view.reason).toBe('token-expired');
    expect(view.cause).toBe(error.cause);
    expect(view.stack).toBe(error.stack);
    expect(view).toBeInstanceOf(Error);
    expect(isIMError(view)).toBe(true);
    expect(view.toJSON()).toEqual(error.toJSON());
  });

  it.prop([anyInput], { numRuns: 500 })('tags every normalized error with its own kind', ({ value }) => {
    const error = normalize(value);
    const result = tagged(error);
    expect(result).toBe(error);
    expect(result._tag).toBe(error.kind);
    expect(fc.stringify(result.toJSON())).toBe(fc.stringify(error.toJSON()));
  });
});

/** An IMError of `kind` with its first reason. */
function errorOf(kind: Kind): IMError {
  return createIMError({ kind, reason: REASONS[kind][0], vendor: 'tencent', retryable: false, recovery: 'none', cause: kind } as IMErrorInit);
}

/** An Effect failing, through `fromPromise`, with the IMError of `kind`. */
const failingWith = (kind: Kind): Effect.Effect<string, TaggedIMError> =>
  fromPromise(() => Promise.reject(errorOf(kind)), (raw) => raw as IMError);

describe('Effect.catchTag by kind', () => {
  it.each(KINDS)('catches %s, and only %s', async (kind) => {
    const caught = await Effect.runPromise(
      failingWith(kind).pipe(
        Effect.catchTag(kind, (error) => Effect.succeed(`${error.kind}/${error.reason}`)),
        Effect.catch(() => Effect.succeed('not caught')),
      ),
    );
    expect(caught).toBe(`${kind}/${REASONS[kind][0]}`);
    for (const other of KINDS.filter((k) => k !== kind)) {
      const passed = await Effect.runPromise(
        failingWith(kind).pipe(
          Effect.catchTag(other, () => Effect.succeed('wrong handler')),
          // `other` is typed as any kind, so catchTag(other) leaves `never` in the channel by type; at run time, not.
          Effect.catch((error: unknown) => Effect.succeed(`passed ${(error as IMError).kind}`)),
        ),
      );
      expect(passed).toBe(`passed ${kind}`);
    }
  });

  it('catches several kinds at once, and by catchTags', async () => {
    const several = await Effect.runPromise(
      failingWith('network').pipe(Effect.catchTag(['network', 'server'], (error) => Effect.succeed(error.kind))),
    );
    expect(several).toBe('network');
    const byTags = await Effect.runPromise(
      failingWith('rate-limit').pipe(
        Effect.catchTags({ 'rate-limit': (error) => Effect.succeed(error.retryAfterMs ?? 0), auth: () => Effect.succeed(-1) }),
        Effect.catch(() => Effect.succeed(-2)),
      ),
    );
    expect(byTags).toBe(0);
  });

  it('narrows the handler to the kind and its reasons, and removes it from the error channel (compile time)', () => {
    /** For every kind K, the member catchTag(K) hands its handler has kind K and reasons ReasonOf<K>. */
    type Narrowed = { [K in Kind]: ExtractTag<TaggedIMError, K> };
    expectTypeOf<{ [K in Kind]: Narrowed[K]['reason'] }>().toEqualTypeOf<{ [K in Kind]: ReasonOf<K> }>();
    expectTypeOf<{ [K in Kind]: Narrowed[K]['kind'] }>().toEqualTypeOf<{ [K in Kind]: K }>();

    const handled = failingWith('auth').pipe(
      Effect.catchTag('auth', (error) => {
        expectTypeOf(error.reason).toEqualTypeOf<ReasonOf<'auth'>>();
        expectTypeOf(error).toExtend<IMError<'auth'>>();
        return Effect.succeed(error.reason === 'kicked-other-device' ? 'sign in again' : 'retry');
      }),
    );
    expectTypeOf(handled).toEqualTypeOf<Effect.Effect<string, TaggedIMError<Exclude<Kind, 'auth'>>>>();

    // @ts-expect-error — 'kicked' is not a kind
    failingWith('auth').pipe(Effect.catchTag('kicked', () => Effect.succeed('')));
    failingWith('auth').pipe(
      // @ts-expect-error — 'too-many-messages' is not a reason of the auth kind
      Effect.catchTag('auth', (error) => Effect.succeed(error.reason === 'too-many-messages')),
    );
    expect(true).toBe(true);
  });
});

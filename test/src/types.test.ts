/**
 * Compile-time guarantees, checked by `npm run typecheck` (tsc over the tests): each `@ts-expect-error` below must
 * be an error, or the type check fails. The runtime assertions only keep vitest honest about the file running.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { normalize } from '../../src/all.js';
import { createNormalizer, type IMError, type Kind, type MappingEntry, type ReasonOf } from '../../src/index.js';
import { easemob } from '../../adapters/easemob/index.js';
import { tencent } from '../../adapters/tencent/index.js';

/** An exhaustive switch over kinds: adding a kind makes `never` fail here. */
function label(error: IMError): string {
  switch (error.kind) {
    case 'auth':
    case 'network':
    case 'rate-limit':
    case 'quota':
    case 'group':
    case 'friend':
    case 'media':
    case 'message':
    case 'user':
    case 'permission':
    case 'validation':
    case 'server':
    case 'client':
    case 'unknown':
      return error.kind;
    default: {
      const unreachable: never = error;
      return unreachable;
    }
  }
}

/** The same switch with a kind left out does not compile. */
function incomplete(error: IMError): string {
  switch (error.kind) {
    case 'auth':
      return 'auth';
    default: {
      // @ts-expect-error — every other kind is still possible here
      const unreachable: never = error;
      return unreachable;
    }
  }
}

describe('types', () => {
  it('narrows reason by kind', () => {
    const error = normalize(70001);
    if (error.kind === 'auth') {
      expectTypeOf(error.reason).toEqualTypeOf<ReasonOf<'auth'>>();
      // @ts-expect-error — a group reason is not an auth reason
      const wrong: typeof error.reason = 'owner-cannot-leave';
      expect(wrong).toBe('owner-cannot-leave');
    }
    expect(label(error)).toBe('auth');
    expect(incomplete(error)).toBe('auth');
  });

  it('rejects a mapping entry whose reason belongs to another kind', () => {
    const good: MappingEntry = ['group', 'full', false, 'fix-input'];
    // @ts-expect-error — 'full' is a group reason, not a message reason
    const bad: MappingEntry = ['message', 'full', false, 'fix-input'];
    // @ts-expect-error — 'later' is not a recovery
    const badRecovery: MappingEntry = ['server', 'busy', true, 'later'];
    expect([good, bad, badRecovery]).toHaveLength(3);
  });

  it('types vendors and platforms from the adapters given', () => {
    const both = createNormalizer({ adapters: [tencent, easemob], platform: 'android' });
    // @ts-expect-error — jmessage is not among these adapters
    both(1, { vendor: 'jmessage' });
    // @ts-expect-error — no adapter knows a 'windows' platform (Easemob's 'ios' is an alias of 'native'); at run time too
    expect(() => createNormalizer({ adapters: [tencent, easemob], platform: 'windows' })).toThrow(/options\.platform "windows"/);
    createNormalizer({ adapters: [tencent, easemob], platform: 'ios' });
    // @ts-expect-error — Tencent has no 'android' platform
    tencent.normalize(1, { platform: 'android' });
    expect(both(1, { vendor: 'tencent', platform: 'server' }).vendor).toBe('tencent');
  });

  it('has no `any` in the public error type', () => {
    expectTypeOf<IMError['cause']>().toBeUnknown();
    expectTypeOf<IMError['kind']>().toEqualTypeOf<Kind>();
    expectTypeOf<IMError['code']>().toEqualTypeOf<number | string | undefined>();
  });
});

/**
 * ts-pattern patterns: exhaustive handling of IMErrors. The `@ts-expect-error` lines are checked by
 * `npm run typecheck` (a missing kind must be a type error, or the type check fails).
 */
import { it as prop } from '@fast-check/vitest';
import { isMatching, match } from 'ts-pattern';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { normalize } from '../../src/all.js';
import { KINDS, RECOVERIES, type IMError, type ReasonOf } from '../../src/index.js';
import { patterns } from '../../src/patterns.js';
import { anyIMError } from '../support/imerrors.js';

/** What a chat UI does with an error: the README's example, exhaustive over kinds. */
function uiAction(err: IMError): string {
  return match(err)
    .with({ kind: 'auth', reason: 'kicked-other-device' }, () => 'show "signed in elsewhere" and go to sign-in')
    .with(patterns.recovery.relogin, () => 'go to sign-in')
    .with(patterns.recovery['refresh-credentials'], () => 'refresh the token, then retry')
    .with(patterns.retryable, (e) => `retry in ${e.retryAfterMs ?? 1000} ms`)
    .with(patterns.kind.auth, patterns.kind.quota, patterns.kind.permission, () => 'explain and stop')
    .with(patterns.kind.group, patterns.kind.friend, patterns.kind.user, () => 'refresh the contact or group view')
    .with(patterns.kind.message, patterns.kind.media, patterns.kind.validation, () => 'keep the draft, show the problem')
    .with(patterns.kind.network, patterns.kind['rate-limit'], patterns.kind.server, () => 'show a banner')
    .with(patterns.kind.client, patterns.kind.unknown, () => 'report it')
    .exhaustive();
}

describe('patterns', () => {
  it('drive an exhaustive match over real vendor errors', () => {
    expect(uiAction(normalize({ code: 1002, message: '' }))).toBe('show "signed in elsewhere" and go to sign-in');
    expect(uiAction(normalize({ code: 70001, message: ' | sendMessage | ' }))).toBe('refresh the token, then retry');
    expect(uiAction(normalize({ code: 803010, message: 'beyond the frequency limit' }))).toBe('retry in 1000 ms');
    expect(uiAction(normalize({ code: 10010, message: 'group not found' }))).toBe('refresh the contact or group view');
    expect(uiAction(normalize(Symbol('nothing')))).toBe('report it');
  });

  prop.prop([anyIMError])('handle every IMError', (error) => {
    expect(typeof uiAction(error)).toBe('string');
  });

  it('are plain data: one per kind and per recovery', () => {
    expect(Object.keys(patterns.kind)).toEqual([...KINDS]);
    expect(Object.keys(patterns.recovery)).toEqual([...RECOVERIES]);
    for (const kind of KINDS) expect(patterns.kind[kind]).toEqual({ kind });
    expect(patterns.retryable).toEqual({ retryable: true });
    expect(Object.isFrozen(patterns) && Object.isFrozen(patterns.kind) && Object.isFrozen(patterns.kind.auth)).toBe(true);
  });

  prop.prop([anyIMError])('match exactly what they say', (error) => {
    expect(isMatching(patterns.kind[error.kind], error)).toBe(true);
    expect(isMatching(patterns.recovery[error.recovery], error)).toBe(true);
    expect(isMatching(patterns.retryable, error)).toBe(error.retryable);
    expect(isMatching(patterns.permanent, error)).toBe(!error.retryable);
    const signedOut = patterns.reasons('auth', 'kicked-other-device', 'kicked-by-admin');
    expect(isMatching(signedOut, error)).toBe(error.kind === 'auth' && ['kicked-other-device', 'kicked-by-admin'].includes(error.reason));
  });

  it('narrow the error', () => {
    match(normalize(1002, { vendor: 'tencent' }))
      .with(patterns.reasons('auth', 'kicked-other-device', 'kicked-by-admin'), (e) => {
        expectTypeOf(e.reason).toEqualTypeOf<'kicked-other-device' | 'kicked-by-admin'>();
        expect(e.reason).toBe('kicked-other-device');
      })
      .with(patterns.kind.group, (e) => expectTypeOf(e.reason).toEqualTypeOf<ReasonOf<'group'>>())
      .otherwise(() => expect.unreachable());
  });

  it('make a missing kind a type error', () => {
    const incomplete = (err: IMError): string =>
      match(err)
        .with(patterns.kind.auth, () => 'auth')
        .with(patterns.kind.network, patterns.kind['rate-limit'], patterns.kind.quota, patterns.kind.group, patterns.kind.friend, () => 'x')
        .with(patterns.kind.media, patterns.kind.message, patterns.kind.user, patterns.kind.permission, patterns.kind.validation, () => 'y')
        .with(patterns.kind.server, patterns.kind.client, () => 'z')
        // @ts-expect-error — `unknown` is not handled
        .exhaustive();
    const retryOnly = (err: IMError): string =>
      match(err)
        .with(patterns.retryable, () => 'retry')
        // @ts-expect-error — errors that are not retryable are not handled
        .exhaustive();
    expect(() => incomplete(normalize(Symbol('nothing')))).toThrow();
    expect(retryOnly(normalize(9506, { vendor: 'tencent' }))).toBe('retry');
  });

  it('reject reasons of another kind', () => {
    // @ts-expect-error — 'full' is a group reason, not an auth reason
    const wrong = patterns.reasons('auth', 'full');
    expect(wrong.kind).toBe('auth');
  });
});

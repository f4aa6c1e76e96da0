/** The JMessage adapter: its shapes, end to end through normalize. */
import { describe, expect, it } from 'vitest';
import { jmessage } from '../../adapters/jmessage/index.js';

const summary = (raw: unknown, platform?: 'web' | 'ios' | 'android' | 'server') => {
  const error = jmessage.normalize(raw, platform === undefined ? undefined : { platform });
  return { kind: error.kind, reason: error.reason, retryable: error.retryable, recovery: error.recovery, code: error.code };
};

describe('jmessage adapter', () => {
  it('reads the web SDK onFail shape {code, message}', () => {
    const raw = { code: 880103, message: 'user not exist' };
    const error = jmessage.normalize(raw);
    expect(error).toMatchObject({ kind: 'user', reason: 'not-found', vendor: 'jmessage', code: 880103, vendorMessage: 'user not exist' });
    expect(error.cause).toBe(raw);
  });

  it('reads the React Native / Cordova shape {code, description}', () => {
    expect(summary({ code: 871310, description: 'Network not available,please check your network connection.' })).toEqual({
      kind: 'network',
      reason: 'offline',
      retryable: true,
      recovery: 'check-network',
      code: 871310,
    });
  });

  it('reads {code, desc}', () => {
    expect(summary({ code: 898010, desc: 'Token expired' })).toMatchObject({ kind: 'auth', reason: 'token-expired' });
  });

  it('reads REST answers {error: {code, message}} as server', () => {
    const error = jmessage.normalize({ error: { code: 899002, message: 'No such user' } });
    expect(error).toMatchObject({ kind: 'user', reason: 'not-found', platform: 'server', code: 899002 });
  });

  it('keeps a digit-string code as given and maps it by number', () => {
    expect(summary({ code: '803010', message: 'beyond the frequency limit' })).toMatchObject({ kind: 'rate-limit', code: '803010' });
  });

  it('carries the documented send rate (60 messages per minute) as retryAfterMs', () => {
    const error = jmessage.normalize(803010);
    expect(error).toMatchObject({ kind: 'rate-limit', reason: 'too-many-messages', retryable: true, retryAfterMs: 1000 });
  });

  it.each([
    [898010, 'auth', 'token-expired'],
    [801004, 'auth', 'invalid-credentials'],
    [801006, 'auth', 'account-disabled'],
    [880107, 'auth', 'already-logged-in'],
    [871201, 'network', 'timeout'],
    [803009, 'message', 'content-rejected'],
    [803012, 'message', 'sender-muted'],
    [803008, 'message', 'blocked-by-receiver'],
    [855001, 'message', 'recall-expired'],
    [805002, 'friend', 'already-friend'],
    [810008, 'group', 'full'],
    [852004, 'group', 'owner-cannot-leave'],
    [803005, 'group', 'not-member'],
    [864004, 'media', 'checksum-mismatch'],
    [871308, 'client', 'not-initialized'],
    [898000, 'server', 'internal'],
  ] as const)('%i is %s/%s', (code, kind, reason) => {
    expect(summary(code)).toMatchObject({ kind, reason });
  });

  it('infers from the module prefix for an undocumented code, and says so', () => {
    const error = jmessage.normalize(855999);
    expect(error).toMatchObject({ kind: 'message', reason: 'other', inferred: true, retryable: false });
    expect(jmessage.normalize(803010).inferred).toBe(false);
    // A module whose documented codes disagree on kind (803xxx: server, user, group, rate-limit, message) infers
    // nothing but that the code is JMessage's.
    expect(jmessage.normalize(803999)).toMatchObject({ vendor: 'jmessage', kind: 'unknown', reason: 'unmapped-code', code: 803999, inferred: true });
  });

  it('labels the platform the caller gives', () => {
    expect(jmessage.normalize(871310, { platform: 'android' }).platform).toBe('android');
  });

  it('reports a code outside every table as unknown, code kept', () => {
    expect(summary(42)).toMatchObject({ kind: 'unknown', reason: 'unmapped-code', code: 42 });
  });
});

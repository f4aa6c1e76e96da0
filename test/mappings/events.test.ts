/**
 * The vendors' event tables (`mappings/*-events.ts`): well-formed, tied to the code tables, and saying the same thing
 * for the same situation whichever vendor reports it.
 */
import { describe, expect, it } from 'vitest';
import { agora } from '../../adapters/agora/index.js';
import { easemob } from '../../adapters/easemob/index.js';
import { jmessage } from '../../adapters/jmessage/index.js';
import { tencent } from '../../adapters/tencent/index.js';
import { easemobEvents } from '../../mappings/easemob-events.js';
import { jmessageEvents } from '../../mappings/jmessage-events.js';
import { tencentEvents } from '../../mappings/tencent-events.js';
import { agoraEvents } from '../../mappings/agora.js';
import { resolveCode, type IMError } from '../../src/index.js';

const tables = [
  ['tencent', tencentEvents, tencent],
  ['easemob', easemobEvents, easemob],
  ['jmessage', jmessageEvents, jmessage],
] as const;

/** What an app acts on: kind, reason, whether to retry, what to do. */
const gist = (error: IMError | undefined) => (error === undefined ? undefined : [error.kind, error.reason, error.retryable, error.recovery]);

describe('event tables', () => {
  it.each(tables)('%s: every rule is one of the four meanings, with a non-empty `when` path', (_vendor, table) => {
    for (const { event, when, means } of table) {
      expect(event.length).toBeGreaterThan(0);
      expect(Object.keys(means).length).toBe(1);
      expect(['code', 'entry', 'error', 'none']).toContain(Object.keys(means)[0]);
      if (when !== undefined) expect(when[0].length).toBeGreaterThan(0);
    }
  });

  it.each(tables)('%s: every `{ code }` rule names a code the tables map, not one they infer', (_vendor, table, adapter) => {
    for (const { means, platform } of table) {
      if (!('code' in means)) continue;
      const found = resolveCode<string>(adapter.mappings, means.code, platform ?? adapter.defaultPlatform);
      expect(found?.inferred, String(means.code)).toBe(false);
    }
  });

  it.each(tables)('%s: a rule after one without `when` for the same event could never match', (_vendor, table) => {
    const catchAll = new Set<string>();
    for (const { event, when, means } of table) {
      expect(catchAll.has(event), event).toBe(false);
      // An `{ error }` rule without `when` still lets a payload without an error through to the next rule.
      if (when === undefined && !('error' in means)) catchAll.add(event);
    }
  });

  it('Agora reads Easemob\'s events, Easemob\'s way', () => {
    expect(agoraEvents).toBe(easemobEvents);
    expect(agora.normalizeEvent('onTokenExpired')).toMatchObject({ vendor: 'agora', kind: 'auth', reason: 'token-expired' });
  });
});

describe('the same situation, whichever vendor reports it', () => {
  const kick = (code: number, message: string) => ({ type: code, message });

  it('signed in elsewhere: auth / kicked-other-device, relogin', () => {
    const expected = ['auth', 'kicked-other-device', false, 'relogin'];
    expect(gist(tencent.normalizeEvent('kickedOut', { name: 'kickedOut', data: { type: 'multipleDevice' } }))).toEqual(expected);
    expect(gist(tencent.normalizeEvent('kickedOut', { name: 'kickedOut', data: { type: 'multipleAccount' } }))).toEqual(expected);
    expect(gist(easemob.normalizeEvent('onError', kick(206, 'the user is already logged on another device')))).toEqual(expected);
    expect(gist(easemob.normalizeEvent('onError', kick(217, 'the user was kicked by other device')))).toEqual(expected);
    expect(gist(jmessage.normalizeEvent('onEventNotification', { event_type: 1, from_username: '' }))).toEqual(expected);
    expect(gist(jmessage.normalizeEvent('loginStateChanged', { type: 'user_logout' }))).toEqual(expected);
  });

  it('credentials expired: auth / token-expired, refresh-credentials', () => {
    const expected = ['auth', 'token-expired', false, 'refresh-credentials'];
    expect(gist(tencent.normalizeEvent('kickedOut', { name: 'kickedOut', data: { type: 'userSigExpired' } }))).toEqual(expected);
    expect(gist(easemob.normalizeEvent('onTokenExpired'))).toEqual(expected);
  });

  it('connection lost: network / disconnected, retryable, check-network', () => {
    const expected = ['network', 'disconnected', true, 'check-network'];
    expect(gist(tencent.normalizeEvent('netStateChange', { name: 'netStateChange', data: { state: 'disconnected' } }))).toEqual(expected);
    expect(gist(easemob.normalizeEvent('onError', kick(16, 'reconnection failed')))).toEqual(expected);
    expect(gist(jmessage.normalizeEvent('onDisconnect'))).toEqual(expected);
  });

  it('password changed, account removed, account disabled', () => {
    const changed = ['auth', 'password-changed', false, 'relogin'];
    expect(gist(easemob.normalizeEvent('onError', kick(216, 'the user was kicked by changing password')))).toEqual(changed);
    expect(gist(jmessage.normalizeEvent('onEventNotification', { event_type: 2 }))).toEqual(changed);
    expect(gist(jmessage.normalizeEvent('loginStateChanged', { type: 'user_password_change' }))).toEqual(changed);
    const removed = ['auth', 'account-removed', false, 'relogin'];
    expect(gist(easemob.normalizeEvent('onError', kick(207, 'user has been removed')))).toEqual(removed);
    expect(gist(jmessage.normalizeEvent('loginStateChanged', { type: 'user_deleted' }))).toEqual(removed);
    // A disabled account reads as JMessage's own login refusal 801006 does.
    expect(gist(jmessage.normalizeEvent('loginStateChanged', { type: 'user_disabled' }))).toEqual(gist(jmessage.normalize({ code: 801006, message: '' })));
  });

  it('no failure: nothing', () => {
    expect(tencent.normalizeEvent('netStateChange', { name: 'netStateChange', data: { state: 'connected' } })).toBeUndefined();
    expect(tencent.normalizeEvent('sdkStateNotReady', { name: 'sdkStateNotReady' })).toBeUndefined();
    expect(easemob.normalizeEvent('onDisconnected')).toBeUndefined();
    expect(easemob.normalizeEvent('onConnected')).toBeUndefined();
    expect(easemob.normalizeEvent('onTokenWillExpire')).toBeUndefined();
    expect(jmessage.normalizeEvent('onEventNotification', { event_type: 55 })).toBeUndefined(); // a recall
  });

  it('an unknown kick is still a lost session', () => {
    expect(gist(tencent.normalizeEvent('kickedOut', { name: 'kickedOut', data: { type: 'somethingNew' } }))).toEqual(['auth', 'other', false, 'relogin']);
    expect(gist(jmessage.normalizeEvent('loginStateChanged', { type: 'something_new' }))).toEqual(['auth', 'other', false, 'relogin']);
  });
});

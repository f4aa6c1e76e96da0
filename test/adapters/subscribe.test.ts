/**
 * Each vendor's `subscribe` (`adapters/<vendor>/subscribe.ts`), on clients shaped like the SDKs' (the real Tencent
 * and Easemob SDKs are exercised in test/sdk; JMessage publishes no web SDK on npm, so its shapes are the documented
 * ones: the web SDK's `onDisconnect` / `onEventNotification`, the plugins' login-state listeners).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { jmessage, type JMessagePluginLike, type JMessageWebLike } from '../../adapters/jmessage/index.js';
import { tencent, type TencentChatLike } from '../../adapters/tencent/index.js';
import { easemob, type EasemobConnectionLike, type EasemobHandlers } from '../../adapters/easemob/index.js';
import { subscribeErrors, type IMError } from '../../src/index.js';

const reasons = (errors: readonly IMError[]) => errors.map(({ kind, reason }) => `${kind}/${reason}`);

describe('tencent.subscribe', () => {
  it('listens with chat.on to the failure events only, and removes exactly those listeners', () => {
    const listeners = new Map<string, Set<(event: unknown) => void>>();
    const chat: TencentChatLike = {
      on: (name, listener) => listeners.set(name, (listeners.get(name) ?? new Set()).add(listener)),
      off: (name, listener) => listeners.get(name)?.delete(listener),
    };
    const received: IMError[] = [];
    const stop = subscribeErrors(chat, tencent, (error) => received.push(error));
    expect([...listeners.keys()].sort()).toEqual(['error', 'kickedOut', 'netStateChange']);
    listeners.get('kickedOut')!.forEach((listener) => listener({ name: 'kickedOut', data: { type: 'REST_API_Kick' } }));
    expect(reasons(received)).toEqual(['auth/kicked-by-admin']);
    stop();
    expect([...listeners.values()].every((set) => set.size === 0)).toBe(true);
  });
});

describe('easemob.subscribe', () => {
  it('registers one handler object under its own id, and removes it', () => {
    const registered = new Map<string, EasemobHandlers>();
    const conn: EasemobConnectionLike = {
      addEventHandler: (id, handlers) => registered.set(id, handlers),
      removeEventHandler: (id) => registered.delete(id),
    };
    const stopFirst = subscribeErrors(conn, easemob, () => undefined);
    const stopSecond = subscribeErrors(conn, easemob, () => undefined);
    expect(registered.size).toBe(2);
    const [handlers] = registered.values();
    expect(Object.keys(handlers!).sort()).toEqual(['onDisconnected', 'onError', 'onOffline', 'onTokenExpired']);
    stopFirst();
    expect(registered.size).toBe(1);
    stopSecond();
    expect(registered.size).toBe(0);
  });

  it('never takes an id an app handler could hold, and never re-adds one that was removed', () => {
    const added: string[] = [];
    const conn: EasemobConnectionLike = { addEventHandler: (id) => added.push(id), removeEventHandler: () => undefined };
    for (let i = 0; i < 20; i++) subscribeErrors(conn, easemob, () => undefined)();
    expect(new Set(added).size).toBe(20);
    expect(added.every((id) => /^im-errors:[a-z0-9]+:\d+$/.test(id))).toBe(true);
  });
});

/** Runs a full garbage collection (V8's `gc`, exposed for this call). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

describe('jmessage.subscribe', () => {
  it('on the web SDK, reads onDisconnect and the forced-logout notifications, and goes quiet when stopped', () => {
    let disconnect: () => void = () => undefined;
    let notify: (event: unknown) => void = () => undefined;
    const JIM: JMessageWebLike = {
      onDisconnect: (callback) => (disconnect = callback),
      onEventNotification: (callback) => (notify = callback),
    };
    const received: IMError[] = [];
    const stop = subscribeErrors(JIM, jmessage, (error) => received.push(error));
    notify({ event_id: 1, event_type: 1, from_username: '', ctime: 0 });
    notify({ event_id: 2, event_type: 2 });
    notify({ event_id: 3, event_type: 55 }); // a recalled message: no failure
    disconnect();
    expect(reasons(received)).toEqual(['auth/kicked-other-device', 'auth/password-changed', 'network/disconnected']);
    stop();
    disconnect(); // the web SDK cannot remove a callback: the subscription stays silent instead
    expect(received).toHaveLength(3);
  });

  it('on the web SDK, gives each client its callbacks once, however many subscriptions come and go', () => {
    const disconnects: Array<() => void> = [];
    const notifications: Array<(event: unknown) => void> = [];
    const JIM: JMessageWebLike = {
      onDisconnect: (callback) => disconnects.push(callback),
      onEventNotification: (callback) => notifications.push(callback),
    };
    const counts = [0, 0, 0];
    const stops = counts.map((_, index) => subscribeErrors(JIM, jmessage, () => (counts[index]! += 1)));
    for (let round = 0; round < 5; round++) subscribeErrors(JIM, jmessage, () => undefined)();
    expect([disconnects.length, notifications.length]).toEqual([1, 1]);
    disconnects.forEach((callback) => callback());
    expect(counts).toEqual([1, 1, 1]);
    stops[1]!();
    disconnects.forEach((callback) => callback());
    notifications.forEach((callback) => callback({ event_type: 1 }));
    expect(counts).toEqual([3, 1, 3]);
    // Another client gets its own pair.
    subscribeErrors({ ...JIM }, jmessage, () => undefined);
    expect([disconnects.length, notifications.length]).toEqual([2, 2]);
  });

  it('on the web SDK, a stopped subscription leaves nothing in the SDK that reaches its listener', async () => {
    const kept: Array<() => void> = [];
    const JIM: JMessageWebLike = { onDisconnect: (callback) => kept.push(callback), onEventNotification: () => undefined };
    // Subscribes and stops, keeping only a weak reference to the listener's state (and not `stop`, which holds it).
    const subscribeAndStop = () => {
      const listener = { received: 0 };
      subscribeErrors(JIM, jmessage, () => (listener.received += 1))();
      return new WeakRef(listener);
    };
    const ref = subscribeAndStop();
    await new Promise((resolve) => setImmediate(resolve)); // WeakRefs are held until the current job ends
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
    expect(kept).toHaveLength(1); // the SDK still holds its callback: a silent one
  });

  it('on a React Native / Cordova plugin, uses the login-state listener and removes it', () => {
    const listeners = new Set<(event: unknown) => void>();
    const plugin: JMessagePluginLike = {
      addLoginStateChangedListener: (listener) => listeners.add(listener),
      removeLoginStateChangedListener: (listener) => listeners.delete(listener),
    };
    const received: IMError[] = [];
    const stop = subscribeErrors(plugin, jmessage, (error) => received.push(error));
    for (const type of ['user_logout', 'user_deleted', 'user_password_change', 'user_disabled', 'user_login_status_unexpected']) {
      listeners.forEach((listener) => listener({ type }));
    }
    expect(reasons(received)).toEqual([
      'auth/kicked-other-device',
      'auth/account-removed',
      'auth/password-changed',
      'auth/account-disabled',
      'auth/other',
    ]);
    expect(received.every(({ vendor, recovery }) => vendor === 'jmessage' && ['relogin', 'contact-support'].includes(recovery))).toBe(true);
    stop();
    expect(listeners.size).toBe(0);
  });
});

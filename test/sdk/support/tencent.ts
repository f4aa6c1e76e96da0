/**
 * The real-error suite both Tencent web SDKs run (`@tencentcloud/chat` 3.x and `tim-js-sdk` 2.x share their API):
 * calls before login, parameter checks, a login with made-up credentials that runs into the SDK's own timeout (on a
 * fake clock), a second login, a destroyed instance, and the events that come with them. Nothing leaves 127.0.0.1.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { tencent } from '../../../adapters/tencent/index.js';
import { tencentWebEvents } from '../../../mappings/tencent-events.js';
import { normalize } from '../../../src/all.js';
import { subscribeErrors, type IMError } from '../../../src/index.js';
import { advanceWithIo } from './clock.js';
import { installLoopback, type Loopback } from './loopback.js';
import { rejectionOf, silenceConsole, thrownBy } from './settle.js';

/**
 * What both SDK modules export (`TencentCloudChat` / `TIM`). The package's types declare it as a default export of
 * an ES module; `require` gives that object itself (the bundle is UMD).
 */
export type TencentModule = Pick<(typeof import('@tencentcloud/chat'))['default'], 'create' | 'EVENT' | 'TYPES'>;
type Chat = ReturnType<TencentModule['create']>;

/** How one SDK differs from the other. */
export interface TencentSuiteOptions {
  /** The module, loaded after the loopback globals are in place. */
  readonly load: () => TencentModule;
  /** Whether the SDK needs a `window` (tim-js-sdk reads it; @tencentcloud/chat must not see one). */
  readonly window: boolean;
}

/** Registers the suite for one SDK. */
export function tencentSuite(name: string, options: TencentSuiteOptions): void {
  describe(`${name}: real errors, no network`, { timeout: 10_000 }, () => {
    let loopback: Loopback;
    let loud: () => void;
    let SDK: TencentModule;
    let chat: Chat;

    beforeAll(async () => {
      loud = silenceConsole();
      loopback = await installLoopback({ window: options.window });
      SDK = options.load();
    });
    afterAll(() => {
      loopback.restore();
      loud();
    });
    beforeEach(() => {
      vi.useFakeTimers();
      chat = SDK.create({ SDKAppID: 1400000000 });
      chat.setLogLevel(4);
    });
    afterEach(async () => {
      await chat.destroy().catch(() => undefined); // rejects with 2024 when never logged in
      vi.clearAllTimers();
      vi.useRealTimers();
    });

    it('rejects a call before login with USER_NOT_LOGGED_IN (2024): auth / not-logged-in', async () => {
      const raw = await rejectionOf(chat.getMyProfile());
      expect(raw).toBeInstanceOf(Error);
      expect((raw as Error).constructor.name).not.toBe('Error'); // a minified subclass
      expect(raw).toMatchObject({ code: 2024, message: ' | getMyProfile | ' }); // texts are downloaded at run time
      const error = tencent.normalize(raw);
      expect(error).toMatchObject({ kind: 'auth', reason: 'not-logged-in', recovery: 'relogin', vendor: 'tencent', platform: 'web', code: 2024 });
      expect(error.cause).toBe(raw);
      expect(normalize(raw)).toMatchObject({ kind: 'auth', reason: 'not-logged-in', vendor: 'tencent' });
    });

    it('even rejects createTextMessage before login (it returns a rejected promise, not a message)', async () => {
      const raw = await rejectionOf(chat.createTextMessage({ to: 'u2', conversationType: SDK.TYPES.CONV_C2C, payload: { text: 'hi' } }));
      expect(tencent.normalize(raw)).toMatchObject({ kind: 'auth', reason: 'not-logged-in', code: 2024 });
    });

    it('reports the same failure as EVENT.ERROR, which subscribeErrors turns into the same IMError', async () => {
      const received: IMError[] = [];
      const stop = subscribeErrors(chat, tencent, (error) => received.push(error));
      const raw = await rejectionOf(chat.getMyProfile());
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({ kind: 'auth', reason: 'not-logged-in', code: 2024, vendor: 'tencent' });
      // The event carries a plain { code, message } copy of what the call rejected with.
      expect(received[0]!.cause).toEqual({ code: 2024, message: (raw as Error).message });
      stop();
      await rejectionOf(chat.getMyProfile());
      expect(received).toHaveLength(1); // chat.off really removed the listeners
    });

    it('throws `Params validate failed.` synchronously, with no code: validation / invalid', () => {
      const raw = thrownBy(() => chat.login({ userID: 'u1' } as never));
      expect(raw).toBeInstanceOf(Error);
      expect(raw).toMatchObject({ message: 'Params validate failed.' });
      expect((raw as { code?: unknown }).code).toBeUndefined();
      expect(tencent.normalize(raw)).toMatchObject({ kind: 'validation', reason: 'invalid', recovery: 'fix-input', vendor: 'tencent', code: undefined });
      expect(normalize(raw)).toMatchObject({ kind: 'validation', reason: 'invalid', vendor: 'tencent' });
    });

    it('fails a login with made-up credentials by its own timeout, NETWORK_TIMEOUT (2801), after 90 s on the fake clock', async () => {
      const received: IMError[] = [];
      subscribeErrors(chat, tencent, (error) => received.push(error));
      let settled = false;
      const login = rejectionOf(chat.login({ userID: 'u1', userSig: 'eJyrVkrxUbJSSkosSs5ITVWyMjQwMDI2MjE1NTY2sTAyNTI0NTE3MDQ' })).finally(() => {
        settled = true;
      });
      await advanceWithIo(80_000);
      expect(settled).toBe(false);
      await advanceWithIo(15_000);
      const raw = await login;
      expect(raw).toMatchObject({ code: 2801 });
      expect(tencent.normalize(raw)).toMatchObject({ kind: 'network', reason: 'timeout', retryable: true, recovery: 'retry', code: 2801 });
      // On the way the SDK reported its connection going down, which reads as the same network failure everywhere.
      expect(received.map(({ kind, reason }) => `${kind}/${reason}`)).toContain('network/disconnected');
      expect(received.every(({ vendor }) => vendor === 'tencent')).toBe(true);
      expect(loopback.requested.some((address) => address.startsWith('ws wss://'))).toBe(true);
    });

    it('rejects a second login while the first runs with REPEAT_LOGIN (2025): auth / already-logged-in', async () => {
      void rejectionOf(chat.login({ userID: 'u1', userSig: 'made-up' })); // left running; afterEach destroys the instance
      const raw = await rejectionOf(chat.login({ userID: 'u1', userSig: 'made-up' }));
      expect(tencent.normalize(raw)).toMatchObject({ kind: 'auth', reason: 'already-logged-in', recovery: 'none', code: 2025 });
    });

    it('keeps rejecting on a destroyed instance: destroy() itself (never logged in), then every call', async () => {
      const destroyed = await rejectionOf(chat.destroy());
      expect(tencent.normalize(destroyed)).toMatchObject({ kind: 'auth', reason: 'not-logged-in', code: 2024 });
      const raw = await rejectionOf(chat.getMyProfile());
      expect(tencent.normalize(raw)).toMatchObject({ kind: 'auth', reason: 'not-logged-in', code: 2024 });
    });

    it('names its events and kick types as the event table does', () => {
      const names = new Set<string>(Object.values(SDK.EVENT));
      for (const { event } of tencentWebEvents) expect(names.has(event), event).toBe(true);
      const types = Object.values(SDK.TYPES).map(String);
      for (const { when } of tencentWebEvents) if (when !== undefined) expect(types, String(when[1])).toContain(String(when[1]));
    });

    it('reads kicks and connection states built from the SDK\'s own constants, as its emitter delivers them', () => {
      const event = (name: string, data: object) => ({ name, data });
      const { EVENT, TYPES } = SDK;
      const kicked = (type: string) => tencent.normalizeEvent(EVENT.KICKED_OUT, event(EVENT.KICKED_OUT, { type }));
      expect(kicked(TYPES.KICKED_OUT_MULT_DEVICE)).toMatchObject({ kind: 'auth', reason: 'kicked-other-device', recovery: 'relogin', code: 3002 });
      expect(kicked(TYPES.KICKED_OUT_MULT_ACCOUNT)).toMatchObject({ kind: 'auth', reason: 'kicked-other-device', code: 3003 });
      expect(kicked(TYPES.KICKED_OUT_USERSIG_EXPIRED)).toMatchObject({ kind: 'auth', reason: 'token-expired', recovery: 'refresh-credentials', code: 3004 });
      expect(kicked(TYPES.KICKED_OUT_REST_API)).toMatchObject({ kind: 'auth', reason: 'kicked-by-admin', code: 3006 });
      const state = (value: string) => tencent.normalizeEvent(EVENT.NET_STATE_CHANGE, event(EVENT.NET_STATE_CHANGE, { state: value }));
      expect(state(TYPES.NET_STATE_DISCONNECTED)).toMatchObject({ kind: 'network', reason: 'disconnected', retryable: true });
      expect(state(TYPES.NET_STATE_CONNECTING)).toBeUndefined();
      expect(state(TYPES.NET_STATE_CONNECTED)).toBeUndefined();
      expect(tencent.normalizeEvent(EVENT.SDK_NOT_READY, { name: EVENT.SDK_NOT_READY })).toBeUndefined();
      expect(tencent.normalizeEvent(EVENT.MESSAGE_RECEIVED, event(EVENT.MESSAGE_RECEIVED, []))).toBeUndefined();
    });
  });
}

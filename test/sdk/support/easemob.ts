/**
 * The real-error suite both Easemob builds run (`easemob-websdk` 4.21 and `agora-chat` 1.4, the same SDK): calls
 * before login, parameter checks, logins that cannot reach the server, a second login, a closed connection, and the
 * connection events. The SDK starts a 60 s interval in `new connection()` that nothing clears: every test runs on a
 * fake clock and clears it. Nothing leaves 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { agora } from '../../../adapters/agora/index.js';
import type { easemob } from '../../../adapters/easemob/index.js';
import { easemobWebEvents } from '../../../mappings/easemob-events.js';
import { subscribeErrors, type IMError } from '../../../src/index.js';
import { installLoopback, type Loopback } from './loopback.js';
import { rejectionOf, silenceConsole, thrownBy } from './settle.js';

/**
 * What both builds export: `connection`, `message`, `logger`, `statusCode` (typed by the package as a default export;
 * `require` gives it directly for easemob-websdk, at `.default` for agora-chat).
 */
export type EasemobModule = Pick<(typeof import('easemob-websdk'))['default'], 'connection' | 'message' | 'logger' | 'statusCode'>;
type Connection = InstanceType<EasemobModule['connection']>;

/** The SDK's own error class (minified), with the static factory it builds every error with. */
interface SdkErrorClass {
  create(init: { type: number; message: string; data?: unknown }): object;
}
/** The SDK's handler registry, which dispatches to every `addEventHandler` object. */
interface Dispatcher {
  dispatch(handler: string, payload?: unknown): void;
}

/** How one build differs from the other. */
export interface EasemobSuiteOptions {
  readonly load: () => EasemobModule;
  readonly adapter: typeof easemob | typeof agora;
}

/** Registers the suite for one build. */
export function easemobSuite(name: string, options: EasemobSuiteOptions): void {
  const { adapter } = options;
  const vendor = adapter.vendor;

  describe(`${name}: real errors, no network`, { timeout: 10_000 }, () => {
    let loopback: Loopback;
    let loud: () => void;
    let SDK: EasemobModule;
    let conn: Connection;

    beforeAll(async () => {
      loud = silenceConsole();
      loopback = await installLoopback({ window: true });
      SDK = options.load();
      SDK.logger.setLevel(5); // silent
    });
    afterAll(() => {
      loopback.restore();
      loud();
    });
    beforeEach(() => {
      vi.useFakeTimers();
      conn = new SDK.connection({ appKey: 'easemob-demo#chatdemoui' });
    });
    afterEach(() => {
      conn.close();
      vi.clearAllTimers(); // the 60 s interval of `new connection()` among them
      vi.useRealTimers();
    });

    const text = () => SDK.message.create({ type: 'txt', chatType: 'singleChat', to: 'u2', msg: 'hi' });
    /** A member of the SDK's `statusCode` enum (its types call `statusCode` one enum value, not the enum). */
    const status = (constant: string): number => {
      const code = (SDK.statusCode as unknown as Record<string, unknown>)[constant];
      if (typeof code !== 'number') throw new Error(`statusCode.${constant} is not defined`);
      return code;
    };

    it('rejects a send before login with a plain { type: 39 } object: auth / not-logged-in', async () => {
      const raw = await rejectionOf(conn.send(text()));
      expect(raw).not.toBeInstanceOf(Error);
      expect(raw).toMatchObject({ type: status('WEBIM_CONNECTION_CLOSED'), message: 'not login' });
      const error = adapter.normalize(raw);
      expect(error).toMatchObject({ kind: 'auth', reason: 'not-logged-in', recovery: 'relogin', vendor, platform: 'web', code: 39 });
      expect(error.cause).toBe(raw);
    });

    it('rejects a REST call before login with 700 (REST_PARAMS_STATUS: no token): auth / invalid-credentials', async () => {
      const raw = await rejectionOf(conn.getContacts());
      expect(raw).toMatchObject({ type: status('REST_PARAMS_STATUS') });
      expect(adapter.normalize(raw)).toMatchObject({ kind: 'auth', reason: 'invalid-credentials', code: 700 });
    });

    it('rejects open() without a user with type 0, which here is WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR, not success', async () => {
      const raw = await rejectionOf(conn.open({} as never));
      expect(raw).toMatchObject({ type: 0, message: 'the user is empty or type is not string' });
      expect(adapter.normalize(raw)).toMatchObject({ kind: 'auth', reason: 'missing-credentials', recovery: 'fix-input', code: 0 });
    });

    it('throws parameter errors synchronously as plain Errors without a type: validation / invalid', () => {
      for (const call of [() => conn.getGroupInfo({} as never), () => conn.getChatRoomDetails({} as never)]) {
        const raw = thrownBy(call);
        expect(raw).toBeInstanceOf(Error);
        expect((raw as Error).message).toMatch(/^Invalid parameter/);
        expect(adapter.normalize(raw)).toMatchObject({ kind: 'validation', reason: 'invalid', recovery: 'fix-input', vendor, code: undefined });
      }
    });

    it.each([
      ['a token', { user: 'u1', accessToken: 'YWMtmade-up' }],
      ['a password', { user: 'u1', pwd: 'made-up' }],
    ])('fails a login with %s when no server answers: 304 wrapping the dead request (-2, HTTP 0): network / request-failed', async (_, credentials) => {
      const raw = await rejectionOf(conn.open(credentials as never));
      const error = adapter.normalize(raw);
      expect(error.chain.map((link) => link.code)).toEqual([304, 304, -2]);
      expect(error).toMatchObject({ kind: 'network', reason: 'request-failed', retryable: true, recovery: 'check-network', code: -2 });
      expect(JSON.stringify(error)).not.toContain('made-up');
      expect(loopback.requested.some((address) => address.includes('/easemob/server.json'))).toBe(true);
    });

    it('rejects a second open() while the first runs with 1 "Currently logging in": auth / login-in-progress', async () => {
      const first = rejectionOf(conn.open({ user: 'u1', pwd: 'made-up' } as never));
      const raw = await rejectionOf(conn.open({ user: 'u1', pwd: 'made-up' } as never));
      expect(raw).toMatchObject({ type: status('WEBIM_CONNCTION_OPEN_ERROR'), message: 'Currently logging in, please wait.' });
      expect(adapter.normalize(raw)).toMatchObject({ kind: 'auth', reason: 'login-in-progress', retryable: true, recovery: 'wait', code: 1 });
      await first;
    });

    it('keeps rejecting on a closed connection: auth / not-logged-in', async () => {
      conn.close();
      expect(adapter.normalize(await rejectionOf(conn.send(text())))).toMatchObject({ kind: 'auth', reason: 'not-logged-in', code: 39 });
    });

    describe('connection events, through the SDK\'s own handler registry and error class', () => {
      /** The SDK's error class (taken from a real rejection) and its dispatcher. */
      const sdkParts = async (): Promise<{ ErrorClass: SdkErrorClass; events: Dispatcher }> => {
        const sample = (await rejectionOf(conn.open({} as never))) as { constructor: SdkErrorClass };
        return { ErrorClass: sample.constructor, events: (conn as unknown as { eventHandler: Dispatcher }).eventHandler };
      };

      it('reports a kick once, though the SDK sends it to onError and then onDisconnected', async () => {
        const { ErrorClass, events } = await sdkParts();
        const received: IMError[] = [];
        subscribeErrors(conn, adapter, (error) => received.push(error));
        // What the SDK does when the server says USER_LOGIN_ANOTHER_DEVICE (its own code and text).
        const kicked = ErrorClass.create({ type: status('WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE'), message: 'the user is already logged on another device' });
        events.dispatch('onError', kicked);
        events.dispatch('onDisconnected', kicked);
        expect(received).toHaveLength(1);
        expect(received[0]).toMatchObject({ kind: 'auth', reason: 'kicked-other-device', recovery: 'relogin', vendor, code: 206 });
        expect(received[0]!.cause).toBe(kicked);
      });

      it.each([
        ['WEBIM_CONNCTION_USER_REMOVED', 'user has been removed', 'account-removed'],
        ['WEBIM_CONNCTION_USER_KICKED_BY_CHANGE_PASSWORD', 'the user was kicked by changing password', 'password-changed'],
        ['WEBIM_CONNCTION_USER_KICKED_BY_OTHER_DEVICE', 'the user was kicked by other device', 'kicked-other-device'],
      ] as const)('reads onError %s as auth / %s', async (constant, message, reason) => {
        const { ErrorClass } = await sdkParts();
        const payload = ErrorClass.create({ type: status(constant), message });
        expect(adapter.normalizeEvent('onError', payload)).toMatchObject({ kind: 'auth', reason, recovery: 'relogin' });
      });

      it('reads a failed reconnect (16) as network / disconnected, and onTokenExpired as auth / token-expired', async () => {
        const { ErrorClass, events } = await sdkParts();
        const received: IMError[] = [];
        subscribeErrors(conn, adapter, (error) => received.push(error));
        events.dispatch('onError', ErrorClass.create({ type: status('WEBIM_CONNCTION_DISCONNECTED'), message: 'reconnection failed' }));
        events.dispatch('onDisconnected'); // the SDK's own close after it: no second report
        events.dispatch('onTokenExpired');
        events.dispatch('onOffline');
        events.dispatch('onTokenWillExpire');
        events.dispatch('onReconnecting');
        events.dispatch('onConnected');
        expect(received.map(({ kind, reason, code }) => [kind, reason, code])).toEqual([
          ['network', 'disconnected', 16],
          ['auth', 'token-expired', 56],
          ['network', 'offline', undefined],
        ]);
      });

      it('stops listening when unsubscribed (removeEventHandler)', async () => {
        const { events } = await sdkParts();
        const received: IMError[] = [];
        const stop = subscribeErrors(conn, adapter, (error) => received.push(error));
        stop();
        stop();
        events.dispatch('onTokenExpired');
        expect(received).toEqual([]);
      });

      it('dispatches every handler the event table reads (its bundle calls dispatch("<handler>") for each)', () => {
        const bundle = readFileSync(createRequire(import.meta.url).resolve(name), 'utf8');
        for (const { event } of easemobWebEvents) expect(bundle.includes(`dispatch("${event}"`), event).toBe(true);
      });
    });
  });
}

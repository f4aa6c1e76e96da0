/**
 * Tencent native SDK errors as the React Native / Flutter / uni-app bridges hand them to JS: `{ code, desc }`
 * (Flutter's V2TimCallback / V2TimValueCallback add `data`), read on the `native` platform; and the native
 * V2TIMSDKListener callbacks as events.
 */
import { fc, it as prop } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { tencent, tencentNativeListener } from '../../adapters/tencent/index.js';
import { normalize as normalizeAll } from '../../src/all.js';
import { isKind, isReasonOf, type IMError } from '../../src/index.js';
import { cyclicCause, hugeString, throwingGetters, throwingProxy } from '../support/hostile.js';
import { loadDocumented } from '../../scripts/documents/documented.js';

const native = { platform: 'native' } as const;
/** The native header's codes, as committed from it (`mappings/documented/tencent.json`): no `../shared` needed. */
const headerCodes = loadDocumented()
  .filter(({ file }) => file === 'vendor-docs/tencent/native-TIMErrorCode.md')
  .flatMap(({ codes }) => codes.map(([code]) => code));

/** What an app acts on. */
const gist = (error: IMError) => [error.kind, error.reason, error.retryable, error.recovery, error.retryAfterMs];

/** The entry a case expects: kind, reason, retryable, recovery, retryAfterMs. */
type Entry = [kind: string, reason: string, retryable: boolean, recovery: string, retryAfterMs?: number];

describe('Tencent native codes through the native shape {code, desc}, hand-checked', () => {
  // [code, header comment (translated), kind, reason, retryable, recovery, retryAfterMs?]
  const cases: Array<[number, string, ...Entry]> = [
    [6200, '请求的时候没有网络 — no network on request', 'network', 'offline', true, 'check-network'],
    [6251, '响应时没有网络 — no network on response', 'network', 'offline', true, 'check-network'],
    [6125, '请求超时 — request timed out', 'network', 'timeout', true, 'retry'],
    [9523, 'wait-send timeout, no network detected', 'network', 'offline', true, 'check-network'],
    [9521, 'timed out sending the rest (uplink)', 'network', 'timeout', true, 'check-network'],
    [6300, '没有可用的短连接 SSO — no short connection', 'network', 'connection-failed', true, 'check-network'],
    [6213, '已经被其他终端踢了 — kicked by another device', 'auth', 'kicked-other-device', false, 'relogin'],
    [6255, '已经被其他终端踢了 (V3 later name)', 'auth', 'kicked-other-device', false, 'relogin'],
    [6215, 'SSO 签名错误 — SSO signature error', 'auth', 'invalid-credentials', false, 'refresh-credentials'],
    [10008, '请求中携带的签名信息验证不正确 — request signature failed', 'auth', 'invalid-credentials', false, 'refresh-credentials'],
    [6226, '自动登录，本地票据过期 — auto login ticket expired', 'auth', 'token-expired', false, 'refresh-credentials'],
    [70052, 'UserSig 已经失效 — UserSig no longer valid', 'auth', 'invalid-credentials', false, 'refresh-credentials'],
    [7008, 'API 调用超频 — API call frequency', 'rate-limit', 'too-many-requests', true, 'wait'],
    [8511, '群属性接口操作限制 — group attribute frequency', 'rate-limit', 'too-many-requests', true, 'wait', 250],
    [7013, '套餐包不支持该接口 — plan does not support the API', 'quota', 'plan-upgrade-required', false, 'upgrade-plan'],
    [6160, 'Group assistant 非预设字段 — non-preset group field', 'group', 'invalid-field', false, 'fix-input'],
    [10056, '群属性写冲突 — group attribute write conflict', 'group', 'other', false, 'fix-input'],
    [6153, 'proxy_manager 请求参数不合法 — friendship proxy parameters', 'friend', 'invalid', false, 'fix-input'],
    [6223, '消息撤回超过了时间限制 — recall window passed', 'message', 'recall-expired', false, 'none'],
    [8005, '合并消息嵌套层数超过上限 — merged message nesting', 'message', 'limit-reached', false, 'fix-input'],
    [80101, '消息内容安全打击 — content filtered', 'message', 'content-rejected', false, 'fix-input'],
    [6031, '请检查上传的图片是否能够正常打开 — not an image', 'media', 'not-media', false, 'fix-input'],
    [8010, '信令请求 ID 无效 — signalling invite ID invalid', 'message', 'invalid', false, 'fix-input'],
    [8012, '信令邀请已存在 — signalling invitation exists', 'message', 'already-exists', false, 'none'],
    [9522, '请求包长度大于限制 1MB — packet too large', 'validation', 'too-large', false, 'fix-input'],
    [90101, 'IM SDK 已经初始化 — SDK already initialised', 'client', 'invalid-state', false, 'none'],
    [6015, '执行中 — in progress', 'client', 'invalid-state', true, 'wait'],
    [6217, '登录时 TLS SDK 回包校验错误 — login reply malformed', 'server', 'unexpected-response', true, 'retry'],
    [-10102, '断链锁屏 — link dropped, screen locked', 'network', 'disconnected', true, 'check-network'],
  ];

  function expectEntry(error: IMError, entry: Entry) {
    const [kind, reason, retryable, recovery, retryAfterMs] = entry;
    expect(gist(error)).toEqual([kind, reason, retryable, recovery, retryAfterMs]);
  }

  it.each(cases)('%i %s', (code, desc, ...entry: Entry) => {
    const raw = { code, desc };
    const error = tencent.normalize(raw, native);
    expectEntry(error, entry);
    expect(error).toMatchObject({ vendor: 'tencent', platform: 'native', code, vendorMessage: desc, inferred: false });
    expect(error.cause).toBe(raw);
    // The shape alone says native, and `im-errors/all` agrees once told the vendor.
    expect(tencent.normalize(raw).platform).toBe('native');
    expectEntry(normalizeAll(raw, { vendor: 'tencent', platform: 'native' }), entry);
  });

  it('reads a Flutter V2TimValueCallback (code, desc, data) like the callback, and its success as no error', () => {
    expect(tencent.normalize({ code: 6014, desc: 'not logged in', data: null })).toMatchObject({ kind: 'auth', reason: 'not-logged-in', platform: 'native' });
    expect(tencent.normalize({ code: 0, desc: '' })).toMatchObject({ kind: 'unknown', reason: 'not-an-error' });
  });

  it('detects server codes the native SDK passes through from Tencent\'s own REST shape, with no vendor named', () => {
    expect(normalizeAll({ ActionStatus: 'FAIL', ErrorCode: 10008, ErrorInfo: 'invalid request' })).toMatchObject({ vendor: 'tencent', kind: 'auth', reason: 'invalid-credentials' });
    expect(normalizeAll({ ActionStatus: 'FAIL', ErrorCode: 60020, ErrorInfo: 'no plan' })).toMatchObject({ vendor: 'tencent', kind: 'quota', recovery: 'upgrade-plan' });
    expect(normalizeAll({ ActionStatus: 'FAIL', ErrorCode: 70052, ErrorInfo: 'UserSig invalid' })).toMatchObject({ vendor: 'tencent', reason: 'invalid-credentials' });
  });
});

describe('Tencent native: laws', () => {
  const code = fc.oneof(fc.constantFrom(...headerCodes), fc.integer({ min: -20_000, max: 200_000 }));

  /** Every shape a native error reaches JS in, for one code. */
  const nativeShapes = (c: number, desc: string): unknown[] => [
    c,
    String(c),
    { code: c, desc },
    { code: String(c), desc },
    { code: c, desc, data: { any: 'thing' } },
    { code: c, message: desc }, // a bridge that rejects with the web field name
    Object.assign(new Error(desc), { code: String(c) }), // React Native's promise.reject(code, message)
    new Error('call failed', { cause: { code: c, desc } }),
  ];
  /** Every shape a web SDK error reaches the app in. */
  const webShapes = (c: number, message: string): unknown[] => [
    c,
    String(c),
    { code: c, message },
    Object.assign(new Error(message), { code: c }),
    { name: 'error', data: { code: c, message } },
  ];
  /** Every shape of a REST answer (and the bare code). */
  const serverShapes = (c: number, message: string): unknown[] => [c, String(c), { ActionStatus: 'FAIL', ErrorCode: c, ErrorInfo: message }];

  prop.prop([code, fc.string({ maxLength: 40 })], { numRuns: 150 })(
    'the same code through every accepted shape of one platform gives the same kind and reason',
    (c, text) => {
      for (const [platform, shapes] of [['native', nativeShapes], ['web', webShapes], ['server', serverShapes]] as const) {
        const readings = shapes(c, text).map((raw) => {
          const error = tencent.normalize(raw, { platform });
          return `${error.kind}/${error.reason}/${String(error.retryable)}`;
        });
        expect(new Set(readings).size, `${platform} ${c}: ${readings.join(' ')}`).toBe(1);
      }
    },
  );

  prop.prop([fc.constantFrom(...headerCodes)], { numRuns: 60 })('every header code reads the same on native and server: one meaning per number', (c) => {
    expect(gist(tencent.normalize(c, native))).toEqual(gist(tencent.normalize(c, { platform: 'server' })));
  });

  /**
   * A `desc` no bridge should send: throwing getters, huge strings, cycles, wrong types. Boxed and made per run:
   * fast-check probes the values it generates, which a hostile Proxy would answer by throwing.
   */
  const hostileDesc = fc.oneof(
    fc.constantFrom<() => unknown>(
      () => hugeString,
      () => throwingGetters(),
      () => throwingProxy(),
      () => cyclicCause(),
      () => undefined,
      () => null,
      () => Number.NaN,
      () => 42,
      () => Symbol('desc'),
      () => 10n,
      () => ['a'],
      () => ({ toString: () => 'x' }),
    ),
    fc.string().map((text) => () => text),
  );
  /** A `code` of any type: numbers, digit strings, NaN, objects… */
  const anyCode = fc.oneof(
    fc.constantFrom<unknown>(...headerCodes.slice(0, 40)),
    fc.constantFrom<unknown>(Number.NaN, Infinity, -0, 1.5, '6200', ' 6200 ', '6200x', '', null, undefined, {}, [6200], { valueOf: () => 6200 }, 2 ** 60),
    fc.integer().map(String),
    fc.anything(),
  );

  prop.prop([anyCode, hostileDesc, fc.boolean()], { numRuns: 200 })('is total over hostile desc and code: an IMError out, never a throw', (c, makeDesc, getter) => {
    const raw: Record<string, unknown> = { code: c };
    if (getter) {
      Object.defineProperty(raw, 'desc', {
        get: () => {
          throw new Error('hostile desc');
        },
        enumerable: true,
      });
    } else raw.desc = makeDesc();
    const error = tencent.normalize(raw, native);
    expect(isKind(error.kind) && isReasonOf(error.kind, error.reason)).toBe(true);
    expect(error.cause).toBe(raw);
    expect((error.vendorMessage ?? '').length).toBeLessThanOrEqual(2_001);
    // A real code keeps its reading whatever desc holds.
    if (typeof c === 'number' && headerCodes.includes(c)) expect(gist(error)).toEqual(gist(tencent.normalize(c, native)));
    expect(() => JSON.stringify(error)).not.toThrow();
  });
});

describe('Tencent native events (V2TIMSDKListener)', () => {
  const event = (name: string, payload?: unknown) => tencent.normalizeEvent(name, payload, native);

  it('reads onConnectFailed(code, error) as that native code, so event and rejection agree', () => {
    for (const code of [9508, 9510, 6200, 6300]) {
      const error = event('onConnectFailed', { code, desc: 'connect failed' });
      expect(error).toMatchObject({ vendor: 'tencent', platform: 'native', code });
      expect(gist(error!)).toEqual(gist(tencent.normalize({ code, desc: 'x' }, native)));
    }
  });

  it('reads onConnectFailed without a code as a failed connection', () => {
    expect(gist(event('onConnectFailed')!)).toEqual(['network', 'connection-failed', true, 'check-network', undefined]);
    expect(gist(event('onConnectFailed', 'no object')!)).toEqual(['network', 'connection-failed', true, 'check-network', undefined]);
  });

  it('reads onKickedOffline and onUserSigExpired as the codes for the same situation do (6208, 6206)', () => {
    expect(gist(event('onKickedOffline')!)).toEqual(gist(tencent.normalize(6208, native)));
    expect(gist(event('onUserSigExpired')!)).toEqual(gist(tencent.normalize(6206, native)));
    expect(event('onKickedOffline')).toMatchObject({ platform: 'native', kind: 'auth', reason: 'kicked-other-device', recovery: 'relogin' });
  });

  it('reads onConnecting / onConnectSuccess as no failure', () => {
    expect(event('onConnecting')).toBeUndefined();
    expect(event('onConnectSuccess')).toBeUndefined();
  });

  it('tencentNativeListener turns the callbacks into IMErrors on the native platform', () => {
    const received: IMError[] = [];
    const listener = tencentNativeListener((error) => received.push(error));
    listener.onConnecting();
    listener.onConnectFailed(9508, 'network disconnected');
    listener.onConnectSuccess();
    listener.onUserSigExpired();
    listener.onKickedOffline();
    expect(received.map((e) => [e.platform, e.kind, e.reason, e.code])).toEqual([
      ['native', 'network', 'offline', 9508],
      ['native', 'auth', 'token-expired', undefined],
      ['native', 'auth', 'kicked-other-device', undefined],
    ]);
    expect(received[0]!.cause).toEqual({ code: 9508, desc: 'network disconnected' });
  });

  it('does not make a web chat instance listen to native callbacks', async () => {
    const names: string[] = [];
    const chat = { on: (name: string) => void names.push(name), off: () => undefined };
    const { subscribeErrors } = await import('../../src/index.js');
    subscribeErrors(chat, tencent, () => undefined)();
    expect(names).toEqual(['kickedOut', 'netStateChange', 'error']);
  });
});

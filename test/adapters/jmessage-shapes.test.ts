/**
 * JMessage on every platform, through the shapes each platform really reports: the React Native / Cordova plugins'
 * `{ code, description }` callback (the native SDK's code, or the plugin's own small codes), native `{ code, desc }`,
 * and REST bodies `{ error: { code, message } }`. Each row is checked by hand against its line in
 * `../shared/vendor-docs/jmessage/` (zh-/en-im_errorcode_android.md, _ios.md, _server.md; the plugin's rows against
 * `jmessage-react-plugin` 3.2.1's sources).
 */
import { fc, it as prop } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { jmessage } from '../../adapters/jmessage/index.js';
import { normalize as normalizeAny } from '../../src/all.js';
import { anyInput } from '../support/hostile.js';

/** [code, the document's words, kind, reason, retryable] */
type Row = readonly [number, string, string, string, boolean];

const ANDROID: readonly Row[] = [
  [-1, 'plugin ERR_CODE_EXCEPTION (a Throwable caught)', 'client', 'exception', false],
  [1, 'plugin ERR_CODE_PARAMETER Parameters error', 'validation', 'invalid', false],
  [2, "plugin ERR_CODE_CONVERSATION Can't get the conversation", 'message', 'not-found', false],
  [3, 'plugin ERR_CODE_MESSAGE No such message / Wrong message type', 'message', 'invalid', false],
  [4, 'plugin ERR_CODE_FILE No such file', 'media', 'not-found', false],
  [871105, 'User info not found. 请求的用户信息不存在', 'user', 'not-found', false],
  [871201, 'response timeout', 'network', 'timeout', true],
  [871310, 'network not available', 'network', 'offline', true],
  [871317, 'Target user cannot be yourself. 操作目标用户不能是自己', 'validation', 'invalid', false],
  [871318, 'Illegal message content (混淆配置)', 'message', 'invalid', false],
  [871321, 'Get receipt details failed: 只有消息的发送者可以查询', 'message', 'not-sender', false],
  [871323, 'Chatroom not exist.', 'group', 'not-found', false],
  [871324, 'Illegal message content type, when send message', 'message', 'unsupported', false],
  [871326, 'unsupported operation (聊天室撤回消息)', 'validation', 'unsupported', false],
  [871327, 'operation is cancelled', 'client', 'cancelled', false],
  [871505, 'Push register error, package not exists', 'auth', 'app-key-invalid', false],
  [871506, 'Push register error, invalid IMEI', 'client', 'unsupported', false],
  [872001, 'Can not send %s signaling message. state error', 'client', 'invalid-state', false],
  [872002, 'State time out. will return to idle state', 'client', 'invalid-state', false],
  [872004, 'Received a signaling message but engine not init yet', 'client', 'not-initialized', false],
  [872100, 'Jmrtc engine init failed. appkey is empty', 'auth', 'app-key-invalid', false],
  [872102, 'Jmrtc engine init failed. due to network exception', 'network', 'request-failed', true],
  [872103, 'Jmrtc engine init failed. due to server return error', 'server', 'unexpected-response', true],
  [872104, 'Jmrtc engine init failed. due to server internal error', 'server', 'internal', true],
  [872105, 'Jmrtc engine init failed. required permission not granted', 'permission', 'no-permission', false],
];

const IOS: readonly Row[] = [
  [1, 'plugin param error!', 'validation', 'invalid', false],
  [2, 'plugin media file not exit!', 'media', 'not-found', false],
  [860015, 'Network downloading media failed', 'media', 'download-failed', true],
  [860021, 'Network result is invalid 服务器端返回的数据非预期', 'server', 'unexpected-response', true],
  [863004, 'user not logged in', 'auth', 'not-logged-in', false],
  [863005, 'Request number over flow (单次最大请求500个)', 'validation', 'too-large', false],
  [863007, 'User is logouting 用户正在退出的过程中', 'auth', 'logout-in-progress', true],
  [863008, 'Add friend fault 添加好友失败', 'friend', 'other', false],
  [863009, 'Delete friend fault 删除好友失败', 'friend', 'other', false],
  [864004, 'media CRC check failed', 'media', 'checksum-mismatch', true],
  [864007, 'Media Hash value verify failure', 'media', 'checksum-mismatch', true],
  [866005, 'This conversation has no avatar', 'media', 'not-found', false],
  [868001, 'ChatRoom not support 聊天室不支持', 'group', 'unsupported', false],
  [868002, 'ChatRoom not exist', 'group', 'not-found', false],
  [871001, 'network error or tcp can not connected.', 'network', 'connection-failed', true],
  [871002, 'the %@ operation cannot be performed in the %@ state.', 'client', 'invalid-state', false],
  [871003, 'parameter error', 'validation', 'invalid', false],
  [871004, 'JMessage user is not start or login!', 'auth', 'not-logged-in', false],
  [871005, 'currtent user login status is abnormal.', 'auth', 'other', false],
  [871006, 'the engine is not initialized.', 'client', 'not-initialized', false],
  [871008, 'user is already in the call session.', 'client', 'invalid-state', false],
];

const SERVER: readonly Row[] = [
  [786001, 'length of group announcement exceed limit', 'group', 'invalid-field', false],
  [787001, 'announcement not exist', 'group', 'not-found', false],
  [808006, 'max group member count error', 'group', 'invalid-field', false],
  [818004, 'repeated added member (blacklist)', 'friend', 'already-blocked', false],
  [818005, 'exceed max blacklist count', 'friend', 'limit-reached', false],
  [818006, 'target not allow to add blacklist', 'friend', 'no-permission', false],
  [819004, 'target not in blacklist', 'friend', 'not-blocked', false],
  [851007, 'members have been blacklisted (chat room)', 'group', 'no-permission', false],
  [898030, 'server response timeout, system busy', 'server', 'timeout', true],
  [898031, 'project not exist (音视频服务还未开通)', 'quota', 'feature-not-enabled', false],
  [899002, 'no such user', 'user', 'not-found', false],
  [7100001, 'notify target is null or target logout', 'message', 'recipient-offline', false],
  [7100006, 'not enough rtc trial time', 'quota', 'plan-upgrade-required', false],
  [7130001, 'request user no permission (set admin)', 'group', 'no-permission', false],
  [7130002, 'set member is admin', 'group', 'already-set', false],
  [7130003, 'set member is owner', 'group', 'invalid', false],
  [7130004, 'exceed admin max count', 'group', 'limit-reached', false],
  [7130006, 'set member not exist (not in the chat room)', 'group', 'not-member', false],
  [7131002, 'set member is not an admin', 'group', 'not-set', false],
  [7132002, 'owner can not be set to blacklist', 'group', 'no-permission', false],
  [7132004, 'chatroom not exist', 'group', 'not-found', false],
  [7132006, 'set member has in the blacklist', 'group', 'already-set', false],
  [7133001, 'delete target not in blacklist', 'group', 'not-set', false],
];

describe.each([
  ['android', ANDROID],
  ['ios', IOS],
] as const)('JMessage %s through the plugin callback { code, description }', (platform, rows) => {
  it('has at least 20 hand-checked rows over several kinds', () => {
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(new Set(rows.map((row) => row[2])).size).toBeGreaterThanOrEqual(7);
  });

  it.each(rows)('%i: %s', (code, description, kind, reason, retryable) => {
    const error = jmessage.normalize({ code, description }, { platform });
    expect(error).toMatchObject({ vendor: 'jmessage', platform, code, kind, reason, retryable });
    expect(error.vendorMessage).toBe(description);
    // The native callback `{ code, desc }` says the same.
    expect(jmessage.normalize({ code, desc: description }, { platform })).toMatchObject({ kind, reason, retryable });
  });
});

describe('JMessage server: REST bodies { error: { code, message } }', () => {
  it('has at least 20 hand-checked rows over several kinds', () => {
    expect(SERVER.length).toBeGreaterThanOrEqual(20);
    expect(new Set(SERVER.map((row) => row[2])).size).toBeGreaterThanOrEqual(6);
  });

  it.each(SERVER)('%i: %s', (code, message, kind, reason, retryable) => {
    const error = jmessage.normalize({ error: { code, message } });
    expect(error).toMatchObject({ vendor: 'jmessage', platform: 'server', code, kind, reason, retryable });
  });
});

describe('detection in im-errors/all', () => {
  it('gives seven-digit server codes to JMessage, in a REST body and as { code, description }', () => {
    expect(normalizeAny({ error: { code: 7132004, message: 'chatroom not exist' } })).toMatchObject({ vendor: 'jmessage', kind: 'group', reason: 'not-found' });
    expect(normalizeAny({ code: 7130002, description: 'set member is admin' })).toMatchObject({ vendor: 'jmessage', reason: 'already-set' });
  });

  it('calls the plugin\'s small codes ambiguous unless the vendor is named, then reads the platform table', () => {
    expect(normalizeAny({ code: 2, description: 'media file not exit!' })).toMatchObject({ vendor: 'unknown', reason: 'ambiguous-vendor' });
    expect(normalizeAny({ code: 2, description: 'media file not exit!' }, { vendor: 'jmessage', platform: 'ios' })).toMatchObject({ vendor: 'jmessage', kind: 'media', reason: 'not-found' });
  });
});

describe('JMessage shapes (properties)', () => {
  const documented = [...ANDROID, ...IOS, ...SERVER].map(([code]) => code);
  const code = fc.oneof(fc.integer({ min: -5, max: 10 }), fc.integer({ min: 760000, max: 900000 }), fc.integer({ min: 7099990, max: 7140000 }), fc.constantFrom(...documented));

  prop.prop([code, fc.constantFrom('web', 'ios', 'android', 'server'), fc.string()])(
    'the same code through every accepted shape of one platform gives the same kind and reason',
    (value, platform, text) => {
      const shapes: unknown[] = [value, String(value), { code: value, description: text }, { code: value, desc: text }, { code: value, message: text }];
      const results = shapes.map((raw) => jmessage.normalize(raw, { platform }));
      for (const result of results) expect([result.kind, result.reason, result.retryable]).toEqual([results[0]!.kind, results[0]!.reason, results[0]!.retryable]);
    },
  );

  prop.prop([anyInput, anyInput, fc.constantFrom(undefined, 'web', 'ios', 'android', 'server')])(
    'is total over hostile codes and descriptions, in every shape and on every platform',
    ({ value }, { value: description }, named) => {
      const options = named === undefined ? undefined : { platform: named };
      for (const raw of [{ code: value, description }, { code: value, desc: description }, { error: { code: value, message: description } }]) {
        const cyclic: Record<string, unknown> = { ...raw };
        cyclic.self = cyclic;
        for (const input of [raw, cyclic]) {
          const error = jmessage.normalize(input, options);
          expect(typeof error.kind).toBe('string');
          expect(error.cause).toBe(input);
        }
      }
    },
  );
});

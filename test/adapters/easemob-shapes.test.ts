/**
 * Easemob and Agora Chat on every platform, through the shapes each platform really reports: the React Native SDKs'
 * `ChatError` (the packages' own class), native callbacks `{ code, description }` / `{ code, desc }`, REST bodies
 * with their HTTP status. Each row is checked by hand against its line in `../shared/vendor-docs/easemob/`
 * (android-error.md, ios-error.md, server-side-error.md).
 */
import { createRequire } from 'node:module';
import { fc, it as prop } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { agora } from '../../adapters/agora/index.js';
import { easemob } from '../../adapters/easemob/index.js';
import { normalize as normalizeAny } from '../../src/all.js';
import { anyInput } from '../support/hostile.js';

const require = createRequire(import.meta.url);
type ChatErrorClass = new (params: { code: number; description: string }) => { code: number; description: string };
/** The real `ChatError` of each React Native SDK (plain classes: loadable without React Native). */
const CHAT_ERRORS: ReadonlyArray<readonly [string, ChatErrorClass]> = [
  ['react-native-chat-sdk', (require('react-native-chat-sdk/lib/commonjs/common/ChatError.js') as { ChatError: ChatErrorClass }).ChatError],
  ['react-native-agora-chat', (require('react-native-agora-chat/lib/commonjs/common/ChatError.js') as { ChatError: ChatErrorClass }).ChatError],
];
const ADAPTERS = [
  ['easemob', easemob],
  ['agora', agora],
] as const;

/** [code, the doc's constant, kind, reason, retryable] — native numbering (EMError / EMErrorCode). */
const NATIVE: ReadonlyArray<readonly [number, string, string, string, boolean]> = [
  [2, 'NETWORK_ERROR 无网络服务, 连接已断开', 'network', 'offline', true],
  [4, 'EXCEED_SERVICE_LIMIT 超过服务版本的数量限制', 'quota', 'account-limit-reached', false],
  [101, 'INVALID_USER_NAME 用户 ID 不正确', 'user', 'invalid-id', false],
  [104, 'INVALID_TOKEN token 为空或不正确', 'auth', 'invalid-credentials', false],
  [108, 'TOKEN_EXPIRED token 已过期', 'auth', 'token-expired', false],
  [200, 'USER_ALREADY_LOGIN 同一用户 ID 已经登录', 'auth', 'already-logged-in', false],
  [204, 'USER_NOT_FOUND 用户不存在', 'user', 'not-found', false],
  [206, 'USER_LOGIN_ANOTHER_DEVICE 在其他设备登录', 'auth', 'kicked-other-device', false],
  [215, 'USER_MUTED 在群组或聊天室中被禁言', 'message', 'sender-muted', false],
  [300, 'SERVER_NOT_REACHABLE 与消息服务器未保持连接', 'network', 'connection-failed', true],
  [301, 'SERVER_TIMEOUT 请求服务超时', 'network', 'timeout', true],
  [302, 'SERVER_BUSY 服务器忙碌, 稍后再尝试', 'server', 'busy', true],
  [305, 'SERVER_SERVICE_RESTRICTED app 被禁用', 'auth', 'app-disabled', false],
  [400, 'FILE_NOT_FOUND 获取不到日志文件 / 附件', 'media', 'not-found', false],
  [405, 'FILE_TOO_LARGE 超过文件大小限制', 'media', 'too-large', false],
  [500, 'MESSAGE_INVALID 消息为空 / ID 为空', 'message', 'invalid', false],
  [502, 'MESSAGE_SEND_TRAFFIC_LIMIT 发送消息过快', 'rate-limit', 'too-many-messages', true],
  [508, 'MESSAGE_EXTERNAL_LOGIC_BLOCKED 发送前回调拦截', 'message', 'rejected-by-callback', false],
  [509, 'MESSAGE_CURRENT_LIMITING 发送群聊消息超出频率限制', 'rate-limit', 'too-many-messages', true],
  [601, 'GROUP_ALREADY_JOINED 已在该群组中', 'group', 'already-member', false],
  [604, 'GROUP_MEMBERS_FULL 群组已满', 'group', 'full', false],
  [705, 'CHATROOM_NOT_EXIST 聊天室不存在', 'group', 'not-found', false],
  [901, 'USERINFO_DATALENGTH_EXCEED 用户属性太长', 'user', 'invalid-field', false],
  [1001, 'CONTACT_REACH_LIMIT 邀请者的联系人数量已达上限', 'friend', 'limit-reached', false],
  [1112, 'TRANSLATE_USAGE_LIMIT 翻译用量达到上限', 'quota', 'limit-reached', false],
  [1200, 'MODERATION_FAILED 审核结果为"拒绝"', 'message', 'content-rejected', false],
  [1302, 'REACTION_OPERATION_IS_ILLEGAL 没有操作权限', 'message', 'no-permission', false],
];

/** [status, error, error_description (as the page gives it), kind, reason, retryable] — the REST API. */
const REST: ReadonlyArray<readonly [number, string, string, string, string, boolean]> = [
  [400, 'invalid_grant', 'invalid username or password', 'auth', 'invalid-credentials', false],
  [400, 'invalid_grant', 'client_id does not match', 'auth', 'invalid-credentials', false],
  [400, 'json_parse', 'Unexpected character (‘=’ (code 61))', 'validation', 'malformed', false],
  [400, 'illegal_argument', "from can't be empty", 'validation', 'invalid', false],
  [400, 'illegal_argument', 'group member username1 doesn’t exist', 'user', 'not-found', false],
  [400, 'illegal_argument', 'username is not legal', 'user', 'invalid-id', false],
  [400, 'illegal_argument', 'message is too large', 'message', 'too-large', false],
  [400, 'invalid_parameter', 'some of [groupid] are not valid fields', 'group', 'invalid-field', false],
  [400, 'required_property_not_found', 'Entity user requires a property named username', 'user', 'not-found', false],
  [400, 'duplicate_unique_property_exists', 'Application null Entity user requires that property named username be unique, value of hxtest1 exists', 'user', 'already-exists', false],
  [400, '', 'ext is too big', 'validation', 'too-large', false],
  [400, '', 'too many queries', 'rate-limit', 'too-many-requests', true],
  [401, 'unauthorized', 'Unable to authenticate due to expired access token', 'auth', 'token-expired', false],
  [401, 'auth_bad_access_token', 'Unable to authenticate due to corrupt access token', 'auth', 'invalid-credentials', false],
  [403, 'forbidden_op', 'users [hxtest100] are not members of this group!', 'group', 'not-member', false],
  [403, 'forbidden_op', 'this appKey has create too many groups/chatrooms!', 'quota', 'limit-reached', false],
  [404, 'organization_application_not_found', 'Could not find application for hx/hxdeo2 from URI: hx/hxdeo2/token', 'auth', 'app-key-invalid', false],
  [404, 'storage_object_not_found', 'Failed to find chat message history download url', 'message', 'not-found', false],
  [413, 'Request Entity Too Large', 'Request Entity Too Large', 'validation', 'too-large', false],
  [415, 'web_application', 'Unsupported Media Type', 'validation', 'malformed', false],
  [429, 'reach_limit', 'This request has reached api limit', 'rate-limit', 'too-many-requests', true],
  [429, 'resource_limited', 'You have exceeded the limit of the Free edition. Please upgrade to higher edition.', 'quota', 'plan-upgrade-required', false],
  [500, 'no_full_text_index', 'Entity ‘user’ with property named ‘username’ is not full text indexed.', 'validation', 'unsupported', false],
];

describe.each(ADAPTERS)('%s on native (iOS, Android, React Native, Flutter)', (vendor, adapter) => {
  describe.each(CHAT_ERRORS)('a %s ChatError', (_sdk, ChatError) => {
    it.each(NATIVE)('%i %s', (code, line, kind, reason, retryable) => {
      const error = adapter.normalize(new ChatError({ code, description: line }));
      expect(error).toMatchObject({ vendor, platform: 'native', code, kind, reason, retryable, inferred: false });
      expect(error.cause).toBeInstanceOf(ChatError);
    });
  });

  it.each(NATIVE)('%i through a callback {code, desc} named android and ios, and as a bare code', (code, _line, kind, reason) => {
    for (const platform of ['android', 'ios', 'native'] as const) {
      for (const raw of [{ code, desc: 'x' }, { code, description: 'x' }, code, String(code)]) {
        expect(adapter.normalize(raw, { platform }), `${platform} ${JSON.stringify(raw)}`).toMatchObject({ vendor, platform: 'native', kind, reason });
      }
    }
  });

  it('reports android only where Android\'s own table answers (push binding, 1500–1502)', () => {
    expect(adapter.normalize({ code: 1501, description: 'bind failed' }, { platform: 'android' })).toMatchObject({ platform: 'android', kind: 'network', retryable: true });
    expect(adapter.normalize({ code: 1501, description: 'bind failed' }, { platform: 'ios' })).toMatchObject({ platform: 'native', reason: 'unmapped-code' });
  });

  it('reads the same number the native way, not the web seed\'s (web 510 is a lost WebSocket, native 510 a message too large)', () => {
    expect(adapter.normalize({ code: 510, description: 'MESSAGE_SIZE_LIMIT' })).toMatchObject({ kind: 'message', reason: 'too-large', retryable: false });
    expect(adapter.normalize({ type: 510, message: 'socket closed' })).toMatchObject({ platform: 'web', kind: 'network' });
  });

  it('keeps the description as the vendor message and never throws on a hostile description', () => {
    expect(adapter.normalize({ code: 204, description: 'user not found' }).vendorMessage).toBe('user not found');
    const description = { toString: () => { throw new Error('no'); } };
    expect(adapter.normalize({ code: 204, description })).toMatchObject({ vendor });
  });
});

describe.each(ADAPTERS)('%s REST bodies (server)', (vendor, adapter) => {
  it.each(REST)('%i %s "%s"', (status, error, description, kind, reason, retryable) => {
    const body = { error, error_description: description, exception: 'x.y.Z', timestamp: 1_700_000_000_000, duration: 0 };
    expect(adapter.normalize({ ...body, statusCode: status })).toMatchObject({ vendor, platform: 'server', httpStatus: status, kind, reason, retryable });
    if (error !== '') expect(adapter.normalize({ ...body, statusCode: status }).code).toBe(error);
  });

  it('tells 429 reach_limit (a per-second rate, retried after the 1 s window) from 429 resource_limited (the plan)', () => {
    expect(adapter.normalize({ error: 'reach_limit', error_description: 'This request has reached api limit', statusCode: 429 })).toMatchObject({ kind: 'rate-limit', retryAfterMs: 1000, recovery: 'wait' });
    expect(adapter.normalize({ error: 'resource_limited', error_description: 'You have exceeded the limit', statusCode: 429 })).toMatchObject({ kind: 'quota', recovery: 'upgrade-plan' });
  });

  it('reads the body without its status where the error string alone decides, and not where it does not', () => {
    expect(adapter.normalize({ error: 'reach_limit', error_description: 'This request has reached api limit' })).toMatchObject({ kind: 'rate-limit', platform: 'server' });
    // web_application is 415 (not JSON) or 500 (no such API): without the status, no row.
    expect(adapter.normalize({ error: 'web_application', error_description: 'x' })).toMatchObject({ kind: 'unknown', reason: 'unmapped-code' });
    expect(adapter.normalize({ error: 'web_application', error_description: 'x', status: 415 })).toMatchObject({ kind: 'validation', reason: 'malformed' });
  });

  it('falls back to the HTTP status for an error string the page does not list', () => {
    expect(adapter.normalize({ error: 'new_thing', error_description: 'x', httpStatus: 503 })).toMatchObject({ kind: 'server', retryable: true, httpStatus: 503 });
  });
});

describe('detection in im-errors/all', () => {
  it('calls a {code, description} below 10000 ambiguous (Easemob native, JMessage plugin) unless the vendor is named', () => {
    expect(normalizeAny({ code: 502, description: 'x' })).toMatchObject({ vendor: 'unknown', kind: 'unknown', reason: 'ambiguous-vendor' });
    expect(normalizeAny({ code: 502, description: 'x' }, { vendor: 'easemob' })).toMatchObject({ vendor: 'easemob', kind: 'rate-limit' });
    for (const [, ChatError] of CHAT_ERRORS) expect(normalizeAny(new ChatError({ code: 206, description: 'x' })).reason).toBe('ambiguous-vendor');
  });

  it('gives a {code, description} in 765000–899999 to JMessage', () => {
    expect(normalizeAny({ code: 801003, description: 'user not exist' })).toMatchObject({ vendor: 'jmessage', kind: 'user', reason: 'not-found' });
  });

  it('gives an Easemob REST body to Easemob and a JMessage REST body to JMessage', () => {
    expect(normalizeAny({ error: 'unauthorized', error_description: 'Unable to authenticate due to expired access token', statusCode: 401 })).toMatchObject({ vendor: 'easemob', platform: 'server', reason: 'token-expired' });
    expect(normalizeAny({ error: { code: 899003, message: 'x' } })).toMatchObject({ vendor: 'jmessage' });
  });
});

describe('Easemob / Agora native shapes (properties)', () => {
  const code = fc.oneof(fc.integer({ min: -10, max: 2000 }), fc.constantFrom(...NATIVE.map(([c]) => c)));
  const platform = fc.constantFrom('native', 'android', 'ios');

  prop.prop([fc.constantFrom(...ADAPTERS), code, platform, fc.string()])(
    'the same code through every accepted native shape gives the same kind and reason',
    ([, adapter], value, named, description) => {
      const [ChatError] = CHAT_ERRORS.map(([, Class]) => Class);
      const shapes: unknown[] = [value, String(value), { code: value, description }, { code: value, desc: description }, new ChatError!({ code: value, description })];
      const results = shapes.map((raw) => adapter.normalize(raw, { platform: named }));
      for (const result of results) expect([result.kind, result.reason, result.platform]).toEqual([results[0]!.kind, results[0]!.reason, results[0]!.platform]);
    },
  );

  prop.prop([fc.constantFrom(...REST), fc.constantFrom('statusCode', 'status', 'httpStatus')])(
    'a REST body gives the same kind and reason with its status in any of the fields callers use',
    ([status, error, description], field) => {
      const kinds = ['statusCode', field].map((key) => easemob.normalize({ error, error_description: description, [key]: status }));
      expect([kinds[1]!.kind, kinds[1]!.reason, kinds[1]!.httpStatus]).toEqual([kinds[0]!.kind, kinds[0]!.reason, status]);
    },
  );

  prop.prop([
    fc.constantFrom(...ADAPTERS),
    anyInput,
    anyInput,
    fc.constantFrom(undefined, 'web', 'native', 'server', 'android', 'ios'),
  ])('is total over hostile codes and descriptions, in every shape and on every platform', ([, adapter], { value }, { value: description }, named) => {
    const options = named === undefined ? undefined : { platform: named };
    for (const raw of [{ code: value, description }, { code: value, desc: description }, { error: value, error_description: description, statusCode: value }]) {
      const cyclic: Record<string, unknown> = { ...raw };
      cyclic.self = cyclic;
      for (const input of [raw, cyclic]) {
        const error = adapter.normalize(input, options);
        expect(typeof error.kind).toBe('string');
        expect(error.cause).toBe(input);
      }
    }
  });
});

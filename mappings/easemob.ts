import type { VendorMappings } from '../src/mapping.js';
import { easemobAndroidCodes, easemobIosCodes, easemobNativeCodes } from './easemob-native.js';
import { easemobRest, easemobRestTexts } from './easemob-rest.js';
import { UNMAPPED } from '../src/fallbacks.js';

/**
 * Where an Easemob / Agora Chat error comes from: `web` (the web and mini-program SDKs, `statusCode`), `native` (the
 * iOS, Android, React Native, Flutter, Unity and Windows SDKs, `EMError`), `server` (the REST API). `android` and
 * `ios` are accepted as aliases of `native` and are its sub-tables where the two numberings differ.
 */
export type EasemobPlatform = 'web' | 'native' | 'server' | 'android' | 'ios';

/**
 * Easemob (环信) / Agora Chat codes.
 *
 * `codes` holds every code of the seed `004_04899477e949c5d2.txt` (Web / mini-program SDK error codes: the numbers of
 * `error.type` and their `statusCode` names), judged from each seed line's Chinese description.
 *
 * `platforms.web` holds the members of the web SDK's `statusCode` enum that the seed does not document
 * (`easemob-websdk` 4.21.1 has 146 numbers, `agora-chat` 1.4.0 the same minus nine), judged from the constant name,
 * the SDK's own doc comment (`status.d.ts`) and, above all, where the SDK raises it (quoted as "SDK:"). They are a web
 * platform table because Android's `EMError` gives many of these numbers other meanings (300–354 are push, 400–407
 * files…). Members that are not errors (connection states, message kinds, group-event names) are left unmapped on
 * purpose: `scripts/sdk/unmapped.ts` lists them, and `test/sdk/conformance.test.ts` holds the tables to the
 * installed packages.
 *
 * The native SDKs' tables (`platforms.native`, and the `android` / `ios` sub-tables where the two numberings differ)
 * are in `easemob-native.ts`; `parents` makes `android` and `ios` parts of `native`, so a code is looked up in the
 * sub-table, then the native table, then `codes`.
 *
 * `ranges`: only the blocks where the web and the native numbering agree on a module — 5xx message sending,
 * 6xx groups, 7xx chat rooms; the first two yield `unknown` (their documented codes disagree on kind). 1100–1499 are not inferred: the two SDKs put different modules there (web 1100 presence /
 * 1101–1103 reactions / 1200–1204 translation / 1300–1301 threads + 1302–1304 message edits / 1400 conversations;
 * Android 1100–1101 presence / 1110–1113 translation / 1200, 1299 moderation / 1300–1302 reactions / 1400–1402 threads).
 *
 * `generic`: -2 REQUEST_UNKNOWN ("默认未区分类型的错误") and 17 WEBIM_CONNCTION_AJAX_ERROR ("请求服务器未成功时的默认
 * 错误"), both used by the SDK as catch-alls and both found wrapping a more specific error in `data`. 503
 * SERVER_UNKNOWN_ERROR is unspecified too but never wraps one (its `data` is `{id, mid}`, `""` or absent).
 */
export const easemobMappings: VendorMappings<EasemobPlatform> = {
  codes: {
    '-4': ['client', 'cancelled', false, 'none'], // REQUEST_ABORT 取消请求
    '-3': ['validation', 'invalid', false, 'fix-input'], // REQUEST_PARAMETER_ERROR 参数错误
    '-2': ['unknown', 'unrecognized', false, 'none'], // REQUEST_UNKNOWN 默认未区分类型的错误 (generic)
    '-1': ['network', 'timeout', true, 'retry'], // REQUEST_TIMEOUT 请求服务超时 (client-side request timeout)
    0: ['unknown', 'not-an-error', false, 'none'], // REQUEST_SUCCESS 操作成功
    1: ['auth', 'invalid-credentials', false, 'refresh-credentials'], // WEBIM_CONNCTION_OPEN_ERROR 登录失败: 获取 token 失败或 Token 无效 — audit: Token 无效: fetch a new token
    2: ['auth', 'invalid-credentials', false, 'relogin'], // WEBIM_CONNCTION_AUTH_ERROR 登录鉴权失败
    12: ['auth', 'invalid-credentials', false, 'refresh-credentials'], // WEBIM_CONNCTION_GETROSTER_ERROR Agora token 置换 Chat token 失败
    16: ['network', 'disconnected', true, 'check-network'], // WEBIM_CONNCTION_DISCONNECTED WebSocket 断开 (断网等)
    17: ['network', 'request-failed', true, 'retry'], // WEBIM_CONNCTION_AJAX_ERROR 服务请求的通用错误 (generic)
    27: ['auth', 'app-key-invalid', false, 'check-config'], // WEBIM_CONNCTION_APPKEY_NOT_ASSIGN_ERROR 未设置 / 错误的 App Key
    28: ['auth', 'missing-credentials', false, 'relogin'], // WEBIM_CONNCTION_TOKEN_NOT_ASSIGN_ERROR 未传 token (一般是没登录)
    31: ['client', 'callback-error', false, 'check-config'], // WEBIM_CONNCTION_CALLBACK_INNER_ERROR 应用的消息回调函数内部错误
    32: ['auth', 'not-logged-in', false, 'relogin'], // WEBIM_CONNCTION_CLIENT_OFFLINE 当前用户未登录
    39: ['auth', 'not-logged-in', false, 'relogin'], // WEBIM_CONNECTION_CLOSED 退出或未登录时发送消息
    40: ['auth', 'invalid-credentials', false, 'relogin'], // WEBIM_CONNECTION_ERROR 用户鉴权失败 (SDK also uses it for socket errors)
    50: ['quota', 'limit-reached', false, 'upgrade-plan'], // MAX_LIMIT 达到上限 (Reaction 数, 翻译用量, DAU/MAU, 在线数)
    51: ['message', 'not-found', false, 'fix-input'], // MESSAGE_NOT_FOUND 没查到消息 (如要举报的消息)
    52: ['permission', 'no-permission', false, 'fix-input'], // NO_PERMISSION 用户对当前操作没有权限
    53: ['validation', 'unsupported', false, 'fix-input'], // OPERATION_UNSUPPORTED 不支持的操作
    101: ['media', 'upload-failed', false, 'fix-input'], // WEBIM_UPLOADFILE_ERROR 上传文件失败 (如文件过大)
    102: ['auth', 'missing-credentials', false, 'relogin'], // WEBIM_UPLOADFILE_NO_LOGIN 上传请求未携带 token (未登录)
    200: ['media', 'download-failed', true, 'retry'], // WEBIM_DOWNLOADFILE_ERROR 下载文件失败 (如超时, 网络错误)
    204: ['user', 'not-found', false, 'fix-input'], // USER_NOT_FOUND 用户不存在
    205: ['message', 'invalid', false, 'fix-input'], // MESSAGE_PARAMETER_ERROR 消息参数错误
    206: ['auth', 'kicked-other-device', false, 'relogin'], // WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE 在其他设备登录被踢
    207: ['auth', 'account-removed', false, 'relogin'], // WEBIM_CONNCTION_USER_REMOVED 用户已被注销 (后台删除)
    208: ['auth', 'already-logged-in', false, 'none'], // WEBIM_USER_ALREADY_LOGIN 用户已登录
    216: ['auth', 'password-changed', false, 'relogin'], // WEBIM_CONNCTION_USER_KICKED_BY_CHANGE_PASSWORD 密码被修改
    217: ['auth', 'kicked-other-device', false, 'relogin'], // WEBIM_CONNCTION_USER_KICKED_BY_OTHER_DEVICE 被其他设备 / 后台踢下线
    219: ['message', 'sender-muted', false, 'none'], // USER_MUTED_BY_ADMIN 用户被全局禁言
    221: ['message', 'not-friend', false, 'none'], // USER_NOT_FRIEND 非好友禁止发消息 — audit: the peer or the console must change, not the request
    500: ['server', 'busy', true, 'retry'], // SERVER_BUSY 服务器忙碌
    501: ['message', 'content-rejected', false, 'fix-input'], // MESSAGE_INCLUDE_ILLEGAL_CONTENT 消息含有非法内容
    502: ['message', 'content-rejected', false, 'fix-input'], // MESSAGE_EXTERNAL_LOGIC_BLOCKED 反垃圾服务拦截消息
    503: ['server', 'unexpected-response', false, 'contact-support'], // SERVER_UNKNOWN_ERROR 服务端错误超出 SDK 处理范围
    504: ['message', 'recall-expired', false, 'none'], // MESSAGE_RECALL_TIME_LIMIT 撤回超出限定时间
    505: ['quota', 'feature-not-enabled', false, 'upgrade-plan'], // SERVICE_NOT_ENABLED 功能未开通
    506: ['message', 'sender-muted', false, 'none'], // SERVICE_NOT_ALLOW_MESSAGING 全员禁言时不在白名单
    507: ['message', 'sender-muted', false, 'none'], // SERVICE_NOT_ALLOW_MESSAGING_MUTE 在群组 / 聊天室被禁言
    508: ['message', 'content-rejected', false, 'fix-input'], // MESSAGE_MODERATION_BLOCKED 第三方内容审核拒绝
    509: ['rate-limit', 'too-many-messages', true, 'wait'], // MESSAGE_CURRENT_LIMITING 单个用户发消息超出频率限制
    510: ['network', 'disconnected', true, 'check-network'], // MESSAGE_WEBSOCKET_DISCONNECTED 网络断开 / 重连失败致发送失败
    511: ['message', 'too-large', false, 'fix-input'], // MESSAGE_SIZE_LIMIT 消息体大小超过限制
    512: ['network', 'timeout', true, 'retry'], // MESSAGE_SEND_TIMEOUT 发送消息超时
    601: ['group', 'already-member', false, 'none'], // GROUP_ALREADY_JOINED 已在群组内
    602: ['group', 'not-member', false, 'fix-input'], // GROUP_NOT_JOINED 不在群组内
    603: ['permission', 'no-permission', false, 'fix-input'], // PERMISSION_DENIED 用户无权限 (被拉黑, 改他人消息 / 群成员属性, 解散子区)
    604: ['client', 'callback-error', false, 'check-config'], // WEBIM_LOAD_MSG_ERROR 消息回调函数内部错误 — audit: seed: 消息回调函数内部错误 (the app's callback threw)
    605: ['group', 'not-found', false, 'fix-input'], // GROUP_NOT_EXIST 群组不存在
    606: ['group', 'full', false, 'none'], // GROUP_MEMBERS_FULL 群组已满
    607: ['quota', 'plan-upgrade-required', false, 'upgrade-plan'], // GROUP_MEMBERS_LIMIT 群成员上限超过套餐包上限
    609: ['group', 'other', false, 'none'], // GROUP_MEMBER_ATTRIBUTES_SET_FAILED 群成员属性设置失败
    700: ['auth', 'invalid-credentials', false, 'refresh-credentials'], // REST_PARAMS_STATUS 用户 token 或 App Key 不存在或不正确
    702: ['group', 'not-member', false, 'fix-input'], // CHATROOM_NOT_JOINED 被操作的人员不在聊天室
    704: ['group', 'full', false, 'none'], // CHATROOM_MEMBERS_FULL 聊天室已满
    705: ['group', 'not-found', false, 'fix-input'], // CHATROOM_NOT_EXIST 聊天室不存在
    800: ['client', 'storage', false, 'check-config'], // LOCAL_DB_OPERATION_FAILED 本地数据库操作失败 — audit: as Tencent 6019
    999: ['network', 'other', true, 'check-network'], // SDK_RUNTIME_ERROR Websocket 发送消息错误
    1100: ['validation', 'too-large', false, 'fix-input'], // PRESENCE_PARAM_EXCEED 自定义在线状态参数长度超限
    1101: ['message', 'already-exists', false, 'none'], // REACTION_ALREADY_ADDED Reaction 重复添加 (already in that state)
    1102: ['message', 'conflict', true, 'wait'], // REACTION_CREATING 其他人正在创建该 Reaction
    1103: ['message', 'no-permission', false, 'fix-input'], // REACTION_OPERATION_IS_ILLEGAL 对该 Reaction 没有操作权限
    1200: ['validation', 'invalid', false, 'fix-input'], // TRANSLATION_NOT_VALID 语言 code 不合法
    1201: ['message', 'too-large', false, 'fix-input'], // TRANSLATION_TEXT_TOO_LONG 翻译的文本过长 — review: the text of a message; the domain beats the generic kind
    1204: ['server', 'internal', true, 'retry'], // TRANSLATION_FAILED 获取翻译服务失败
    1300: ['group', 'not-found', false, 'fix-input'], // THREAD_NOT_EXIST 子区不存在
    1301: ['group', 'already-exists', false, 'none'], // THREAD_ALREADY_EXIST 该消息下子区已存在
    1302: ['message', 'not-found', false, 'fix-input'], // MODIFY_MESSAGE_NOT_EXIST 修改的消息不存在
    1304: ['message', 'other', false, 'none'], // MODIFY_MESSAGE_FAILED 消息修改失败
  },
  platforms: {
    // The web SDK's `statusCode` members the seed lacks. "SDK:" quotes where easemob-websdk 4.21.1 raises the code;
    // members it only declares (left over from the XMPP-era SDK, raised by older releases) are judged by name.
    web: {
      // SDK: open() without `user` rejects { type: 0, message: 'the user is empty or type is not string' }. 0 is also
      // REQUEST_SUCCESS, but the SDK puts that only on resolved results, never on a rejection or an event.
      0: ['auth', 'missing-credentials', false, 'fix-input'], // WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR (as Tencent 2002)
      // SDK: the password → token request answered { error, error_description } (wrong user name or password).
      3: ['auth', 'invalid-credentials', false, 'relogin'], // WEBIM_CONNCTION_OPEN_USERGRID_ERROR (as 2)
      4: ['auth', 'other', false, 'relogin'], // WEBIM_CONNCTION_ATTACH_ERROR: resuming an existing session failed
      5: ['auth', 'other', false, 'relogin'], // WEBIM_CONNCTION_ATTACH_USERGRID_ERROR: resuming a session failed
      6: ['network', 'connection-failed', true, 'check-network'], // WEBIM_CONNCTION_REOPEN_ERROR: reconnecting failed
      7: ['network', 'connection-reset', true, 'check-network'], // WEBIM_CONNCTION_SERVER_CLOSE_ERROR: server closed the connection
      8: ['server', 'internal', true, 'retry'], // WEBIM_CONNCTION_SERVER_ERROR: the connection server failed
      9: ['network', 'request-failed', true, 'retry'], // WEBIM_CONNCTION_IQ_ERROR: a request over the connection failed (as 17)
      10: ['network', 'disconnected', true, 'check-network'], // WEBIM_CONNCTION_PING_ERROR: heartbeat failed
      11: ['server', 'unexpected-response', true, 'retry'], // WEBIM_CONNCTION_NOTIFYVERSION_ERROR: version handshake failed
      13: ['client', 'unsupported', false, 'check-config'], // WEBIM_CONNCTION_CROSSDOMAIN_ERROR: cross-domain setup failed
      14: ['network', 'connection-failed', true, 'check-network'], // WEBIM_CONNCTION_LISTENING_OUTOF_MAXRETRIES: reconnects exhausted
      // An incoming message the SDK could not read: nothing was sent, so nothing to resend.
      15: ['server', 'unexpected-response', false, 'none'], // WEBIM_CONNCTION_RECEIVEMSG_CONTENTERROR
      18: ['group', 'other', false, 'none'], // WEBIM_CONNCTION_JOINROOM_ERROR: joining a chat room failed (as Tencent 2660)
      19: ['group', 'other', false, 'none'], // WEBIM_CONNCTION_GETROOM_ERROR: getting chat rooms failed
      20: ['group', 'other', false, 'none'], // WEBIM_CONNCTION_GETROOMINFO_ERROR: getting a chat room's info failed
      21: ['group', 'other', false, 'none'], // WEBIM_CONNCTION_GETROOMMEMBER_ERROR: getting chat room members failed
      22: ['group', 'other', false, 'none'], // WEBIM_CONNCTION_GETROOMOCCUPANTS_ERROR: getting chat room occupants failed
      // SDK: getChatRooms() failed with the server's { error, error_description } (sent to onError).
      23: ['group', 'other', false, 'none'], // WEBIM_CONNCTION_LOAD_CHATROOM_ERROR
      24: ['group', 'unsupported', false, 'check-config'], // WEBIM_CONNCTION_NOT_SUPPORT_CHATROOM_ERROR: chat rooms not enabled
      25: ['group', 'other', false, 'none'], // WEBIM_CONNCTION_JOINCHATROOM_ERROR: joining a chat room failed
      26: ['group', 'other', false, 'none'], // WEBIM_CONNCTION_QUITCHATROOM_ERROR: leaving a chat room failed
      29: ['auth', 'missing-credentials', false, 'relogin'], // WEBIM_CONNCTION_SESSIONID_NOT_ASSIGN_ERROR: no session (as 28)
      30: ['auth', 'missing-credentials', false, 'relogin'], // WEBIM_CONNCTION_RID_NOT_ASSIGN_ERROR: no session request id (as 28)
      33: ['auth', 'not-logged-in', false, 'relogin'], // WEBIM_CONNCTION_CLIENT_LOGOUT: the client logged out (as 39)
      34: ['rate-limit', 'too-many-connections', true, 'wait'], // WEBIM_CONNCTION_CLIENT_TOO_MUCH_ERROR: too many clients connected
      // SDK: HTTP 406 with error_code 90004.
      54: ['permission', 'operation-forbidden', false, 'fix-input'], // OPERATION_NOT_ALLOWED "An operation that is not allowed"
      // SDK: login answered "Sorry, token expired"; also what onTokenExpired means.
      56: ['auth', 'token-expired', false, 'refresh-credentials'], // WEBIM_TOKEN_EXPIRED
      // SDK: login refused with IM_FORBIDDEN ("Server serving disabled.").
      57: ['auth', 'app-disabled', false, 'contact-support'], // WEBIM_SERVER_SERVING_DISABLED
      100: ['client', 'unsupported', false, 'none'], // WEBIM_UPLOADFILE_BROWSER_ERROR: the browser cannot upload files
      103: ['media', 'not-found', false, 'fix-input'], // WEBIM_UPLOADFILE_NO_FILE: no file given (as Tencent 2401)
      201: ['auth', 'missing-credentials', false, 'relogin'], // WEBIM_DOWNLOADFILE_NO_LOGIN (as 102 WEBIM_UPLOADFILE_NO_LOGIN)
      202: ['client', 'unsupported', false, 'none'], // WEBIM_DOWNLOADFILE_BROWSER_ERROR: the browser cannot download files
      // SDK: mini-program file system could not read the file ("Read file failed").
      203: ['media', 'unreadable', false, 'fix-input'], // PARSE_FILE_ERROR (as Tencent 7007)
      // SDK: login refused with TOO_MANY_DEVICES. The per-account device cap (4 by default, up to 10 per platform) is a
      // console setting; the user may also sign out on another device.
      214: ['quota', 'limit-reached', false, 'check-config'], // USER_LOGIN_TOO_MANY_DEVICES
      // SDK: login refused with RESOURCE_CHANGED: the credentials belong to another device.
      220: ['auth', 'device-mismatch', false, 'relogin'], // USER_DEVICE_CHANGED
      // SDK: file download answered "chatfile no permission".
      222: ['media', 'download-failed', false, 'none'], // WEBIM_DOWNLOADFILE_ERROR_NO_PERMISSION
      // SDK: file download answered 404 "file_expired".
      223: ['media', 'expired', false, 'none'], // WEBIM_DOWNLOADFILE_ERROR_EXPIRED (as Tencent 1005)
      301: ['message', 'other', false, 'none'], // WEBIM_MESSAGE_REC_TEXT_ERROR: receiving a text message failed
      // SDK: server list (DNS) request failed; it always wraps the request's own error in `data` (see generic).
      304: ['network', 'connection-failed', true, 'check-network'], // SERVER_GET_DNSLIST_FAILED
      317: ['message', 'send-failed', false, 'none'], // WEBIM_MESSAGE_SED_ERROR: sending failed, unspecified (as Tencent 2100)
      // SDK (voice-to-text): 4001002.
      407: ['media', 'invalid', false, 'fix-input'], // FILE_INVALID "Invalid voice file"
      // SDK (voice-to-text): 4001003 "Voice duration exceeds 60 seconds".
      408: ['media', 'too-large', false, 'fix-input'], // FILE_DURATION_TOO_LONG
      // SDK (voice-to-text): 5021003 / 5001003, server failures.
      409: ['server', 'internal', true, 'retry'], // FILE_VOICE_TO_TEXT_FAILED (as Tencent 2118)
      // SDK (voice-to-text): 4041001 "File not found".
      410: ['media', 'not-found', false, 'fix-input'], // FILE_NOT_FOUND
      // SDK (voice-to-text): "uploaded file exceeds …".
      411: ['media', 'too-large', false, 'fix-input'], // FILE_TOO_LARGE
      // SDK: a stream message's `errorType` when its server stream stopped (stream_error 512 / 513); the message ends.
      513: ['message', 'other', false, 'none'], // MESSAGE_STREAM_INTERVAL_TIMEOUT: over 30 s between chunks (as Android 512)
      514: ['message', 'other', false, 'none'], // MESSAGE_STREAM_TIMEOUT: the stream as a whole timed out
      // SDK: "can not operate this group, reason: group is disabled".
      608: ['group', 'other', false, 'contact-support'], // GROUP_IS_DISABLED (as Android 607 GROUP_DISABLED)
      // SDK: message edit answered "Sorry, format is incorrect".
      1303: ['message', 'invalid', false, 'fix-input'], // MODIFY_MESSAGE_FORMAT_ERROR
      // SDK: error_code 91001.
      1400: ['message', 'not-found', false, 'fix-input'], // CONVERSATION_NOT_EXIST (as Tencent 2500 CONV_NOT_FOUND)
    },
    native: easemobNativeCodes,
    android: easemobAndroidCodes,
    ios: easemobIosCodes,
  },
  parents: { android: 'native', ios: 'native' },
  rest: easemobRest,
  ranges: [
    // Re-judged against the native tables: where a block's documented codes disagree on kind, an undocumented code
    // in it yields `unknown` / `unmapped-code` (the code kept as Easemob's, inferred) rather than a guessed kind.
    // 5xx message sending: message, but also server (500, 503 web), client (503 native), quota (505), rate limits
    // (502 native, 509) and network (510, 512 web).
    [500, 599, UNMAPPED, false],
    // 6xx groups: group, but also permission (603 web), client (604 web) and quota (607 web).
    [600, 699, UNMAPPED, false],
    // 7xx chat rooms: every native code 700–707 and web 702–705 is `group` (web 700 REST_PARAMS_STATUS, an auth
    // code outside the module, is in the web table).
    [700, 799, ['group', 'other', false, 'none'], false],
  ],
  // 304 SERVER_GET_DNSLIST_FAILED is raised only around the request that failed (304 → 304 → -2 / 17 / -1).
  generic: [-2, 17, 304],
  texts: [
    // Parameter checks throw a plain Error synchronously, with no `type`, naming the parameter after this text
    // (`Invalid parameter: "groupId"`, `"Invalid parameter": "to"`, `The parameter "pageSize" should be …`).
    ['Invalid parameter', ['validation', 'invalid', false, 'fix-input'], 'prefix'],
    ['"Invalid parameter"', ['validation', 'invalid', false, 'fix-input'], 'prefix'],
    ['The parameter "', ['validation', 'invalid', false, 'fix-input'], 'prefix'],
    ['illegal params', ['validation', 'invalid', false, 'fix-input'], 'exact'],
    // 1 WEBIM_CONNCTION_OPEN_ERROR is also what open() rejects with before trying anything:
    // a second open() while the first is still running — it is not a failed login, the first one decides.
    ['Currently logging in', ['auth', 'login-in-progress', true, 'wait'], 'prefix', 1],
    // open() called without the credential it needs, or with one of the wrong type.
    ['the param is illegal', ['auth', 'missing-credentials', false, 'fix-input'], 'exact', 1],
    ['the accessToken or pwd is illegal', ['auth', 'missing-credentials', false, 'fix-input'], 'exact', 1],
    ['the accessToken is illegal', ['auth', 'missing-credentials', false, 'fix-input'], 'exact', 1],
    ['the agoraToken is illegal', ['auth', 'missing-credentials', false, 'fix-input'], 'exact', 1],
    // REST answers told apart by their `error_description` within one `error` string.
    ...easemobRestTexts,
  ],
};

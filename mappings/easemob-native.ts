import type { CodeTable } from '../src/mapping.js';

/*
 * Easemob (环信) / Agora Chat native codes: the numbering of the Android `EMError` and the iOS `EMErrorCode`, which
 * the bridges over them (React Native, Flutter, Unity, Windows) pass on unchanged.
 *
 * Sources, each code judged from its own line (docs/mapping-rules.md):
 * - `../shared/vendor-docs/easemob/android-error.md` (100 codes) and `ios-error.md` (94 codes): easemob/easemob-doc
 *   `docs/document/{android,ios}/error.md`, 2023-04. `react-native-error.md` and `flutter-error.md` only point to
 *   those two: the bridges use the native numbering.
 * - The newer pages of the same repository (easemob/easemob-doc `docs/document/android/error.md` at 579d42c0 and at
 *   02e2e484, `docs/document/ios/error.md` at 02e2e484) and, for 512, the Android / HarmonyOS pages that document the
 *   stream-message codes. Where they and the 2023-04 documents disagree the newer one wins: the current meaning is
 *   mapped and the line says "newer" and notes the old one. They disagree on 605 / 606 (2023-04 Android and iOS: 605
 *   GROUP_NOT_EXIST; 2023-04 iOS: 606 EMErrorGroupSharedFileInvalidId; newer, both platforms: 605
 *   GROUP_SHARED_FILE_INVALIDID, 606 GROUP_NOT_EXIST). The newer pages also document, on both platforms, codes one of
 *   the 2023-04 documents lacks (0 and 3 on iOS / Android, 108–110 and 220 on iOS) and codes neither has (8, 407,
 *   510–512, 607, 608, 613, 706, 707): they are mapped here too, because a native code missing from these tables
 *   would fall back to the web seed's meaning of the same number (web 510 is a lost WebSocket, native 510 a message
 *   too large; web 607 a plan limit, native 607 a disabled group).
 * - The React Native SDKs' JavaScript (`react-native-chat-sdk` 1.11.4, `react-native-agora-chat` 1.3.5): the codes
 *   they raise themselves (1 and -1; `scripts/sdk/react-native.ts` reads them, `test/sdk/react-native.test.ts` holds
 *   them mapped).
 *
 * How the tables split: {@link easemobNativeCodes} holds every code whose meaning the two platforms share (all but
 * the push-binding codes 1500–1502, which only Android has: iOS registers with APNs itself). No code means one thing
 * on Android and another on iOS in any of these documents, so {@link easemobIosCodes} is empty; it stays, so that a
 * difference, when one appears, has its place.
 *
 * React Native's error shape (both packages define it the same way): `ChatError` is a plain class, not an `Error`
 * (no `name`, no `message`, no `stack`), with two fields set by its constructor —
 *   react-native-chat-sdk/src/common/ChatError.ts:4   `export class ChatError {`
 *   react-native-chat-sdk/src/common/ChatError.ts:12  `code: number;` (the native `EMError` code)
 *   react-native-chat-sdk/src/common/ChatError.ts:16  `description: string;`
 *   react-native-chat-sdk/src/common/ChatError.ts:18  `constructor(params: { code: number; description: string })`
 *   react-native-chat-sdk/src/common/ChatError.ts:27  `export class ChatException extends ChatError {}` (sent to
 *   `onExcept` listeners, not thrown)
 * (react-native-agora-chat/src/common/ChatError.ts: the same lines). Native failures reach JavaScript as
 * `result.error = { code, description }` and are thrown as `new ChatError(result.error)`
 * (react-native-chat-sdk/src/__internal__/Native.ts:11, react-native-agora-chat/src/__internal__/Native.ts:14); the
 * bridge builds that object from the native error (Android `ExtSdkErrorHelper.toJson` / `ExtSdkExceptionHelper`, iOS
 * `EMError (Json)`: `code` and `description`).
 */

/**
 * Codes where the Android and iOS documents agree (the native numbering). Complete: every native code but the ones
 * in {@link easemobAndroidCodes} and {@link easemobIosCodes}.
 *
 * @example
 * easemobNativeCodes[606]; // ['group', 'not-found', false, 'fix-input'] — GROUP_NOT_EXIST (newer numbering)
 */
export const easemobNativeCodes: CodeTable = {
  // SDK (React Native only): `new ChatOptions({})` without either — ChatOptions.ts:279 "appId and appKey cannot be
  // undefined at the same time!". The native SDKs document no -1 (web -1 is a request timeout).
  '-1': ['auth', 'app-key-invalid', false, 'check-config'],
  0: ['unknown', 'not-an-error', false, 'none'], // EM_NO_ERROR / EMErrorNoError 操作成功 (iOS: newer; 2023-04 iOS returns nil)
  // GENERAL_ERROR / EMErrorGeneral 默认未区分类型的错误 (SDK 未正确初始化, 或请求服务器时未识别出具体原因). The
  // React Native JS layer also raises it for its own checks (not logged in, unsupported type, module not linked…).
  1: ['unknown', 'unrecognized', false, 'none'],
  2: ['network', 'offline', true, 'check-network'], // NETWORK_ERROR / EMErrorNetworkUnavailable 无网络服务, 与服务器的连接已断开
  3: ['client', 'storage', false, 'check-config'], // EMErrorDatabaseOperationFailed / DATABASE_ERROR 打开本地数据库失败 (Android: newer; as web 800)
  // EXCEED_SERVICE_LIMIT 超过服务版本的数量限制 (如创建的用户 ID 数量超过购买服务的限制). Newer: also reported when
  // the user-attribute APIs are called too often; the documented cap, not the rate, is mapped.
  4: ['quota', 'account-limit-reached', false, 'upgrade-plan'],
  5: ['quota', 'other', false, 'contact-support'], // SERVICE_ARREARAGES 服务欠费 (已废弃)
  8: ['quota', 'plan-upgrade-required', false, 'upgrade-plan'], // APP_ACTIVE_NUMBER_REACH_LIMITATION DAU / MAU 达到上限, 需升级 IM 服务 (newer)
  100: ['auth', 'app-key-invalid', false, 'check-config'], // INVALID_APP_KEY App Key 格式不正确
  101: ['user', 'invalid-id', false, 'fix-input'], // INVALID_USER_NAME 用户 ID 不正确 (如为空)
  102: ['auth', 'invalid-credentials', false, 'fix-input'], // INVALID_PASSWORD 登录密码为空或不正确 — wrong password: retype it
  103: ['validation', 'invalid', false, 'fix-input'], // INVALID_URL URL 不正确 (已废弃)
  104: ['auth', 'invalid-credentials', false, 'refresh-credentials'], // INVALID_TOKEN 登录时提供的 token 为空或不正确
  105: ['user', 'invalid-id', false, 'fix-input'], // USER_NAME_TOO_LONG 用户 ID 过长 (64 字节)
  108: ['auth', 'token-expired', false, 'refresh-credentials'], // TOKEN_EXPIRED / EMErrorTokenExpire token 已过期 (iOS: newer)
  // TOKEN_WILL_EXPIRE / EMErrorTokeWillExpire token 即将过期 (iOS: newer): a warning, the session still works —
  // renew the token, nothing failed yet, so not `token-expired`.
  109: ['auth', 'other', false, 'refresh-credentials'],
  110: ['validation', 'invalid', false, 'fix-input'], // INVALID_PARAM / EMErrorInvalidParam 参数无效 (iOS: newer)
  200: ['auth', 'already-logged-in', false, 'none'], // USER_ALREADY_LOGIN / EMErrorUserAlreadyLoginSame 同一用户 ID 已经登录
  201: ['auth', 'not-logged-in', false, 'relogin'], // USER_NOT_LOGIN 未登录时发送消息或操作群组
  202: ['auth', 'invalid-credentials', false, 'refresh-credentials'], // USER_AUTHENTICATION_FAILED token 鉴权失败或已过期
  203: ['user', 'already-exists', false, 'fix-input'], // USER_ALREADY_EXIST 注册的用户 ID 已存在
  204: ['user', 'not-found', false, 'fix-input'], // USER_NOT_FOUND 用户 ID 不存在
  205: ['user', 'invalid-field', false, 'fix-input'], // USER_ILLEGAL_ARGUMENT 用户 ID 格式不符, 或用户属性为空
  206: ['auth', 'kicked-other-device', false, 'relogin'], // USER_LOGIN_ANOTHER_DEVICE 在其他设备登录, 当前设备被踢下线
  207: ['auth', 'account-removed', false, 'relogin'], // USER_REMOVED 用户已被注销 (后台删除)
  208: ['user', 'other', false, 'check-config'], // USER_REG_FAILED 注册失败 (如未开启开放注册)
  // USER_UPDATEINFO_FAILED / EMErrorUpdateApnsConfigsFailed 更新推送昵称或免打扰配置失败 (user settings). Newer:
  // "延迟一段时间后，重新调用".
  209: ['user', 'other', true, 'retry'],
  210: ['permission', 'no-permission', false, 'fix-input'], // USER_PERMISSION_DENIED 用户无权限 (如被封禁后发消息)
  211: ['user', 'other', false, 'fix-input'], // USER_BINDDEVICETOKEN_FAILED 更新推送 token 错误 (已废弃; newer: 绑定失败, 检查 token 是否为空)
  212: ['user', 'other', true, 'retry'], // USER_UNBIND_DEVICETOKEN_FAILED 更新推送 token 错误 (已废弃; newer: logout 时解绑失败, 可再次调用)
  // USER_BIND_ANOTHER_DEVICE 已在另外设备登录, 且先登录的设备优先: this login is refused (已废弃). Newer: enable
  // multi-device login or kick the other device first.
  213: ['auth', 'already-logged-in', false, 'check-config'],
  214: ['quota', 'limit-reached', false, 'check-config'], // USER_LOGIN_TOO_MANY_DEVICES 登录设备数超过限制 (as web 214)
  215: ['message', 'sender-muted', false, 'none'], // USER_MUTED 在群组或聊天室中被禁言
  216: ['auth', 'password-changed', false, 'relogin'], // USER_KICKED_BY_CHANGE_PASSWORD 密码被修改, 登录断开
  217: ['auth', 'kicked-other-device', false, 'relogin'], // USER_KICKED_BY_OTHER_DEVICE 被其他设备或管理后台强制退出 (as web 217)
  218: ['auth', 'already-logged-in', false, 'relogin'], // USER_ALREADY_LOGIN_ANOTHER 未退出前又用另一账户登录: log out first
  219: ['message', 'sender-muted', false, 'none'], // USER_MUTED_BY_ADMIN 被管理员禁言
  220: ['auth', 'device-mismatch', false, 'relogin'], // USER_DEVICE_CHANGED 登录设备与上次不一致 (iOS: newer; as web 220)
  221: ['message', 'not-friend', false, 'none'], // USER_NOT_ON_ROSTER (iOS: USER_NOT_FRIEND) 非好友禁止发消息
  300: ['network', 'connection-failed', true, 'check-network'], // SERVER_NOT_REACHABLE 与消息服务器未保持连接 / 网络太差
  301: ['network', 'timeout', true, 'retry'], // SERVER_TIMEOUT 请求服务超时 (30 / 60 秒内服务器未响应: the SDK's own timeout)
  302: ['server', 'busy', true, 'retry'], // SERVER_BUSY 服务器忙碌, 稍后再试
  // SERVER_UNKNOWN_ERROR 服务请求的通用错误码: 请求服务器未成功时的默认错误, 需根据日志排查 (newer: 提供日志).
  303: ['server', 'other', false, 'contact-support'],
  304: ['network', 'connection-failed', true, 'check-network'], // SERVER_GET_DNSLIST_FAILED 获取服务器配置失败 (newer: 一般为网络问题)
  305: ['auth', 'app-disabled', false, 'contact-support'], // SERVER_SERVICE_RESTRICTED / EMErrorServerServingForbidden app 被禁用
  400: ['media', 'not-found', false, 'none'], // FILE_NOT_FOUND 获取不到日志文件, 或附件已不存在
  401: ['media', 'invalid', false, 'fix-input'], // FILE_INVALID 上传附件或群共享文件时文件异常
  402: ['media', 'upload-failed', false, 'none'], // FILE_UPLOAD_FAILED 上传消息附件失败 (cause unspecified)
  403: ['media', 'download-failed', true, 'retry'], // FILE_DOWNLOAD_FAILED 下载消息附件失败 (newer: 可能是网络原因; as web 200)
  404: ['client', 'storage', false, 'none'], // FILE_DELETE_FAILED 删除旧日志文件失败 (local files)
  405: ['media', 'too-large', false, 'fix-input'], // FILE_TOO_LARGE 附件或群共享文件超过大小限制
  406: ['media', 'invalid', false, 'fix-input'], // FILE_CONTENT_IMPROPER 附件或群共享文件内容不合规
  407: ['media', 'expired', false, 'none'], // FILE_IS_EXPIRED / EMErrorFileExpired 附件或群共享文件已过期 (newer; as web 223)
  500: ['message', 'invalid', false, 'fix-input'], // MESSAGE_INVALID 消息为空 / ID 为空 / 发送方不是当前用户
  501: ['message', 'content-rejected', false, 'fix-input'], // MESSAGE_INCLUDE_ILLEGAL_CONTENT 被过滤系统识别为非法消息
  502: ['rate-limit', 'too-many-messages', true, 'wait'], // MESSAGE_SEND_TRAFFIC_LIMIT 发送消息过快, 触发限流 (not in the newer pages)
  503: ['client', 'internal', false, 'contact-support'], // MESSAGE_ENCRYPTION_ERROR 消息加密错误 (已废弃)
  504: ['message', 'recall-expired', false, 'none'], // MESSAGE_RECALL_TIME_LIMIT 撤回超过时间限制
  505: ['quota', 'feature-not-enabled', false, 'upgrade-plan'], // SERVICE_NOT_ENABLED 使用未开通的功能 (as web 505)
  506: ['message', 'other', false, 'none'], // MESSAGE_EXPIRED 群消息回执超过时间限制 (默认 3 天)
  507: ['message', 'sender-muted', false, 'none'], // MESSAGE_ILLEGAL_WHITELIST 全员禁言时不在白名单中
  508: ['message', 'rejected-by-callback', false, 'none'], // MESSAGE_EXTERNAL_LOGIC_BLOCKED 被应用服务器的发送前回调规则拦截
  509: ['rate-limit', 'too-many-messages', true, 'wait'], // MESSAGE_CURRENT_LIMITING 单个用户 ID 发消息超出频率限制
  510: ['message', 'too-large', false, 'fix-input'], // MESSAGE_SIZE_LIMIT 消息体大小超过上限 (newer; web 510 is a lost WebSocket)
  511: ['message', 'other', false, 'none'], // MESSAGE_EDIT_FAILED / EMErrorEditFailed 消息修改失败 (newer)
  512: ['message', 'other', false, 'none'], // MESSAGE_STREAM_INTERVAL_TIMEOUT 流式消息分片间隔超 30 秒, 已终止 (newer)
  600: ['group', 'invalid-id', false, 'fix-input'], // GROUP_INVALID_ID 群组 ID 为空
  601: ['group', 'already-member', false, 'none'], // GROUP_ALREADY_JOINED 已在该群组中
  602: ['group', 'not-member', false, 'fix-input'], // GROUP_NOT_JOINED 未加入该群组
  603: ['group', 'no-permission', false, 'fix-input'], // GROUP_PERMISSION_DENIED 无权限的群组操作
  604: ['group', 'full', false, 'none'], // GROUP_MEMBERS_FULL 群组已达到人数上限
  // Newer (both platforms): GROUP_SHARED_FILE_INVALIDID 群组共享文件 ID 不合法. Old (2023-04 Android and iOS): 605
  // GROUP_NOT_EXIST 群组不存在, now 606.
  605: ['group', 'invalid', false, 'fix-input'],
  // Newer (both platforms): GROUP_NOT_EXIST 群组不存在. Old (2023-04 iOS): 606 EMErrorGroupSharedFileInvalidId
  // 共享文件 ID 为空, now 605.
  606: ['group', 'not-found', false, 'fix-input'],
  607: ['group', 'other', false, 'contact-support'], // GROUP_DISABLED 群组被 (RESTful API) 禁用 (newer; web 607 is a plan limit)
  608: ['group', 'invalid-field', false, 'fix-input'], // GROUP_NAME_VIOLATION 群组名称无效 (含敏感信息) (newer)
  609: ['group', 'limit-reached', false, 'fix-input'], // GROUP_MEMBER_ATTRIBUTES_REACH_LIMIT 群成员自定义属性达到上限
  610: ['group', 'other', false, 'none'], // GROUP_MEMBER_ATTRIBUTES_UPDATE_FAILED 设置群成员自定义属性失败
  611: ['group', 'invalid-field', false, 'fix-input'], // GROUP_MEMBER_ATTRIBUTES_KEY_REACH_LIMIT 属性 key 超过 16 字节
  612: ['group', 'invalid-field', false, 'fix-input'], // GROUP_MEMBER_ATTRIBUTES_VALUE_REACH_LIMIT 属性 value 超过 512 字节
  613: ['group', 'no-permission', false, 'none'], // GROUP_USER_IN_BLOCKLIST 用户在群组黑名单中 (newer)
  700: ['group', 'invalid-id', false, 'fix-input'], // CHATROOM_INVALID_ID 聊天室 ID 为空
  701: ['group', 'already-member', false, 'none'], // CHATROOM_ALREADY_JOINED 已在该聊天室中
  702: ['group', 'not-member', false, 'fix-input'], // CHATROOM_NOT_JOINED 未加入该聊天室
  703: ['group', 'no-permission', false, 'fix-input'], // CHATROOM_PERMISSION_DENIED 无权限的聊天室操作
  704: ['group', 'full', false, 'none'], // CHATROOM_MEMBERS_FULL 聊天室已达到人数上限
  705: ['group', 'not-found', false, 'fix-input'], // CHATROOM_NOT_EXIST 聊天室不存在
  // CHATROOM_OWNER_NOT_ALLOW_LEAVE 聊天室所有者不允许离开 (EMOptions#allowChatroomOwnerLeave 为 false) (newer).
  706: ['group', 'owner-cannot-leave', false, 'check-config'],
  707: ['group', 'no-permission', false, 'none'], // CHATROOM_USER_IN_BLOCKLIST 用户在聊天室黑名单中 (newer)
  // USERINFO_USERCOUNT_EXCEED 一次获取用户属性的用户个数超过 100: a cap on the request (no user reason says it).
  900: ['validation', 'limit-reached', false, 'fix-input'],
  901: ['user', 'invalid-field', false, 'fix-input'], // USERINFO_DATALENGTH_EXCEED 用户属性太长 (单个用户不超过 2 KB)
  903: ['validation', 'invalid', false, 'fix-input'], // TRANSLATE_INVALID_PARAMS 翻译参数无效
  904: ['server', 'internal', true, 'retry'], // TRANSLATE_FAIL 翻译失败 (iOS: 翻译服务接口返回错误)
  905: ['client', 'not-initialized', false, 'check-config'], // TRANSLATE_NOT_INIT 翻译模块未初始化
  1000: ['friend', 'other', false, 'none'], // CONTACT_ADD_FAILED 添加联系人失败
  1001: ['friend', 'limit-reached', false, 'none'], // CONTACT_REACH_LIMIT 邀请者的联系人数量达到上限
  1002: ['friend', 'peer-limit-reached', false, 'none'], // CONTACT_REACH_LIMIT_PEER 受邀请者联系人达到上限
  1100: ['validation', 'too-large', false, 'fix-input'], // PRESENCE_PARAM_LENGTH_EXCEED Presence 参数长度超限 (as web 1100)
  1101: ['validation', 'invalid', false, 'fix-input'], // PRESENCE_CANNOT_SUBSCRIBE_YOURSELF 不能订阅自己的状态
  1110: ['validation', 'invalid', false, 'fix-input'], // TRANSLATE_PARAM_INVALID 翻译参数错误
  1111: ['quota', 'feature-not-enabled', false, 'upgrade-plan'], // TRANSLATE_SERVICE_NOT_ENABLE 翻译服务未启用 (as 505)
  1112: ['quota', 'limit-reached', false, 'upgrade-plan'], // TRANSLATE_USAGE_LIMIT 翻译用量达到上限
  1113: ['server', 'internal', true, 'retry'], // TRANSLATE_MESSAGE_FAIL 获取翻译服务失败 (as web 1204)
  1200: ['message', 'content-rejected', false, 'fix-input'], // MODERATION_FAILED 第三方内容审核结果为"拒绝"
  1299: ['message', 'content-rejected', false, 'fix-input'], // THIRD_SERVER_FAILED 其他服务的审核结果为"拒绝"
  1300: ['quota', 'limit-reached', false, 'upgrade-plan'], // REACTION_REACH_LIMIT Reaction 数量已达到限制 (cf. web 50)
  1301: ['message', 'already-exists', false, 'none'], // REACTION_HAS_BEEN_OPERATED Reaction 重复添加 (cf. web 1101)
  1302: ['message', 'no-permission', false, 'fix-input'], // REACTION_OPERATION_IS_ILLEGAL 对该 Reaction 没有操作权限
  1400: ['group', 'not-found', false, 'fix-input'], // THREAD_NOT_EXIST 子区不存在 (as web 1300)
  1401: ['group', 'already-exists', false, 'none'], // THREAD_ALREADY_EXIST 该消息下子区已存在 (as web 1301)
  1402: ['message', 'invalid', false, 'fix-input'], // THREAD_CREATE_MESSAGE_ILLEGAL 创建子区的消息无效 (父消息被撤回或不可用)
};

/**
 * Android-only codes, or Android meanings that differ from iOS: the third-party push codes (iOS uses APNs).
 *
 * @example
 * easemobAndroidCodes[1500]; // ['client', 'unsupported', false, 'check-config'] — PUSH_NOT_SUPPORT
 */
export const easemobAndroidCodes: CodeTable = {
  1500: ['client', 'unsupported', false, 'check-config'], // PUSH_NOT_SUPPORT 配置的第三方推送在当前设备上不支持
  // PUSH_BIND_FAILED 第三方推送 token 上传到服务器失败 (newer: 检查网络, 再次 bindDeviceToken).
  1501: ['network', 'request-failed', true, 'retry'],
  // PUSH_UNBIND_FAILED 解绑第三方推送 token 失败 (newer: 可再次调用 logout, 或不解绑退出).
  1502: ['network', 'request-failed', true, 'retry'],
};

/**
 * iOS-only codes, or iOS meanings that differ from Android. None in the documents: 3 (EMErrorDatabaseOperationFailed)
 * and 606, the codes only the 2023-04 iOS page has, are on both platforms in the newer pages.
 *
 * @example
 * easemobIosCodes[3]; // undefined — 3 is in easemobNativeCodes
 */
export const easemobIosCodes: CodeTable = {};

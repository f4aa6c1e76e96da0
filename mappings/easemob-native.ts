/**
 * Easemob / Agora Chat native SDK codes (`EMError` of the iOS, Android, React Native, Flutter, Unity and Windows
 * SDKs): the `native` table and its `android` / `ios` sub-tables, read through `easemobMappings.parents`
 * (android → native → common `codes`).
 */
import type { CodeTable } from '../src/mapping.js';

/** Codes the native SDKs give one meaning on every native platform, where it differs from the common table. */
export const easemobNativeCodes: CodeTable = {};

/**
 * `easemobAndroidCodes` holds the numbers that the Android SDK's `EMError` uses for something else, as documented in
 * easemob/easemob-doc `docs/document/android/error.md` (commit 579d42c0e50e8d275d98c76051825e03b0cc8235), cross-checked
 * with the older `EMError` constants mirrored in im_flutter_sdk (`MESSAGE_SEND_TRAFFIC_LIMIT = 502`,
 * `MESSAGE_ENCRYPTION_ERROR = 503`, `GROUP_MEMBERS_FULL = 604` …) and, for 512 (`MESSAGE_STREAM_INTERVAL_TIMEOUT`),
 * the newer Android / HarmonyOS error pages (easemob/easemob-doc `docs/document/harmonyos/error.md`). Android numbers
 * that the seed does not use (3, 4, 8, 100, 103–112, 201–203, 209–215, 218, 220, 300–354, 400–407, 610–613, 701, 703,
 * 706, 707, 900, 901, 1000–1002, 1110–1113, 1299, 1400–1402, 1500–1502) are not mapped yet.
 */
// Android `EMError` (easemob-doc docs/document/android/error.md @579d42c unless noted). Only numbers the seed also
// uses, and only where Android's meaning differs. Same meaning, not repeated: 0, 204, 206, 207, 216, 217, 219,
// 221 (USER_NOT_ON_ROSTER), 501, 504, 505, 507 (MESSAGE_ILLEGAL_WHITELIST: not whitelisted under mute-all, still
// sender-muted), 509, 601, 602, 702, 704, 705, 1100 (PRESENCE_PARAM_LENGTH_EXCEED).
export const easemobAndroidCodes: CodeTable = {
  1: ['unknown', 'unrecognized', false, 'none'], // GENERAL_ERROR 默认未区分类型的错误
  2: ['network', 'offline', true, 'check-network'], // NETWORK_ERROR 无网络服务, 与服务器连接已断开
  101: ['user', 'invalid-id', false, 'fix-input'], // INVALID_USER_NAME 用户 ID 不正确 (如为空)
  102: ['auth', 'invalid-credentials', false, 'fix-input'], // INVALID_PASSWORD 用户密码不正确 — audit: wrong password: retype it
  200: ['auth', 'already-logged-in', false, 'none'], // USER_ALREADY_LOGIN 用户已经登录
  205: ['user', 'invalid-field', false, 'fix-input'], // USER_ILLEGAL_ARGUMENT 用户参数不正确 (用户 ID 格式, 用户属性)
  208: ['user', 'other', false, 'check-config'], // USER_REG_FAILED 注册失败 (如未开启开放注册)
  500: ['message', 'invalid', false, 'fix-input'], // MESSAGE_INVALID 消息为空 / ID 为空 / 发送方不是当前用户
  502: ['rate-limit', 'too-many-messages', true, 'wait'], // MESSAGE_SEND_TRAFFIC_LIMIT 发送消息过快, 触发限流
  503: ['client', 'internal', false, 'contact-support'], // MESSAGE_ENCRYPTION_ERROR 消息加密错误 (已废弃)
  506: ['message', 'other', false, 'none'], // MESSAGE_EXPIRED 群消息回执超过时间限制 (默认 3 天)
  508: ['message', 'rejected-by-callback', false, 'none'], // MESSAGE_EXTERNAL_LOGIC_BLOCKED 发送前回调被应用服务器规则拦截
  510: ['message', 'too-large', false, 'fix-input'], // MESSAGE_SIZE_LIMIT 消息体大小超过上限
  511: ['message', 'other', false, 'none'], // MESSAGE_EDIT_FAILED 消息修改失败
  512: ['message', 'other', false, 'none'], // MESSAGE_STREAM_INTERVAL_TIMEOUT 流式消息分片间隔超 30 秒, 已终止 (newer docs)
  603: ['group', 'no-permission', false, 'fix-input'], // GROUP_PERMISSION_DENIED 无权限的群组操作
  604: ['group', 'full', false, 'none'], // GROUP_MEMBERS_FULL 群组已满
  605: ['group', 'invalid', false, 'fix-input'], // GROUP_SHARED_FILE_INVALIDID 群组共享文件 ID 不合法
  606: ['group', 'not-found', false, 'fix-input'], // GROUP_NOT_EXIST 群组不存在
  607: ['group', 'other', false, 'contact-support'], // GROUP_DISABLED 群组被禁用
  609: ['group', 'limit-reached', false, 'fix-input'], // GROUP_MEMBER_ATTRIBUTES_REACH_LIMIT 群成员自定义属性达到上限
  700: ['group', 'invalid-id', false, 'fix-input'], // CHATROOM_INVALID_ID 聊天室 ID 异常 (为空)
  1101: ['validation', 'invalid', false, 'fix-input'], // PRESENCE_CANNOT_SUBSCRIBE_YOURSELF 不能订阅自己的状态
  1200: ['message', 'content-rejected', false, 'fix-input'], // MODERATION_FAILED 第三方内容审核结果为"拒绝"
  1300: ['quota', 'limit-reached', false, 'upgrade-plan'], // REACTION_REACH_LIMIT Reaction 数量已达到限制 (cf. web 50)
  1301: ['message', 'already-exists', false, 'none'], // REACTION_HAS_BEEN_OPERATED Reaction 重复添加 (cf. web 1101)
  1302: ['message', 'no-permission', false, 'fix-input'], // REACTION_OPERATION_IS_ILLEGAL 对该 Reaction 没有操作权限
};

/** Codes only the iOS SDK (`EMErrorCode`) numbers differently from Android. None yet. */
export const easemobIosCodes: CodeTable = {};

import type { VendorMappings } from '../src/mapping.js';
import { UNMAPPED } from '../src/fallbacks.js';

/** The platforms a JMessage (JIGUANG IM) error can come from. */
export type JMessagePlatform = 'web' | 'ios' | 'android' | 'server';

/**
 * JMessage (JIGUANG IM) error codes → im-errors kinds.
 *
 * Covers every code of the three JMessage seeds in `../shared/seeds/`: `000_436aa1594640c544.txt` (server codes,
 * English), `001_1599e5c4793cf27d.txt` (iOS-only 86xxxx, Android-only 871xxx and server codes, Chinese) and
 * `002_dc5685c8accccbb7.txt` (Web-SDK-only 880xxx–882xxx), and every code of JMessage's own pages for each platform in
 * `../shared/vendor-docs/jmessage/` (2019; Chinese and English): Android (871xxx, and 872xxx for JMRTC audio/video
 * calls), iOS (86xxxx, and 8710xx for JMRTC), web, and server (with the seven-digit chat-room administrator and
 * blacklist codes 713xxxx and the RTC signalling codes 7100xxx). The SDKs of all platforms share one numbering (no
 * SDK code means different things on different platforms), so they are all in `codes`. `platforms` holds only the
 * React Native plugin's own small codes, which Android and iOS number differently.
 *
 * Where two documents word the same code differently, both were read; the conflicts are noted on the line.
 * The inferred `ranges` follow JMessage's 3-digit module prefixes (801 login, 803 send message, 808–812 discussion
 * groups, …; the web SDK's 880/881 blocks mirror them) and never leave 765000–899999.
 */
export const jmessageMappings: VendorMappings<JMessagePlatform> = {
  codes: {
    0: ['unknown', 'not-an-error', false, 'none'], // Success (Android and Web tables)
    765001: ['group', 'not-member', false, 'fix-input'], // target user not in group
    // 765xxx is the group member-management (mute) module: 765001 "target not in group", iOS header 765003
    // "禁言时间不在允许范围内". The line itself is generic (same words as 800020), so read in its module.
    765002: ['group', 'no-permission', false, 'fix-input'], // request user no permission (group operation)
    // Group announcements (server document only).
    786001: ['group', 'invalid-field', false, 'fix-input'], // group announcement longer than allowed (群公告长度超出上限)
    787001: ['group', 'not-found', false, 'fix-input'], // the announcement to delete does not exist (待删除公告不存在)
    800003: ['auth', 'app-key-invalid', false, 'check-config'], // appkey not exist / not registered
    800005: ['user', 'not-found', false, 'fix-input'], // user id not registered (appkey has no such UID)
    800006: ['user', 'not-found', false, 'fix-input'], // user id not exist (UID not in database)
    // "Request type can not be recognized": the SDK, not the app, builds these requests — an SDK/server mismatch.
    800008: ['validation', 'unsupported', false, 'check-config'], // invalid request (type not recognised)
    800009: ['server', 'internal', true, 'retry'], // system error (server)
    800012: ['auth', 'not-logged-in', false, 'relogin'], // user never logged in after registering (001: "user logout")
    800013: ['auth', 'not-logged-in', false, 'relogin'], // user logout: requesting user has logged out
    800014: ['auth', 'app-key-invalid', false, 'check-config'], // appkey not match (initiator vs target)
    800016: ['auth', 'device-mismatch', false, 'relogin'], // device not match last login device; log in again
    800017: ['rate-limit', 'too-many-requests', true, 'wait'], // beyond the frequency limit (no window documented)
    800018: ['group', 'not-found', false, 'fix-input'], // group id not exist
    800019: ['group', 'not-member', false, 'fix-input'], // requesting user not in group
    800020: ['permission', 'no-permission', false, 'fix-input'], // request user no permission (generic)
    801003: ['user', 'not-found', false, 'fix-input'], // login: user name not registered (001: "Invalid user name or password")
    801004: ['auth', 'invalid-credentials', false, 'fix-input'], // login: wrong password
    801005: ['auth', 'device-mismatch', false, 'check-config'], // login: invalid device
    801006: ['auth', 'account-disabled', false, 'contact-support'], // login: user disabled
    801007: ['auth', 'other', false, 'check-config'], // multi-channel simultaneous login error (web 880110: update SDK)
    802002: ['auth', 'other', false, 'fix-input'], // logout: user name does not match the logged-in user
    803001: ['server', 'internal', true, 'retry'], // send failed: server storage status abnormal
    // "系统网络异常" is the server system's own network, not the client's link: a server fault, not rule 2.
    803002: ['server', 'internal', true, 'retry'], // send failed: system network abnormal
    803003: ['user', 'not-found', false, 'fix-input'], // send failed: target user not registered / not exist
    803004: ['group', 'not-found', false, 'fix-input'], // send failed: target group not exist
    803005: ['group', 'not-member', false, 'fix-input'], // send failed: sender not in target group
    803006: ['message', 'no-permission', false, 'fix-input'], // send failed: insufficient privilege / category mismatch
    803007: ['message', 'too-large', false, 'fix-input'], // send failed: message length exceeds limit
    803008: ['message', 'blocked-by-receiver', false, 'none'], // send failed: sender blacklisted by receiver (single chat)
    803009: ['message', 'content-rejected', false, 'fix-input'], // send failed: contains sensitive word
    803010: ['rate-limit', 'too-many-messages', true, 'wait', 1000], // send frequency over limit: 60 messages per minute
    803011: ['message', 'invalid', false, 'fix-input'], // send failed: message content JSON error
    803012: ['message', 'sender-muted', false, 'none'], // send failed: sender silenced by admin
    805001: ['user', 'not-found', false, 'fix-input'], // friend op: target user not exist
    805002: ['friend', 'already-friend', false, 'none'], // add friend: already friends
    805003: ['friend', 'not-friend', false, 'none'], // delete friend: target is not your friend (already the asked state)
    805004: ['friend', 'invalid-field', false, 'fix-input'], // invalid friend memo (remark)
    805006: ['friend', 'invalid', false, 'fix-input'], // add friend: invitation event not valid
    808001: ['group', 'invalid-field', false, 'fix-input'], // create group: group name empty
    808002: ['group', 'no-permission', false, 'fix-input'], // create group: user not permitted
    808003: ['group', 'limit-reached', false, 'fix-input'], // create group: user's group count at limit
    808004: ['group', 'invalid-field', false, 'fix-input'], // create group: name too long
    808005: ['group', 'invalid-field', false, 'fix-input'], // create group: description too long
    808006: ['group', 'invalid-field', false, 'fix-input'], // create group: the member cap given is invalid (指定成员人数上限错误)
    809001: ['group', 'not-found', false, 'fix-input'], // quit group: group id not exist
    809002: ['group', 'not-member', false, 'none'], // quit group: user not in the group (already out)
    810001: ['group', 'not-found', false, 'fix-input'], // add members: group id not exist
    810002: ['group', 'invalid', false, 'fix-input'], // add members: member list empty
    810003: ['group', 'not-member', false, 'fix-input'], // add members: requester not in the group
    810004: ['group', 'no-permission', false, 'fix-input'], // add members: requester lacks right to add
    810005: ['user', 'not-found', false, 'fix-input'], // add members: list has unregistered user
    810006: ['group', 'no-permission', false, 'fix-input'], // add members: no right to add some listed member
    // 000 "list has duplicated members", 001 "有成员重复添加", iOS header "群组成员重复": members added again. The
    // whole batch fails (添加成员失败), so the list must be fixed: not `none`.
    810007: ['group', 'invalid', false, 'fix-input'], // add members: member added repeatedly — audit: the list itself holds a member twice, as 851001
    810008: ['group', 'full', false, 'fix-input'], // add members: exceeds group's max member count
    810009: ['group', 'limit-reached', false, 'fix-input'], // add members: a listed member's group count at limit
    811001: ['group', 'not-found', false, 'fix-input'], // remove members: group id not exist
    // Conflict: 001's English cells for 811002/811003 are shifted down one row ("group id not exist" / "zero member");
    // its Chinese cells, 000's 811002 "del member list is null" and the 810001–810003 pattern agree on:
    // 811002 = member list empty, 811003 = requester not in the group.
    811002: ['group', 'invalid', false, 'fix-input'], // remove members: member list empty
    811003: ['group', 'not-member', false, 'fix-input'], // remove members: requester not in the group (001 only)
    811004: ['group', 'no-permission', false, 'fix-input'], // remove members: requester lacks right to remove
    811005: ['user', 'not-found', false, 'fix-input'], // remove members: list has unregistered user
    811006: ['group', 'no-permission', false, 'fix-input'], // remove members: no right to remove some listed member
    811007: ['group', 'not-member', false, 'fix-input'], // remove members: member removed repeatedly (batch fails)
    811008: ['group', 'not-member', false, 'fix-input'], // remove members: listed member not in group
    812001: ['group', 'not-found', false, 'fix-input'], // update group: group id not exist
    812002: ['group', 'not-member', false, 'fix-input'], // update group: user not in the group
    812003: ['group', 'invalid-field', false, 'fix-input'], // update group: name too long
    812004: ['group', 'invalid-field', false, 'fix-input'], // update group: description too long
    818001: ['friend', 'invalid', false, 'fix-input'], // add to blacklist: member list empty
    818002: ['user', 'not-found', false, 'fix-input'], // add to blacklist: listed member not exist
    818003: ['friend', 'no-permission', false, 'fix-input'], // add to blacklist: listed member cannot be added
    818004: ['friend', 'already-blocked', false, 'none'], // add to blacklist: member added again (重复添加; as web 880904)
    818005: ['friend', 'limit-reached', false, 'fix-input'], // add to blacklist: blacklist at its maximum size
    818006: ['friend', 'no-permission', false, 'fix-input'], // add to blacklist: a listed user may not be blacklisted (as 818003)
    819001: ['friend', 'invalid', false, 'fix-input'], // remove from blacklist: member list empty
    819002: ['user', 'not-found', false, 'fix-input'], // remove from blacklist: listed member not exist
    819003: ['friend', 'not-blocked', false, 'none'], // remove from blacklist: member removed again (重复删除)
    819004: ['friend', 'not-blocked', false, 'none'], // remove from blacklist: target not in the blacklist (as 899019)
    831001: ['user', 'already-set', false, 'none'], // user DND: member already set
    832001: ['user', 'not-set', false, 'none'], // user DND removal: member never set
    833001: ['group', 'not-found', false, 'fix-input'], // group DND: group not exist
    833002: ['group', 'not-member', false, 'fix-input'], // group DND: user not in group
    833003: ['group', 'already-set', false, 'none'], // group DND: group already set
    834001: ['group', 'not-set', false, 'none'], // group DND removal: group never set
    835001: ['user', 'already-set', false, 'none'], // global DND: already set
    836001: ['user', 'not-set', false, 'none'], // global DND removal: never set
    842001: ['group', 'not-found', false, 'fix-input'], // group blocking: group not exist
    842002: ['group', 'not-member', false, 'fix-input'], // group blocking: user not in group
    842003: ['group', 'already-set', false, 'none'], // group blocking: already set
    843001: ['group', 'not-set', false, 'none'], // group blocking removal: never set
    847001: ['group', 'not-member', false, 'fix-input'], // chat-room message: sender not in chat room
    847002: ['message', 'sender-muted', false, 'none'], // chat-room message: sender banned to post
    847003: ['group', 'not-found', false, 'fix-input'], // chat-room message: chat room not exist
    847004: ['message', 'too-large', false, 'fix-input'], // chat-room message: length exceeds limit
    847005: ['message', 'invalid', false, 'fix-input'], // chat-room message: content JSON error
    850001: ['group', 'not-found', false, 'fix-input'], // delete chat room: not exist
    851001: ['group', 'invalid', false, 'fix-input'], // invite to chat room: duplicate members in the list
    851002: ['user', 'not-found', false, 'fix-input'], // invite to chat room: invited member not registered
    851003: ['group', 'already-member', false, 'none'], // invite/join chat room: already in the chat room
    851004: ['group', 'not-found', false, 'fix-input'], // invite/join chat room: not exist
    851005: ['group', 'invalid', false, 'fix-input'], // invite to chat room: member list empty
    851006: ['group', 'full', false, 'fix-input'], // invite/join chat room: exceeds remaining room capacity — audit: invite fewer than the room has left
    // "邀请或加入聊天室时，邀请或加入的人员已被列入了黑名单": the room's own blacklist refuses them; not retryable.
    851007: ['group', 'no-permission', false, 'fix-input'], // invite/join chat room: the member is on the room's blacklist
    852001: ['group', 'not-member', false, 'none'], // kick/exit chat room: user not in it (already out)
    852002: ['group', 'not-found', false, 'fix-input'], // kick/exit chat room: not exist
    852003: ['group', 'invalid', false, 'fix-input'], // kick from chat room: member list empty
    852004: ['group', 'owner-cannot-leave', false, 'fix-input'], // kick/exit chat room: owner cannot leave
    853001: ['group', 'not-found', false, 'fix-input'], // update chat room: not exist
    853002: ['group', 'not-member', false, 'fix-input'], // update chat room: new owner not in room
    855001: ['message', 'recall-expired', false, 'none'], // recall: out of time
    855002: ['message', 'not-sender', false, 'fix-input'], // recall: requester is not the sender
    855003: ['message', 'not-found', false, 'fix-input'], // recall: message not exist
    855004: ['message', 'already-recalled', false, 'none'], // recall: already retracted
    856001: ['group', 'request-processed', false, 'none'], // group invitation/approval already processed
    856002: ['group', 'invalid', false, 'fix-input'], // group approval: invalid request data
    857001: ['group', 'not-found', false, 'fix-input'], // transparent cmd: target group not exist
    857002: ['message', 'recipient-offline', false, 'none'], // transparent cmd: target not online
    857003: ['user', 'not-found', false, 'fix-input'], // transparent cmd: target user not exist
    857004: ['message', 'too-large', false, 'fix-input'], // transparent cmd: length exceeds limit
    857005: ['group', 'not-member', false, 'fix-input'], // transparent cmd: requester not in group
    857006: ['message', 'invalid', false, 'fix-input'], // transparent cmd: target cannot be self
    859001: ['group', 'already-member', false, 'none'], // group application: user already in the group
    859002: ['group', 'unsupported', false, 'fix-input'], // group application: group type not supported
    860015: ['media', 'download-failed', true, 'retry'], // iOS: network downloading media failed
    860018: ['media', 'upload-failed', true, 'retry'], // iOS: network uploading media failed
    860020: ['media', 'upload-credentials-failed', true, 'retry'], // iOS: getting upload token failed
    860021: ['server', 'unexpected-response', true, 'retry'], // iOS: network result invalid (unexpected data) — audit: transient server fault, as 871103 / 8002
    861004: ['client', 'storage', false, 'contact-support'], // iOS: SDK database migration failed
    861100: ['auth', 'app-key-invalid', false, 'check-config'], // iOS: appkey invalid
    861101: ['client', 'internal', false, 'contact-support'], // iOS: SDK internal parameter check failure
    863001: ['user', 'invalid-id', false, 'fix-input'], // iOS: username invalid
    863002: ['auth', 'invalid-credentials', false, 'fix-input'], // iOS: password invalid
    863004: ['auth', 'not-logged-in', false, 'relogin'], // iOS: user not logged in
    863005: ['validation', 'too-large', false, 'fix-input'], // iOS: too many users in one request (at most 500; as 899013)
    863006: ['auth', 'already-logged-in', false, 'none'], // iOS: repeated login (header: 用户已登录)
    // 8630xx mixes session codes with friend operations (863008/863009): the range below yields unknown.
    863007: ['auth', 'logout-in-progress', true, 'wait'], // iOS: user is logging out (用户正在退出的过程中; as Tencent 7502)
    863008: ['friend', 'other', false, 'none'], // iOS: add friend failed (添加好友失败: no cause given)
    863009: ['friend', 'other', false, 'none'], // iOS: delete friend failed (删除好友失败: no cause given)
    864001: ['media', 'not-media', false, 'fix-input'], // iOS: not a media message
    864002: ['media', 'not-found', false, 'fix-input'], // iOS: media resource missing
    864003: ['media', 'invalid', false, 'fix-input'], // iOS: media CRC32 code invalid
    864004: ['media', 'checksum-mismatch', true, 'retry'], // iOS: media CRC check failed (re-transfer may succeed)
    // English "Uploading media file is empty"; 001's Chinese "上传的媒体文件意外丢失" and the iOS header
    // ("上传媒体文件时, 发现文件不存在") both say the file is missing: not-found.
    864005: ['media', 'not-found', false, 'fix-input'], // iOS: upload media file missing / empty
    864007: ['media', 'checksum-mismatch', true, 'retry'], // iOS: media file hash check failed (as the CRC check 864004)
    865001: ['message', 'invalid', false, 'fix-input'], // iOS: message content invalid
    865002: ['message', 'invalid', false, 'fix-input'], // iOS: message is nil
    865003: ['message', 'invalid', false, 'fix-input'], // iOS: message not prepared for sending
    865004: ['group', 'not-member', false, 'fix-input'], // iOS: not in the group the message is sent to
    866001: ['message', 'invalid', false, 'fix-input'], // iOS: unknown conversation type — audit: a conversation's type: message domain
    866002: ['user', 'invalid-id', false, 'fix-input'], // iOS: conversation username invalid
    866003: ['group', 'invalid-id', false, 'fix-input'], // iOS: conversation groupId invalid
    866005: ['media', 'not-found', false, 'none'], // iOS: the group conversation has no avatar (as Android 871311)
    867001: ['group', 'invalid-id', false, 'fix-input'], // iOS: groupId invalid
    867002: ['group', 'invalid-field', false, 'fix-input'], // iOS: group fields invalid
    868001: ['group', 'unsupported', false, 'fix-input'], // iOS: not supported for chat rooms (聊天室不支持)
    868002: ['group', 'not-found', false, 'fix-input'], // iOS: chat room does not exist
    869999: ['client', 'internal', false, 'contact-support'], // iOS: unknown SDK error
    // iOS JMRTC (audio/video calls): 871001–871008; Android's JMRTC codes are 872xxx, so the two do not collide.
    871001: ['network', 'connection-failed', true, 'check-network'], // iOS JMRTC: network error or TCP cannot connect
    871002: ['client', 'invalid-state', false, 'fix-input'], // iOS JMRTC: operation not allowed in the current state
    871003: ['validation', 'invalid', false, 'fix-input'], // iOS JMRTC: parameter error
    871004: ['auth', 'not-logged-in', false, 'relogin'], // iOS JMRTC: the IM user is not started or logged in
    871005: ['auth', 'other', false, 'relogin'], // iOS JMRTC: the IM login state is abnormal (IM 账户登录状态异常)
    871006: ['client', 'not-initialized', false, 'check-config'], // iOS JMRTC: engine not initialized
    // "engine init fail，please initialize engine" / "初始化音视频引擎失败": the engine is not usable until initialised again.
    871007: ['client', 'not-initialized', false, 'check-config'], // iOS JMRTC: engine initialisation failed
    // The callee is already in the call: the invitation asks for a state that holds (as Android 872003).
    871008: ['client', 'invalid-state', false, 'none'], // iOS JMRTC: user is already in the call session
    871101: ['validation', 'invalid', false, 'fix-input'], // Android: invalid request parameters
    871102: ['network', 'request-failed', true, 'check-network'], // Android: request failed, check network
    // English "unexpected error code", Chinese "服务器内部错误": a server fault seen through an unknown code.
    871103: ['server', 'unexpected-response', true, 'retry'], // Android: server returned unexpected error code
    871104: ['server', 'internal', true, 'retry'], // Android: server internal error
    871105: ['user', 'not-found', false, 'fix-input'], // Android: requested user info does not exist
    871201: ['network', 'timeout', true, 'retry'], // Android: response timeout (client side)
    871300: ['auth', 'not-logged-in', false, 'relogin'], // Android: not logged in
    871301: ['validation', 'invalid', false, 'fix-input'], // Android: invalid API parameters
    871302: ['message', 'too-large', false, 'fix-input'], // Android: message body over 4k
    871303: ['user', 'invalid-id', false, 'fix-input'], // Android: invalid username
    871304: ['auth', 'invalid-credentials', false, 'fix-input'], // Android: invalid password
    871305: ['validation', 'invalid', false, 'fix-input'], // Android: invalid name (nickname / group name / note name)
    871306: ['validation', 'invalid', false, 'fix-input'], // Android: other invalid input
    871307: ['user', 'not-found', false, 'fix-input'], // Android: some user not exists (group member add/remove)
    871308: ['client', 'not-initialized', false, 'check-config'], // Android: SDK not initialised
    871309: ['media', 'not-found', false, 'fix-input'], // Android: attached file not found
    871310: ['network', 'offline', true, 'check-network'], // Android: network not available
    871311: ['media', 'not-found', false, 'none'], // Android: user has no avatar, avatar download failed
    871312: ['media', 'unreadable', false, 'fix-input'], // Android: create image content failed
    871313: ['message', 'unsupported', false, 'check-config'], // Android: message parse error, protocol version mismatch
    871314: ['message', 'invalid', false, 'none'], // Android: message parse error, key parameter missing
    871315: ['message', 'invalid', false, 'none'], // Android: message parse error
    871317: ['validation', 'invalid', false, 'fix-input'], // Android: the target user cannot be yourself
    // "不合法的消息体…上层没有参照集成文档进行混淆配置导致的": the app's ProGuard setup broke the SDK's classes.
    871318: ['message', 'invalid', false, 'check-config'], // Android: illegal message body (obfuscation misconfigured)
    871319: ['message', 'invalid', false, 'fix-input'], // Android: creating the forward message failed (cause in logcat)
    // "可能这条消息已经是已读状态，或者这条消息本身不是接受类型的消息": already read, or not a received message.
    871320: ['message', 'invalid', false, 'none'], // Android: marking the message read failed
    871321: ['message', 'not-sender', false, 'fix-input'], // Android: only the sender may read the receipt details
    871322: ['message', 'invalid', false, 'fix-input'], // Android: receipt details of a message not sent successfully
    871323: ['group', 'not-found', false, 'fix-input'], // Android: chat room does not exist
    871324: ['message', 'unsupported', false, 'fix-input'], // Android: message type cannot be sent (eventNotification, prompt)
    871325: ['message', 'invalid', false, 'fix-input'], // Android: only created or send_failed messages can be sent
    871326: ['validation', 'unsupported', false, 'fix-input'], // Android: unsupported operation (e.g. recall in a chat room)
    871327: ['client', 'cancelled', false, 'none'], // Android: the app cancelled it (message send, attachment download)
    871402: ['media', 'upload-credentials-failed', true, 'retry'], // Android: upload failed, auth error — audit: the upload token is the SDK's, re-fetched on retry; the IM session is fine
    871403: ['media', 'upload-failed', true, 'retry'], // Android: upload file failed
    871404: ['media', 'download-failed', true, 'retry'], // Android: download file failed
    871501: ['auth', 'app-key-invalid', false, 'check-config'], // Android push register: appkey / package name mismatch
    871502: ['auth', 'app-key-invalid', false, 'check-config'], // Android push register: invalid appkey
    871503: ['auth', 'app-key-invalid', false, 'check-config'], // Android push register: appkey not set up for Android
    871504: ['client', 'invalid-state', true, 'wait'], // Android: push registration not finished, retry later
    871505: ['auth', 'app-key-invalid', false, 'check-config'], // Android push register: package name not in the console (as 871501)
    // A device identity the push service refuses: nothing the app or a retry can change.
    871506: ['client', 'unsupported', false, 'contact-support'], // Android push register: invalid device IMEI
    // Android JMRTC (audio/video calls): 8720xx signalling state machine, 8721xx engine initialisation.
    872001: ['client', 'invalid-state', false, 'fix-input'], // Android JMRTC: signalling not allowed in the current state
    // "状态机状态超时，将回到idle状态": the call's signalling state (inviting, connecting) timed out and the call is over.
    // Not a transport timeout a retry would cure: whether to call again is the user's choice.
    872002: ['client', 'invalid-state', false, 'none'], // Android JMRTC: signalling state timed out, back to idle
    872003: ['client', 'invalid-state', false, 'none'], // Android JMRTC: invite failed, the user is already in the call
    872004: ['client', 'not-initialized', false, 'check-config'], // Android JMRTC: signalling received before engine init
    872100: ['auth', 'app-key-invalid', false, 'check-config'], // Android JMRTC: engine init failed, appkey empty
    872101: ['client', 'internal', false, 'contact-support'], // Android JMRTC: engine init failed (cause in logcat)
    872102: ['network', 'request-failed', true, 'check-network'], // Android JMRTC: engine init failed, network exception
    872103: ['server', 'unexpected-response', true, 'retry'], // Android JMRTC: engine init failed, server answered badly
    872104: ['server', 'internal', true, 'retry'], // Android JMRTC: engine init failed, server internal error
    // Android runtime permissions (camera, microphone) the app must ask the user for.
    872105: ['permission', 'no-permission', false, 'check-config'], // Android JMRTC: required permission not granted
    872106: ['client', 'not-initialized', false, 'check-config'], // Android JMRTC: engine not initialised yet
    // "missing error / Unknown error code": the web SDK had no entry for what it got; nothing more is known.
    880001: ['unknown', 'unrecognized', false, 'none'], // Web: missing error (unknown error code)
    880002: ['validation', 'invalid', false, 'fix-input'], // Web: invalid parameter
    880003: ['validation', 'invalid', false, 'fix-input'], // Web: invalid value
    880004: ['validation', 'invalid', false, 'fix-input'], // Web: invalid type
    880005: ['media', 'not-found', false, 'fix-input'], // Web: file not exist
    880006: ['auth', 'already-logged-in', false, 'fix-input'], // Web: log out before register
    // Only "register limit / Limited registration": no window given (not rule 1), no plan named; read as a cap.
    880007: ['quota', 'limit-reached', false, 'check-config'], // Web: register limit
    880008: ['message', 'invalid', false, 'fix-input'], // Web: msg_id not valid
    880101: ['auth', 'app-key-invalid', false, 'check-config'], // Web: appkey not exist
    880102: ['auth', 'invalid-credentials', false, 'check-config'], // Web: signature error (app server's signing)
    880103: ['user', 'not-found', false, 'fix-input'], // Web: user not exist
    880104: ['auth', 'invalid-credentials', false, 'fix-input'], // Web: wrong password
    880106: ['auth', 'token-expired', false, 'refresh-credentials'], // Web: signature expired
    880107: ['auth', 'already-logged-in', false, 'none'], // Web: already logged in
    880109: ['auth', 'login-in-progress', true, 'wait'], // Web: repeated login operation
    880110: ['auth', 'other', false, 'check-config'], // Web: multi-channel online error, update SDK version
    880111: ['auth', 'account-disabled', false, 'contact-support'], // Web: user disabled
    880203: ['user', 'not-found', false, 'fix-input'], // Web: target user not exist
    880204: ['group', 'not-found', false, 'fix-input'], // Web: target group not exist
    880205: ['group', 'not-member', false, 'fix-input'], // Web: user not in group
    880206: ['message', 'too-large', false, 'fix-input'], // Web: message size exceeds limit
    880207: ['message', 'blocked-by-receiver', false, 'none'], // Web: user in blacklist (as 803008)
    880208: ['message', 'content-rejected', false, 'fix-input'], // Web: message contains sensitive words
    880209: ['rate-limit', 'too-many-messages', true, 'wait', 1000], // Web: sending speed over limit (60/min, as 803010)
    880210: ['media', 'too-large', false, 'fix-input'], // Web: file size exceeds limit
    880212: ['message', 'sender-muted', false, 'none'], // Web: banned (can not chat while silent)
    880402: ['group', 'no-permission', false, 'fix-input'], // Web: no permission to create group
    880403: ['group', 'limit-reached', false, 'fix-input'], // Web: group count at limit
    880404: ['group', 'invalid-field', false, 'fix-input'], // Web: group name too long
    880405: ['group', 'invalid-field', false, 'fix-input'], // Web: group description too long
    880602: ['group', 'invalid', false, 'fix-input'], // Web: add members: target list empty
    880604: ['group', 'no-permission', false, 'fix-input'], // Web: no permission to add group members
    880606: ['group', 'no-permission', false, 'fix-input'], // Web: a listed member not permitted to be added (as 810006)
    880607: ['group', 'already-member', false, 'fix-input'], // Web: member added repeatedly (as 810007)
    880608: ['group', 'full', false, 'fix-input'], // Web: member count exceeds limit (as 810008)
    880609: ['group', 'limit-reached', false, 'fix-input'], // Web: a listed member's group count at limit
    880610: ['group', 'already-member', false, 'none'], // Web: user already in the group
    880611: ['group', 'unsupported', false, 'fix-input'], // Web: group type does not support this operation
    880612: ['group', 'request-processed', false, 'none'], // Web: request already processed
    // 8806xx is the web group-member module (mirrors 810xxx/856xxx); the line itself only says "no permission".
    880614: ['group', 'no-permission', false, 'fix-input'], // Web: no permission to operate (group members)
    880704: ['group', 'no-permission', false, 'fix-input'], // Web: no permission to delete group members
    880705: ['group', 'no-permission', false, 'fix-input'], // Web: a listed member not permitted to be deleted
    880903: ['friend', 'no-permission', false, 'fix-input'], // Web: blacklist add: listed member cannot be added (as 818003)
    // 8809xx is the web blacklist module (880903 = 818003 word for word); "repeated added member" = already blocked.
    880904: ['friend', 'already-blocked', false, 'none'], // Web: member repeatedly added (blacklist)
    881101: ['user', 'already-set', false, 'none'], // Web: member DND already set
    881102: ['user', 'not-set', false, 'none'], // Web: member DND never set
    881105: ['group', 'already-set', false, 'none'], // Web: group DND already set
    881106: ['group', 'not-set', false, 'none'], // Web: group DND never set
    881107: ['user', 'already-set', false, 'none'], // Web: global DND already set
    881108: ['user', 'not-set', false, 'none'], // Web: global DND never set
    881203: ['group', 'already-set', false, 'none'], // Web: group blocking already set
    881204: ['group', 'not-set', false, 'none'], // Web: group blocking not set
    881302: ['friend', 'already-friend', false, 'none'], // Web: already a friend
    881303: ['friend', 'not-friend', false, 'none'], // Web: not friends — audit: mirrors server 805003
    881304: ['friend', 'invalid-field', false, 'fix-input'], // Web: invalid friend memo
    881305: ['friend', 'invalid', false, 'fix-input'], // Web: add friend: invitation event invalid
    881401: ['message', 'recall-expired', false, 'none'], // Web: recall time exceeded
    881402: ['message', 'not-sender', false, 'fix-input'], // Web: recall requester not the sender
    881403: ['message', 'not-found', false, 'fix-input'], // Web: recall: message not exist
    881404: ['message', 'already-recalled', false, 'none'], // Web: already withdrawn
    881501: ['group', 'not-member', false, 'fix-input'], // Web: user not in chat room
    881502: ['message', 'sender-muted', false, 'none'], // Web: user banned from posting in chat room
    881503: ['group', 'not-found', false, 'fix-input'], // Web: chat room not exist
    881504: ['message', 'too-large', false, 'fix-input'], // Web: chat-room message too long
    881507: ['group', 'already-member', false, 'none'], // Web: user already in chat room
    // English description "Exceed the number of chat rooms" mistranslates the message "amount of member exceed
    // chatroom limit" (= 851006): the room is full.
    881508: ['group', 'full', false, 'fix-input'], // Web: chat room member count over limit
    881509: ['message', 'invalid', false, 'fix-input'], // Web: chat-room message format error
    881602: ['message', 'recipient-offline', false, 'none'], // Web: transparent cmd: target user not logged in
    881604: ['message', 'too-large', false, 'fix-input'], // Web: transparent cmd too long
    881701: ['group', 'no-permission', false, 'fix-input'], // Web: user is not a group administrator
    882001: ['server', 'internal', true, 'retry'], // Web: server internal error
    // "user exit, no such user, password error, uid invalid, gid invalid | Depend on the operation": the web SDK
    // folds server 898001/898002/898004/898005/898006 into one code. Their kinds differ (user, auth, group), but
    // all five mean "the request names a user/password/group that does not fit" — never retryable, always fixed by
    // changing the input. So the one honest entry is the generic validation/invalid + fix-input, not a guess at
    // one of the five domains (the error's message text, when present, tells which).
    882002: ['validation', 'invalid', false, 'fix-input'], // Web: user exists / no such user / password / uid / gid
    882003: ['validation', 'invalid', false, 'fix-input'], // Web: invalid parameter
    882004: ['auth', 'invalid-credentials', false, 'check-config'], // Web: auth fail (invalid authorization)
    882005: ['server', 'timeout', true, 'retry'], // Web: response timeout, system busy, try later
    898000: ['server', 'internal', true, 'retry'], // server internal error
    898001: ['user', 'already-exists', false, 'fix-input'], // user exists
    898002: ['user', 'not-found', false, 'fix-input'], // no such user (also: message names missing users)
    898003: ['validation', 'invalid', false, 'fix-input'], // parameter invalid
    898004: ['auth', 'invalid-credentials', false, 'fix-input'], // password update: old password wrong
    898006: ['group', 'not-found', false, 'fix-input'], // group id invalid (gid does not exist)
    898007: ['auth', 'missing-credentials', false, 'check-config'], // missing authentication info
    898008: ['auth', 'invalid-credentials', false, 'check-config'], // basic authentication failed
    898009: ['auth', 'app-key-invalid', false, 'check-config'], // appkey not exists
    898010: ['auth', 'token-expired', false, 'refresh-credentials'], // API token expired (SDK normally re-fetches)
    // The appkey here is the *other* app being queried, not this app's credentials: not rule 3's own appkey.
    898011: ['permission', 'cross-app-denied', false, 'check-config'], // no cross-app right / queried appkey not exist
    898030: ['server', 'timeout', true, 'retry'], // server response timeout, system busy, try later
    898031: ['quota', 'feature-not-enabled', false, 'check-config'], // project not exist: audio/video service not enabled
    899000: ['server', 'internal', true, 'retry'], // server internal error
    899001: ['user', 'already-exists', false, 'fix-input'], // user exist
    899002: ['user', 'not-found', false, 'fix-input'], // no such user
    899003: ['validation', 'invalid', false, 'fix-input'], // parameter invalid (body, resend, username/password, gid)
    899006: ['group', 'not-found', false, 'fix-input'], // group id invalid (gid does not exist)
    899007: ['auth', 'missing-credentials', false, 'check-config'], // missing authentication info
    899008: ['auth', 'invalid-credentials', false, 'check-config'], // basic authentication failed
    899009: ['auth', 'app-key-invalid', false, 'check-config'], // appkey not exist
    899011: ['group', 'already-member', false, 'fix-input'], // repeat to add the members (重复添加群成员)
    899012: ['group', 'full', false, 'fix-input'], // no enough space for the members of this request
    899013: ['validation', 'too-large', false, 'fix-input'], // batch registration list over 500
    // Message "User list is bigger than 500" is copied from 899013; the description (000 and 001 agree) says a
    // removed username is not in the discussion group.
    899014: ['group', 'not-member', false, 'fix-input'], // remove members: a username not in the discussion group
    899015: ['group', 'limit-reached', false, 'fix-input'], // user's joined groups at limit (001: "are 100")
    // REST message sending needs an admin sender: a message-domain refusal, fixed by sending as an admin.
    899016: ['permission', 'admin-required', false, 'fix-input'], // no authority to send message (admin rights) — audit: rule 10 names admin rights; as Tencent 90009
    899017: ['friend', 'already-blocked', false, 'none'], // usernames already in blacklist
    899018: ['friend', 'no-permission', false, 'fix-input'], // admin cannot be added to blacklist
    899019: ['friend', 'not-blocked', false, 'none'], // usernames not in blacklist
    899020: ['permission', 'cross-app-denied', false, 'check-config'], // no auth to operate other appkey
    899021: ['permission', 'cross-app-denied', false, 'fix-input'], // should use cross-app API
    899030: ['server', 'timeout', true, 'retry'], // server response timeout, system busy, try later
    899043: ['user', 'already-set', false, 'none'], // user DND: duplicate add user
    899044: ['user', 'not-set', false, 'none'], // user DND removal: user not in setting
    899045: ['group', 'not-found', false, 'fix-input'], // group DND: group not exist
    899046: ['group', 'not-member', false, 'fix-input'], // group DND: user not in group
    899047: ['group', 'already-set', false, 'none'], // group DND: duplicate add group
    899048: ['user', 'already-set', false, 'none'], // global DND already open
    899049: ['group', 'not-set', false, 'none'], // group DND removal: group not in setting
    // The description repeats 899048's ("Has been set to global Do-Not-Disturb"); the message "already close
    // global" is the one that fits a distinct code: global DND already off.
    899050: ['user', 'not-set', false, 'none'], // global DND already closed
    899070: ['friend', 'already-friend', false, 'none'], // added friend already in buddy list
    899071: ['friend', 'not-friend', false, 'fix-input'], // updated friend not in buddy list
    899081: ['group', 'not-found', false, 'fix-input'], // chat room id not exist
    899082: ['group', 'not-member', false, 'fix-input'], // user not in chat room
    // Audio/video signalling (server side).
    7100001: ['message', 'recipient-offline', false, 'none'], // RTC notify: no target, or every target logged out (as 857002)
    7100002: ['message', 'recipient-offline', false, 'none'], // RTC invite: the invited user has logged out
    7100006: ['quota', 'plan-upgrade-required', false, 'upgrade-plan'], // RTC trial time used up: service stopped
    // Chat-room administrators (713000x set, 713100x remove) and chat-room blacklists (713200x add, 713300x remove):
    // seven-digit codes in the server document (2019).
    7130001: ['group', 'no-permission', false, 'fix-input'], // set admin: requester may not set administrators
    7130002: ['group', 'already-set', false, 'none'], // set admin: the member already is an administrator
    7130003: ['group', 'invalid', false, 'fix-input'], // set admin: the member is the chat room's owner
    7130004: ['group', 'limit-reached', false, 'fix-input'], // set admin: administrators at their maximum
    7130005: ['group', 'not-found', false, 'fix-input'], // set admin: chat room does not exist
    7130006: ['group', 'not-member', false, 'fix-input'], // set admin: the member is not in the chat room
    7130007: ['group', 'invalid', false, 'fix-input'], // set admin: no target given
    7131001: ['group', 'no-permission', false, 'fix-input'], // remove admin: only the owner may remove administrators
    7131002: ['group', 'not-set', false, 'none'], // remove admin: the member is not an administrator
    7132001: ['group', 'no-permission', false, 'fix-input'], // chat-room blacklist: requester may not set it
    7132002: ['group', 'no-permission', false, 'fix-input'], // chat-room blacklist: the owner cannot be blacklisted
    7132003: ['group', 'no-permission', false, 'fix-input'], // chat-room blacklist: an administrator cannot be blacklisted
    7132004: ['group', 'not-found', false, 'fix-input'], // chat-room blacklist: chat room does not exist
    7132005: ['group', 'limit-reached', false, 'fix-input'], // chat-room blacklist: at its maximum size
    7132006: ['group', 'already-set', false, 'none'], // chat-room blacklist: member already on it
    7132007: ['group', 'invalid', false, 'fix-input'], // chat-room blacklist: no target given
    7133001: ['group', 'not-set', false, 'none'], // chat-room blacklist removal: member not on it
  },
  // The React Native plugin (`jmessage-react-plugin` 3.2.1) fails some calls before they reach the SDK, with its own
  // small codes in the same `{ code, description }` callback that carries the SDK's codes. Android
  // (`JMessageModule.java`, `ERR_CODE_*`) and iOS (`RCTJMessageModule.m`) number them differently: 2 is "Can't get the
  // conversation" on Android and "media file not exit!" on iOS. So they are platform tables; without a platform they
  // are not read (pass `platform: Platform.OS`).
  platforms: {
    android: {
      // ERR_CODE_EXCEPTION: the plugin caught a Throwable and passes its message on; nothing more is known of it.
      [-1]: ['client', 'exception', false, 'contact-support'], // plugin: exception inside the plugin
      1: ['validation', 'invalid', false, 'fix-input'], // plugin ERR_CODE_PARAMETER "Parameters error"
      // A conversation is looked up to read or send its messages: the message domain (as iOS 866001).
      2: ['message', 'not-found', false, 'fix-input'], // plugin ERR_CODE_CONVERSATION "Can't get the conversation"
      // Raised for "No such message" (a message ID that finds none) and "Wrong message type": the message given
      // cannot be used, whichever of the two; `invalid`, not the narrower `not-found`.
      3: ['message', 'invalid', false, 'fix-input'], // plugin ERR_CODE_MESSAGE "No such message" / "Wrong message type"
      4: ['media', 'not-found', false, 'fix-input'], // plugin ERR_CODE_FILE "No such file"
    },
    ios: {
      1: ['validation', 'invalid', false, 'fix-input'], // plugin "param error!" / "cannot create message, check your params!"
      2: ['media', 'not-found', false, 'fix-input'], // plugin "media file not exit!"
    },
  },
  ranges: [
    // Inferred from JMessage's 3-digit module prefixes (and the web SDK's 4-digit blocks that mirror them); reason
    // `other`, never retryable. Narrow ranges first. A range keeps its module's kind only where every documented code
    // in it has that kind (a "user does not exist" line is `user` in every module, by the project's rule, and does not
    // count against it); where the module's documented codes disagree on kind, the range yields `unknown` /
    // `unmapped-code` (the code kept as JMessage's) rather than a guessed kind.
    [765000, 765999, ['group', 'other', false, 'none'], false], // group member management (mute)
    [801000, 801999, ['auth', 'other', false, 'none'], false], // login
    [802000, 802999, ['auth', 'other', false, 'none'], false], // logout
    [803000, 803999, UNMAPPED, false], // send message: server, user, group, rate-limit and message codes
    [805000, 805999, ['friend', 'other', false, 'none'], false], // friends
    [808000, 812999, ['group', 'other', false, 'none'], false], // discussion groups: create, quit, add, remove, update
    [818000, 819999, ['friend', 'other', false, 'none'], false], // blacklist add / remove
    [831000, 832999, ['user', 'other', false, 'none'], false], // per-user DND add / remove
    [833000, 834999, ['group', 'other', false, 'none'], false], // group DND add / remove
    [835000, 836999, ['user', 'other', false, 'none'], false], // global DND add / remove
    [842000, 843999, ['group', 'other', false, 'none'], false], // group message blocking add / remove
    [847000, 847999, UNMAPPED, false], // chat-room messages: group (not in / no room) and message codes
    [850000, 853999, ['group', 'other', false, 'none'], false], // chat rooms: delete, invite/join, kick/exit, update
    [855000, 855999, ['message', 'other', false, 'none'], false], // message recall
    [856000, 856999, ['group', 'other', false, 'none'], false], // group invitations / approvals
    [857000, 857999, UNMAPPED, false], // transparent commands: group, user and message codes
    [859000, 859999, ['group', 'other', false, 'none'], false], // group join applications
    [860000, 860999, UNMAPPED, false], // iOS SDK network: media transfer and a server answer (860021)
    [861000, 861999, UNMAPPED, false], // iOS SDK database / internal parameters, and the appkey (861100)
    [862000, 862999, ['media', 'other', false, 'none'], false], // iOS SDK Qiniu upload token (header 862001)
    [863000, 863999, UNMAPPED, false], // iOS SDK user: session, user IDs, request size, friend operations (863008/9)
    [864000, 864999, ['media', 'other', false, 'none'], false], // iOS SDK media
    [865000, 865999, UNMAPPED, false], // iOS SDK message, and not-in-group (865004)
    [867000, 867999, ['group', 'other', false, 'none'], false], // iOS SDK group
    [868000, 868999, ['group', 'other', false, 'none'], false], // iOS SDK chat room (header 868001/868002)
    [871400, 871499, ['media', 'other', false, 'none'], false], // Android file upload / download
    [871500, 871599, UNMAPPED, false], // Android push registration: appkey codes and device / state codes
    [880100, 880199, ['auth', 'other', false, 'none'], false], // Web login (mirrors 801xxx)
    [880200, 880299, UNMAPPED, false], // Web send message (mirrors 803xxx): user, group, rate-limit, media, message
    [880400, 880499, ['group', 'other', false, 'none'], false], // Web create group (mirrors 808xxx)
    [880600, 880799, ['group', 'other', false, 'none'], false], // Web add / remove group members (810xxx/811xxx)
    [880900, 880999, ['friend', 'other', false, 'none'], false], // Web blacklist (mirrors 818xxx)
    [881103, 881106, ['group', 'other', false, 'none'], false], // Web group DND (881105/881106 documented)
    [881100, 881199, ['user', 'other', false, 'none'], false], // Web member / global DND
    [881200, 881299, ['group', 'other', false, 'none'], false], // Web group blocking (mirrors 842xxx)
    [881300, 881399, ['friend', 'other', false, 'none'], false], // Web friends (mirrors 805xxx)
    [881400, 881499, ['message', 'other', false, 'none'], false], // Web recall (mirrors 855xxx)
    [881500, 881599, UNMAPPED, false], // Web chat rooms (mirrors 847xxx/851xxx): group and message codes
    [881600, 881699, ['message', 'other', false, 'none'], false], // Web transparent commands (mirrors 857xxx)
    [881700, 881799, ['group', 'other', false, 'none'], false], // Web group administrators
  ],
  generic: [],
};

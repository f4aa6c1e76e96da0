import type { CodeRange, CodeTable, TextRule, VendorMappings } from '../src/mapping.js';
import { UNMAPPED } from '../src/fallbacks.js';

/** The platforms a Tencent Cloud IM error can come from: the web SDKs, the native SDKs, the REST API / server. */
export type TencentPlatform = 'web' | 'native' | 'server';

/**
 * The server's codes: the REST API answers with them, and every SDK (web and native) passes them on. The access
 * layer's (SSO) codes the native header adds are here too, and the few IM SDK V3 codes inside server blocks
 * (70101, 80101, 90101, 115000). Part of {@link tencentMappings}' `codes`, and all of `im-errors/tencent/web`'s.
 */
export const tencentServerCodes: CodeTable = {
  // ── Server: access layer (SSO) ──
  '-10114': ['server', 'busy', true, 'retry'], // packet dropped: system overloaded, refuses service
  '-10113': ['rate-limit', 'too-many-requests', true, 'wait'], // request exceeds the user's per-second frequency limit
  '-10112': ['auth', 'app-disabled', false, 'contact-support'], // SDKAppID has been disabled
  '-10111': ['permission', 'operation-forbidden', false, 'contact-support'], // SDKAppID on the service cmd blocklist
  '-10110': ['auth', 'app-disabled', false, 'contact-support'], // SDKAppID is blocked
  '-10109': ['validation', 'malformed', false, 'fix-input'], // request packet format incorrect
  // Arrears: the prepaid account must be paid; no plan reason says "unpaid" better than `other`.
  '-10108': ['quota', 'other', false, 'upgrade-plan'], // native header: prepaid account in arrears (预付费欠费)
  // The SDK stops aggregating on that connection itself, so the same request then goes through.
  '-10107': ['client', 'unsupported', true, 'retry'], // native header: aggregation not supported; client stops aggregating on this connection
  '-10106': ['auth', 'invalid-credentials', false, 'refresh-credentials'], // SSO decryption with D2key failed too often; refresh D2
  '-10105': ['auth', 'not-logged-in', false, 'relogin'], // native header: MSFSDK logged out by itself (自动退出)
  '-10104': ['auth', 'not-logged-in', false, 'relogin'], // native header: the client logged out by itself (终端自动退出)
  '-10103': ['auth', 'invalid-credentials', false, 'refresh-credentials'], // native header: identity no longer valid (失效身份)
  // The access layer dropped the link (screen locked): a lost connection the SDK re-establishes.
  '-10102': ['network', 'disconnected', true, 'check-network'], // native header: link dropped, screen locked (断链锁屏)
  '-10101': ['auth', 'token-expired', false, 'refresh-credentials'], // native header: prompt sent down, D2 expired
  '-10009': ['auth', 'invalid-credentials', false, 'refresh-credentials'], // native header: cookie invalid
  '-10008': ['auth', 'missing-credentials', false, 'refresh-credentials'], // IMEI and A2 must be contained
  '-10007': ['auth', 'other', true, 'retry'], // verification code delivery timed out
  '-10006': ['auth', 'invalid-credentials', false, 'refresh-credentials'], // uin in D2 does not match the SSO header
  '-10005': ['auth', 'missing-credentials', false, 'refresh-credentials'], // D2Key used for encryption is empty
  '-10004': ['auth', 'invalid-credentials', false, 'refresh-credentials'], // A2 failed authentication / security filter; log in again
  // The native header (2026) replaces the seed's "A2 expired" with "A2 verification failed (and similar)": invalid.
  '-10003': ['auth', 'invalid-credentials', false, 'refresh-credentials'], // A2 verification failed (seed: A2 expired)
  '-10001': ['auth', 'token-expired', false, 'refresh-credentials'], // D2 expired; call login again for a new D2
  // A verification-code step of the access layer's login, not the app's input: sign in again.
  '-10000': ['auth', 'other', false, 'relogin'], // native header: wrong verification-code flag sent down (下发验证码标志错误)
  // A count of SSO connections, not a plan: the access layer refuses more connections for now.
  '-302': ['rate-limit', 'too-many-connections', true, 'wait'], // SSO connections exceed the limit; service refused
  0: ['unknown', 'not-an-error', false, 'none'], // No error
  // ── Server: operation data (REST chat-history download) ──
  1001: ['validation', 'invalid', false, 'fix-input'], // operation data: invalid request (check the URL)
  1002: ['validation', 'invalid', false, 'fix-input'], // operation data: invalid parameter (web 1002 differs: see platforms.web)
  1003: ['server', 'internal', true, 'retry'], // operation data: system error
  // Two causes on one line; "not generated yet" is transient, so the code is read as retryable.
  1004: ['media', 'not-found', true, 'wait'], // history file not generated yet, or no message in the period
  1005: ['media', 'expired', false, 'none'], // history file expired
  // ── Server: group ──
  10002: ['server', 'internal', true, 'retry'], // internal server error
  10003: ['validation', 'malformed', false, 'fix-input'], // incorrect API name in the request
  10004: ['group', 'invalid', false, 'fix-input'], // invalid parameter (group API)
  10005: ['group', 'limit-reached', false, 'fix-input'], // request carries too many accounts
  10006: ['rate-limit', 'too-many-requests', true, 'wait'], // operation exceeds the frequency limit
  10007: ['group', 'no-permission', false, 'fix-input'], // insufficient operation permissions (group)
  // Rule 3 names an invalid signature: the signature the request carries failed verification.
  10008: ['auth', 'invalid-credentials', false, 'refresh-credentials'], // invalid request: its signature failed verification
  10009: ['group', 'owner-cannot-leave', false, 'fix-input'], // group owner cannot quit
  10010: ['group', 'not-found', false, 'fix-input'], // group does not exist or was deleted
  10011: ['validation', 'malformed', false, 'fix-input'], // failed to parse the JSON packet
  10012: ['user', 'invalid-id', false, 'fix-input'], // invalid UserID of the operator
  10013: ['group', 'already-member', false, 'none'], // invitee already a group member
  10014: ['group', 'full', false, 'fix-input'], // group member count reached the upper limit
  10015: ['group', 'invalid-id', false, 'fix-input'], // invalid group ID
  // Any group operation (most often a group message) refused by the app's callback; group has no such reason.
  10016: ['group', 'rejected-by-callback', false, 'none'], // app backend rejected the operation via third-party callback
  10017: ['message', 'sender-muted', false, 'none'], // cannot send: sender muted
  10018: ['validation', 'too-large', false, 'fix-input'], // response exceeds 1 MB: request too much data
  10019: ['user', 'not-found', false, 'fix-input'], // requested UserID does not exist
  10021: ['group', 'already-exists', false, 'fix-input'], // group ID already in use
  10023: ['rate-limit', 'too-many-messages', true, 'wait'], // message frequency limit exceeded
  10024: ['group', 'request-processed', false, 'none'], // invitation or request already processed
  10025: ['group', 'already-exists', false, 'none'], // group ID in use, operator is its owner (use it directly)
  10026: ['permission', 'operation-forbidden', false, 'contact-support'], // command word forbidden for this SDKAppID
  10030: ['message', 'not-found', false, 'fix-input'], // message to recall does not exist
  10031: ['message', 'recall-expired', false, 'none'], // recall time limit (2 minutes) passed
  10032: ['message', 'unsupported', false, 'none'], // this message cannot be recalled
  10033: ['message', 'unsupported', false, 'none'], // this group type does not support message recall
  10034: ['message', 'unsupported', false, 'none'], // this message type cannot be deleted
  10035: ['message', 'unsupported', false, 'none'], // AV / broadcasting chat rooms do not support message deletion
  10036: ['quota', 'plan-upgrade-required', false, 'upgrade-plan'], // AV chat room creation limit: purchase a plan
  10037: ['quota', 'plan-upgrade-required', false, 'upgrade-plan'], // groups per user (create + join) limit: purchase / upgrade
  10038: ['quota', 'plan-upgrade-required', false, 'upgrade-plan'], // group member limit: purchase / upgrade
  10041: ['quota', 'feature-not-enabled', false, 'check-config'], // group message recall disabled for this SDKAppID
  // An edit racing another: read the attributes again, then write (group has no `conflict` reason).
  10056: ['group', 'other', false, 'fix-input'], // group attribute write conflict: fetch the latest attributes first
  // ── Server: one-to-one messages ──
  20001: ['message', 'invalid', false, 'fix-input'], // invalid request packet (native header adds: check that sender and recipient exist)
  // The native header (2026) says only "internal authentication failed"; the seed and the web SDK's name
  // (MSG_A2KEY_EXPIRED) say which: the A2 derived from the UserSig expired.
  20002: ['auth', 'token-expired', false, 'refresh-credentials'], // UserSig or A2 expired (native header: internal auth failed)
  20003: ['user', 'not-found', false, 'fix-input'], // sender or recipient UserID invalid or not existing
  20004: ['server', 'internal', true, 'retry'], // network exception (server side); try again later
  20005: ['server', 'internal', true, 'retry'], // internal server error
  20006: ['message', 'rejected-by-callback', false, 'none'], // before-send callback: app backend forbade the message
  20007: ['message', 'blocked-by-receiver', false, 'none'], // sender is in the recipient's blocklist
  // Rule 3 names a mismatched SDKAppID; here the cause is stale local data after switching SDKAppID.
  20008: ['auth', 'app-key-invalid', false, 'check-config'], // sender / recipient SDKAppID mismatch (clear the old database)
  20009: ['message', 'not-friend', false, 'none'], // not friends (friend check on one-to-one chats)
  20010: ['message', 'not-friend', false, 'none'], // sender not a friend of the recipient (one-way)
  20011: ['message', 'not-friend', false, 'none'], // recipient not a friend of the sender (one-way)
  20012: ['message', 'sender-muted', false, 'none'], // sender muted
  20016: ['message', 'recall-expired', false, 'none'], // recall time limit (2 minutes) reached
  20018: ['server', 'internal', true, 'retry'], // internal error deleting roaming messages
  20022: ['message', 'not-found', false, 'fix-input'], // message to recall does not exist
  20023: ['message', 'already-recalled', false, 'none'], // message already recalled
  // ── Server: offline push ──
  // A race with login: once the login request lands, the same request succeeds.
  21005: ['auth', 'login-in-progress', true, 'wait'], // set-token request arrived before the login request
  22001: ['quota', 'feature-not-enabled', false, 'check-config'], // no offline push certificate uploaded
  22002: ['server', 'internal', true, 'retry'], // network exception (server side); try again later
  22003: ['validation', 'missing-field', false, 'fix-input'], // uploaded (push) token is empty
  22004: ['validation', 'too-large', false, 'fix-input'], // uploaded (push) token exceeds 256 bytes
  22005: ['validation', 'too-large', false, 'fix-input'], // login request data exceeds 1024 bytes
  // ── Server: relationship chain ──
  30001: ['friend', 'invalid', false, 'fix-input'], // incorrect request parameters
  30002: ['auth', 'app-key-invalid', false, 'check-config'], // SDKAppID does not match other parameters
  30003: ['user', 'not-found', false, 'fix-input'], // requested UserID does not exist
  30004: ['permission', 'admin-required', false, 'fix-input'], // requires app admin permission
  30005: ['friend', 'content-rejected', false, 'fix-input'], // relationship field contains sensitive words
  30006: ['server', 'internal', true, 'retry'], // internal server error
  30007: ['server', 'timeout', true, 'retry'], // network timed out (server side); try again later
  30008: ['server', 'conflict', true, 'retry'], // write conflict from concurrent writes
  30009: ['friend', 'no-permission', false, 'none'], // backend prohibits this user from sending friend requests
  30010: ['friend', 'limit-reached', false, 'fix-input'], // own friend limit reached
  30011: ['friend', 'limit-reached', false, 'fix-input'], // friend group limit reached
  30012: ['friend', 'limit-reached', false, 'fix-input'], // pending friend request limit reached
  30013: ['friend', 'limit-reached', false, 'fix-input'], // blocklist limit reached
  30014: ['friend', 'peer-limit-reached', false, 'none'], // the other party reached the friend limit
  30515: ['friend', 'in-blocklist', false, 'fix-input'], // the user is in your blocklist
  30516: ['friend', 'request-declined', false, 'none'], // the other party rejects all friend requests
  30525: ['friend', 'blocked-by-peer', false, 'none'], // you are in the user's blocklist
  30539: ['friend', 'request-pending', false, 'none'], // request pending (peer must confirm)
  // "Filtered by the security policy. Do not initiate friend requests too frequently": a frequency limit (rule 1).
  30540: ['rate-limit', 'too-many-requests', true, 'wait'], // friend request filtered: too frequent
  30614: ['friend', 'request-not-found', false, 'none'], // the pending request does not exist
  31704: ['friend', 'not-friend', false, 'none'], // no friend relationship with the account to delete
  31707: ['rate-limit', 'too-many-requests', true, 'wait'], // friend deletion filtered: too frequent
  31804: ['user', 'not-found', false, 'fix-input'], // requested UserID does not exist
  // ── Server: profile ──
  40001: ['validation', 'invalid', false, 'fix-input'], // incorrect request parameters (profile API)
  40002: ['user', 'invalid-id', false, 'fix-input'], // UserID whose profile to get is missing
  40003: ['user', 'not-found', false, 'fix-input'], // requested UserID does not exist
  40004: ['permission', 'admin-required', false, 'fix-input'], // requires app admin permission
  40005: ['user', 'content-rejected', false, 'fix-input'], // profile fields contain sensitive words
  40006: ['server', 'internal', true, 'retry'], // internal server error
  40007: ['user', 'no-permission', false, 'check-config'], // no permission to read profile fields
  40008: ['user', 'no-permission', false, 'check-config'], // no permission to write profile fields
  40009: ['user', 'invalid-field', false, 'fix-input'], // profile field Tag does not exist
  40601: ['user', 'invalid-field', false, 'fix-input'], // profile field Value exceeds 500 bytes
  40605: ['user', 'invalid-field', false, 'fix-input'], // incorrect Value of a standard profile field
  40610: ['user', 'invalid-field', false, 'fix-input'], // incorrect Value type of a standard profile field
  // ── Server: recent contacts ──
  50001: ['user', 'not-found', false, 'fix-input'], // requested UserID does not exist
  50002: ['validation', 'invalid', false, 'fix-input'], // incorrect request parameters
  50003: ['permission', 'admin-required', false, 'fix-input'], // requires app admin permission
  50004: ['server', 'internal', true, 'retry'], // internal server error
  50005: ['server', 'timeout', true, 'retry'], // network timed out (server side); try again later
  // ── Server: common backend (REST API) ──
  60002: ['validation', 'malformed', false, 'fix-input'], // error parsing the HTTP request (URL format)
  60003: ['validation', 'malformed', false, 'fix-input'], // error parsing the request JSON
  60004: ['auth', 'invalid-credentials', false, 'refresh-credentials'], // request URI, or UserID / UserSig in it, incorrect
  60005: ['auth', 'invalid-credentials', false, 'refresh-credentials'], // request URI, or UserID / UserSig in it, incorrect
  60006: ['auth', 'app-key-invalid', false, 'check-config'], // invalid SDKAppID
  60007: ['rate-limit', 'too-many-requests', true, 'wait'], // REST API call frequency limit
  60008: ['server', 'timeout', true, 'retry'], // service request timed out (or HTTP format error); try again later
  60009: ['validation', 'invalid', false, 'fix-input'], // incorrect request resource (URL)
  60010: ['permission', 'admin-required', false, 'fix-input'], // UserID must be the app admin account
  60011: ['rate-limit', 'too-many-requests', true, 'wait'], // SDKAppID request frequency limit
  60012: ['auth', 'app-key-invalid', false, 'check-config'], // SDKAppID missing from the REST API URL
  60013: ['server', 'unexpected-response', true, 'retry'], // error parsing the JSON of the HTTP response
  60014: ['server', 'timeout', true, 'retry'], // account switching timed out
  60015: ['user', 'invalid-id', false, 'fix-input'], // UserID not a string
  60016: ['auth', 'app-disabled', false, 'contact-support'], // SDKAppID is disabled
  60017: ['permission', 'operation-forbidden', false, 'contact-support'], // the request is disabled
  60018: ['rate-limit', 'too-many-requests', true, 'wait'], // too many requests
  60019: ['rate-limit', 'too-many-requests', true, 'wait'], // too many requests
  // No plan, or one bought less than five minutes ago; waiting fixes only the second, so the plan is what to check.
  60020: ['quota', 'plan-upgrade-required', false, 'upgrade-plan'], // no plan purchased, or the new plan not active yet (try again in 5 min)
  // ── Server: account ──
  70001: ['auth', 'token-expired', false, 'refresh-credentials'], // UserSig expired
  70002: ['auth', 'missing-credentials', false, 'refresh-credentials'], // UserSig length is 0
  70003: ['auth', 'invalid-credentials', false, 'refresh-credentials'], // invalid UserSig
  70005: ['auth', 'invalid-credentials', false, 'refresh-credentials'], // invalid UserSig
  70009: ['auth', 'invalid-credentials', false, 'check-config'], // UserSig signed with another SDKAppID's key
  70013: ['auth', 'invalid-credentials', false, 'refresh-credentials'], // UserID does not match the UserSig's
  70014: ['auth', 'app-key-invalid', false, 'check-config'], // SDKAppID does not match the UserSig's
  70016: ['auth', 'invalid-credentials', false, 'check-config'], // public key does not exist (get the key in the console)
  70020: ['auth', 'app-key-invalid', false, 'check-config'], // SDKAppID not found
  70050: ['rate-limit', 'too-many-logins', true, 'wait', 60000], // UserSig auth too often: try again after 1 minute
  70051: ['auth', 'account-disabled', false, 'contact-support'], // the account is blocked
  70052: ['auth', 'invalid-credentials', false, 'refresh-credentials'], // UserSig no longer valid: generate a new one
  70101: ['auth', 'token-expired', false, 'refresh-credentials'], // V3: login answered: ticket expired
  70107: ['user', 'not-found', false, 'fix-input'], // requested UserID does not exist
  // The native header says only "restricted for security reasons"; the seed says why: logging in too often.
  70114: ['rate-limit', 'too-many-logins', true, 'wait'], // login restricted: logging in too often
  70169: ['server', 'timeout', true, 'retry'], // server timed out
  70202: ['server', 'timeout', true, 'retry'], // server timed out
  70206: ['validation', 'invalid', false, 'fix-input'], // invalid batch quantity
  70398: ['quota', 'account-limit-reached', false, 'upgrade-plan'], // account count limit (100): upgrade to Pro
  70402: ['validation', 'invalid', false, 'fix-input'], // invalid parameter
  70403: ['permission', 'admin-required', false, 'fix-input'], // requires app admin permission
  70500: ['server', 'internal', true, 'retry'], // internal server error
  71000: ['user', 'no-permission', false, 'none'], // account deletion refused: only trial-edition accounts can be deleted
  // ── Server: content checks ──
  80001: ['message', 'content-rejected', false, 'fix-input'], // text filtered: security-sensitive words
  80002: ['message', 'too-large', false, 'fix-input'], // message packet exceeds 8 KB
  80101: ['message', 'content-rejected', false, 'fix-input'], // V3: message content filtered by security policy
  // ── Server: REST messages and push ──
  90001: ['validation', 'malformed', false, 'fix-input'], // failed to parse the JSON request
  90002: ['message', 'invalid', false, 'fix-input'], // MsgBody not in message format / not an Array
  // The native header (2026) replaces the seed's "To_Account missing or does not exist" (user/not-found) with
  // "To_Account missing or not of the expected type": a malformed request, as 90005 / 90006.
  90003: ['message', 'invalid', false, 'fix-input'], // To_Account missing or of the wrong type (seed: missing or not existing)
  90005: ['message', 'invalid', false, 'fix-input'], // MsgRandom missing or not an Integer
  90006: ['message', 'invalid', false, 'fix-input'], // MsgTimeStamp missing or not an Integer
  90007: ['message', 'invalid', false, 'fix-input'], // MsgBody not an Array
  90008: ['user', 'not-found', false, 'fix-input'], // From_Account missing or not existing
  90009: ['permission', 'admin-required', false, 'fix-input'], // requires app admin permission
  90010: ['message', 'invalid', false, 'fix-input'], // JSON packet not in message format
  90011: ['message', 'limit-reached', false, 'fix-input'], // batch send: more than 500 target UserIDs
  90012: ['user', 'not-found', false, 'fix-input'], // To_Account not registered or not existing
  90018: ['message', 'limit-reached', false, 'fix-input'], // number of requested accounts exceeds the limit
  90022: ['message', 'invalid', false, 'fix-input'], // push condition: duplicate tags in TagsOr and TagsAnd
  90024: ['rate-limit', 'too-many-messages', true, 'wait', 1000], // pushes too often: interval must exceed 1 second
  90026: ['message', 'invalid', false, 'fix-input'], // offline message storage period over 7 days
  90030: ['user', 'invalid-field', false, 'fix-input'], // (user) attribute length 0 or over 50
  90031: ['message', 'invalid', false, 'fix-input'], // SyncOtherMachine not an Integer
  90032: ['message', 'invalid', false, 'fix-input'], // more than 10 tags in a push condition or tag addition — audit: push-condition tags, as 90022 / 90040
  90033: ['user', 'invalid-field', false, 'fix-input'], // invalid (user) attributes
  90034: ['message', 'invalid', false, 'fix-input'], // tag longer than 50
  90040: ['message', 'invalid', false, 'fix-input'], // an empty tag in the push conditions
  90043: ['message', 'invalid', false, 'fix-input'], // invalid OfflinePushInfo
  90044: ['message', 'invalid', false, 'fix-input'], // MsgLifeTime not an Integer
  90045: ['quota', 'feature-not-enabled', false, 'upgrade-plan'], // "all member push" not enabled
  90047: ['quota', 'daily-limit-reached', false, 'upgrade-plan'], // pushes exceed the daily limit (100 by default)
  90048: ['user', 'not-found', false, 'fix-input'], // requested UserID does not exist
  90054: ['message', 'invalid', false, 'fix-input'], // invalid MsgKey in the recall request
  90055: ['message', 'too-large', false, 'fix-input'], // batch message packet exceeds 8 KB
  // A native SDK code in the REST block: a second init, no message involved.
  90101: ['client', 'invalid-state', false, 'none'], // V3: IM SDK already initialized, no need to initialize again
  // If every request fails so and a third-party callback is enabled, the app's callback server is at fault.
  90992: ['server', 'internal', true, 'retry'], // internal server error (check the app's callback answers)
  90994: ['server', 'internal', true, 'retry'], // internal server error
  90995: ['server', 'internal', true, 'retry'], // internal server error
  91000: ['server', 'internal', true, 'retry'], // internal server error
  // Rule 3 names "kicked offline"; the cause is a cap on concurrent web instances.
  91101: ['auth', 'kicked-other-device', false, 'relogin'], // web instance logged out: too many concurrent web instances
  93000: ['message', 'too-large', false, 'fix-input'], // JSON packet exceeds 8 KB
  // ── Server: resource files ──
  114000: ['media', 'not-found', false, 'fix-input'], // resource file to send does not exist
  114001: ['media', 'unreadable', false, 'fix-input'], // resource file cannot be accessed
  114002: ['media', 'too-large', false, 'fix-input'], // file size exceeds the limit
  114003: ['client', 'cancelled', false, 'none'], // sending cancelled by the user (e.g. logout while sending)
  114004: ['media', 'unreadable', false, 'fix-input'], // failed to read the file
  // Rule 7 names upload/download: a media transfer that timed out, usually the network.
  114005: ['media', 'upload-failed', true, 'check-network'], // resource file transfer timed out
  114011: ['media', 'invalid', false, 'fix-input'], // invalid parameter (resource file)
  // The base of OpenBDH (file transfer) error codes: a failed transfer whose details are not documented.
  115000: ['media', 'other', false, 'none'], // V3: OpenBDH error code base
  115066: ['media', 'checksum-mismatch', true, 'retry'], // file MD5 verification failed
  115068: ['media', 'checksum-mismatch', true, 'retry'], // shard MD5 verification failed
};

/**
 * The native SDKs' own codes (6xxx–9xxx: general, account, message, QALSDK, group, relationship chain, network),
 * from the native header: no web SDK or REST answer gives them. Part of {@link tencentMappings}' `codes`; not in
 * `im-errors/tencent/web`.
 */
export const tencentNativeCodes: CodeTable = {
  // ── Native SDK: general, account, message ──
  6001: ['client', 'internal', false, 'contact-support'], // PB parsing failed (internal error)
  6002: ['client', 'internal', false, 'contact-support'], // PB serialization failed (internal error)
  6003: ['client', 'other', false, 'none'], // V3: batch operation failed (unspecified; see generic)
  6004: ['auth', 'not-logged-in', false, 'relogin'], // session invalid: getConversation while not logged in
  6005: ['client', 'storage', false, 'check-config'], // failed to load the local database (file corruption)
  6006: ['media', 'upload-credentials-failed', false, 'fix-input'], // file transfer authentication failed; check the file format
  6007: ['media', 'upload-failed', true, 'retry'], // failed to get the file server list (FTP)
  6008: ['media', 'upload-failed', true, 'check-network'], // file upload failed (FTP); check the network
  // Two causes: network (transient) or the file expired (7 days); read as the network case.
  6009: ['media', 'download-failed', true, 'check-network'], // file download failed (FTP): network, or file expired
  6010: ['network', 'request-failed', true, 'check-network'], // HTTP request failed
  6011: ['message', 'invalid', false, 'fix-input'], // V3: invalid recipient
  6012: ['network', 'timeout', true, 'retry'], // V3: request timed out
  6013: ['client', 'not-initialized', false, 'check-config'], // IM SDK not initialized
  // "In progress": a second call (e.g. init) before the first one's callback; the same call succeeds once it is done.
  6015: ['client', 'invalid-state', true, 'wait'], // operation in progress (e.g. a second init before the first's callback)
  6014: ['auth', 'not-logged-in', false, 'relogin'], // not logged in, or forcibly logged out
  6016: ['message', 'invalid', false, 'fix-input'], // invalid message elem
  6017: ['validation', 'invalid', false, 'fix-input'], // a parameter is invalid
  6018: ['client', 'internal', false, 'contact-support'], // V3: INIT CORE module failed
  6019: ['client', 'storage', false, 'check-config'], // local database operation failed (permissions / corruption)
  6020: ['client', 'internal', false, 'contact-support'], // V3: SessionNode is null
  6021: ['media', 'invalid', false, 'fix-input'], // invalid object: TIMImage user-generated or wrongly assigned
  6022: ['client', 'storage', false, 'check-config'], // local I/O error (permissions, disk full)
  // Rule 3 names "logged out", rule 13 names "cancelled locally": the login was cancelled by the app's own logout.
  6023: ['client', 'cancelled', false, 'none'], // V3: logged out before login completed
  6024: ['client', 'not-initialized', false, 'contact-support'], // V3: TLS SDK not initialized
  6025: ['auth', 'missing-credentials', false, 'relogin'], // V3: TLS SDK found no user information
  6026: ['auth', 'not-logged-in', false, 'relogin'], // account not logged in during auto login
  6027: ['validation', 'malformed', false, 'fix-input'], // incorrect JSON format
  6028: ['client', 'out-of-memory', false, 'none'], // insufficient memory
  // The image given cannot be opened as an image: the file, not the transfer, is at fault.
  6031: ['media', 'not-media', false, 'fix-input'], // upload failed: check that the image opens normally
  // ── Native SDK V3: QALSDK bind / packet / request codes ──
  6100: ['client', 'other', false, 'none'], // V3: QALSDK BIND failed, reason unknown
  6101: ['auth', 'missing-credentials', false, 'relogin'], // V3: SSO ticket missing
  6102: ['client', 'invalid-state', false, 'none'], // V3: repeated BIND (already bound)
  6103: ['client', 'internal', false, 'contact-support'], // V3: TinyId is empty (as 7002)
  6104: ['client', 'internal', false, 'contact-support'], // V3: GUID is empty
  6105: ['client', 'internal', false, 'contact-support'], // V3: failed to unpack the register packet
  6106: ['network', 'timeout', true, 'retry'], // V3: registration timed out
  6107: ['client', 'invalid-state', true, 'wait'], // V3: BIND in progress
  6120: ['network', 'other', false, 'none'], // V3: unknown error sending the packet
  6121: ['network', 'offline', true, 'check-network'], // V3: no network when sending the request
  6122: ['network', 'offline', true, 'check-network'], // V3: no network when the reply was due
  // No permission at the access layer: the session is not (or no longer) authenticated.
  6123: ['auth', 'not-logged-in', false, 'relogin'], // V3: no permission when sending the request
  6124: ['server', 'other', false, 'none'], // V3: SSO error (unspecified)
  6125: ['network', 'timeout', true, 'retry'], // V3: request timed out
  6126: ['network', 'timeout', true, 'retry'], // V3: reply timed out
  6127: ['network', 'request-failed', true, 'check-network'], // V3: resending failed
  6128: ['network', 'request-failed', true, 'check-network'], // V3: resend did not actually send
  6129: ['client', 'other', false, 'none'], // V3: "save filtered" (保存被过滤; no more is documented)
  6130: ['network', 'queue-full', true, 'check-network'], // V3: sending overloaded (as 9507 / 6212)
  6131: ['client', 'internal', false, 'contact-support'], // V3: data logic error
  // The friendship proxy's local copy: sync states the SDK leaves by itself.
  6150: ['client', 'invalid-state', true, 'wait'], // V3: proxy_manager has not finished syncing server data
  6151: ['client', 'invalid-state', true, 'wait'], // V3: proxy_manager is syncing server data
  6152: ['client', 'other', false, 'none'], // V3: proxy_manager sync failed (cause unspecified)
  6153: ['friend', 'invalid', false, 'fix-input'], // V3: proxy_manager request parameters invalid (local check)
  6160: ['group', 'invalid-field', false, 'fix-input'], // V3: group assistant request contains a non-preset field
  6161: ['group', 'unsupported', false, 'check-config'], // V3: group assistant local storage of group profiles not enabled
  6162: ['group', 'other', false, 'none'], // V3: failed to load group profiles
  6200: ['network', 'offline', true, 'check-network'], // V3: no network when requesting
  6201: ['network', 'offline', true, 'check-network'], // V3: no network when the response was due
  // Not ready yet, as the web SDK's 2999 SDK_IS_NOT_READY: the same call succeeds once it is.
  6205: ['client', 'not-initialized', true, 'wait'], // V3: QALSDK service not ready
  6206: ['auth', 'token-expired', false, 'refresh-credentials'], // UserSig expired
  6207: ['auth', 'invalid-credentials', false, 'refresh-credentials'], // V3: account authentication failed (TinyId conversion failed)
  6208: ['auth', 'kicked-other-device', false, 'relogin'], // logged out: account logged in on another device
  6209: ['network', 'disconnected', true, 'check-network'], // V3: no connection attempted since the app launched
  6210: ['client', 'other', false, 'none'], // V3: QALSDK execution failed (unspecified)
  6211: ['client', 'internal', false, 'contact-support'], // V3: invalid request: toMsgService invalid
  6212: ['network', 'queue-full', true, 'check-network'], // V3: request queue full
  6213: ['auth', 'kicked-other-device', false, 'relogin'], // V3: kicked by another device
  // Rule 3 names a disabled app: the service was suspended for the app, which the vendor must lift.
  6214: ['auth', 'app-disabled', false, 'contact-support'], // V3: service suspended
  6215: ['auth', 'invalid-credentials', false, 'refresh-credentials'], // V3: SSO signature error
  6216: ['auth', 'invalid-credentials', false, 'refresh-credentials'], // V3: SSO cookie invalid
  6217: ['server', 'unexpected-response', true, 'retry'], // V3: login: TLS SDK reply failed its length check
  6218: ['server', 'timeout', true, 'retry'], // V3: login: OPENSTATSVC reporting status to OPENMSG timed out
  6219: ['server', 'unexpected-response', true, 'retry'], // V3: login: OPENSTATSVC could not parse OPENMSG's reply
  6220: ['client', 'internal', false, 'contact-support'], // V3: login: TLS SDK decryption failed (as 7506)
  // A captive portal: the device is on a network that needs signing in first.
  6221: ['network', 'connection-failed', true, 'check-network'], // V3: Wi-Fi needs authentication
  6222: ['client', 'cancelled', false, 'none'], // V3: cancelled by the user
  6223: ['message', 'recall-expired', false, 'none'], // V3: recall time limit (2 minutes by default) passed
  6224: ['client', 'unsupported', false, 'check-config'], // V3: UGC extension package missing
  6226: ['auth', 'token-expired', false, 'refresh-credentials'], // V3: auto login: local ticket expired, log in with a UserSig
  // 6250–6258 are the V3 header's later names for 6200–6216, judged alike.
  6250: ['network', 'offline', true, 'check-network'], // V3: no network when requesting; retry once it is back
  6251: ['network', 'offline', true, 'check-network'], // V3: no network when the response was due; retry once it is back
  6252: ['client', 'other', false, 'none'], // V3: QALSDK execution failed (unspecified)
  6253: ['client', 'internal', false, 'contact-support'], // V3: invalid request: toMsgService invalid
  6254: ['network', 'queue-full', true, 'check-network'], // V3: request queue full
  6255: ['auth', 'kicked-other-device', false, 'relogin'], // V3: kicked by another device
  6256: ['auth', 'app-disabled', false, 'contact-support'], // V3: service suspended
  6257: ['auth', 'invalid-credentials', false, 'refresh-credentials'], // V3: SSO signature error
  6258: ['auth', 'invalid-credentials', false, 'refresh-credentials'], // V3: SSO cookie invalid
  6300: ['network', 'connection-failed', true, 'check-network'], // V3: no short-connection SSO available
  7001: ['client', 'internal', false, 'contact-support'], // cross-thread error (internal)
  7002: ['client', 'internal', false, 'contact-support'], // TinyId is empty (internal error)
  7003: ['user', 'invalid-id', false, 'fix-input'], // invalid UserID
  7004: ['media', 'not-found', false, 'fix-input'], // file does not exist
  7005: ['media', 'too-large', false, 'fix-input'], // file exceeds the size limit (native header: images / audio 28 MB, video / files 100 MB; seed: 100 MB)
  7006: ['media', 'empty', false, 'fix-input'], // file is empty (0 bytes)
  7007: ['media', 'unreadable', false, 'fix-input'], // failed to open the file
  7008: ['rate-limit', 'too-many-requests', true, 'wait'], // API called too frequently (API 调用超频)
  7013: ['quota', 'plan-upgrade-required', false, 'upgrade-plan'], // the plan does not support this API: upgrade to the Ultimate plan
  7014: ['validation', 'invalid', false, 'fix-input'], // invalid request (非法请求)
  7501: ['auth', 'login-in-progress', true, 'wait'], // login in process
  7502: ['auth', 'logout-in-progress', true, 'wait'], // logout in process
  7503: ['client', 'internal', false, 'contact-support'], // TLS SDK init failed (internal)
  7504: ['client', 'not-initialized', false, 'contact-support'], // TLS SDK not initialized (internal)
  7505: ['client', 'internal', false, 'contact-support'], // TLS TRANS packet format incorrect (internal)
  7506: ['client', 'internal', false, 'contact-support'], // TLS decryption failed (internal)
  7507: ['client', 'internal', false, 'contact-support'], // failed to send the request to the TLS SDK (internal)
  // Called internal, but it is a request to the login service timing out: a client-side timeout (rule 2).
  7508: ['network', 'timeout', true, 'retry'], // request to the TLS SDK timed out
  8001: ['message', 'too-large', false, 'fix-input'], // message exceeds 8 KB
  // The response packet's key does not match the request's: an unexpected response.
  8002: ['server', 'unexpected-response', true, 'retry'], // message KEY error (internal)
  // Rule 2 names "HTTP request failed"; image conversion is not an upload or download.
  8003: ['network', 'request-failed', true, 'check-network'], // HTTP request for image conversion failed
  8005: ['message', 'limit-reached', false, 'fix-input'], // merged message nested deeper than the limit (100 levels)
  // Signalling (call invitations) travels as messages, as on the web (platforms.web 8010–8012).
  8010: ['message', 'invalid', false, 'fix-input'], // signalling request ID invalid or already handled
  8011: ['message', 'no-permission', false, 'fix-input'], // no permission for the signalling request (e.g. cancelling another's invitation)
  8012: ['message', 'already-exists', false, 'none'], // the signalling invitation already exists
  // ── Native SDK: group ──
  8501: ['group', 'invalid-id', false, 'fix-input'], // invalid group ID
  8502: ['group', 'invalid-field', false, 'fix-input'], // invalid group name (≤ 30 bytes)
  8503: ['group', 'invalid-field', false, 'fix-input'], // invalid group introduction (≤ 240 bytes)
  8504: ['group', 'invalid-field', false, 'fix-input'], // invalid group notice (≤ 300 bytes)
  8505: ['group', 'invalid-field', false, 'fix-input'], // invalid group profile photo URL (≤ 100 bytes)
  8506: ['group', 'invalid-field', false, 'fix-input'], // invalid group name card (≤ 50 bytes)
  8507: ['group', 'full', false, 'fix-input'], // members exceed the group type's limit on creation / invitation
  8508: ['group', 'unsupported', false, 'fix-input'], // private group cannot be joined by application
  8509: ['group', 'invalid', false, 'fix-input'], // cannot invite a member whose role is group owner
  8510: ['group', 'invalid', false, 'fix-input'], // cannot invite 0 members
  // Rule 1 before the domain: a frequency limit on the group attribute APIs, not a group state.
  8511: ['rate-limit', 'too-many-requests', true, 'wait', 250], // group attributes: writes 5 per second (server), reads 20 per 5 s (SDK)
  // ── Native SDK: relationship chain ──
  9001: ['user', 'invalid-field', false, 'fix-input'], // invalid profile field
  9002: ['friend', 'invalid-field', false, 'fix-input'], // invalid friend remarks (≤ 96 bytes)
  9003: ['friend', 'invalid-field', false, 'fix-input'], // invalid friend request wording (≤ 120 bytes)
  9004: ['friend', 'invalid-field', false, 'fix-input'], // friend request source lacks "AddSource_Type_"
  9005: ['friend', 'invalid-field', false, 'fix-input'], // invalid friend group name
  // ── Native SDK: "network" codes (several are internal SDK failures) ──
  9501: ['client', 'internal', false, 'contact-support'], // SSO encryption failed (internal)
  9502: ['client', 'internal', false, 'contact-support'], // SSO decryption failed (internal)
  9503: ['auth', 'login-in-progress', true, 'wait'], // SSO not authenticated: login not completed — audit: login still in flight; wait, don't send to sign-in
  9504: ['client', 'internal', false, 'contact-support'], // packet compression failed (internal)
  9505: ['client', 'internal', false, 'contact-support'], // packet decompression failed (internal)
  9506: ['rate-limit', 'too-many-requests', true, 'wait', 200], // call frequency limit: 5 requests per second
  9507: ['network', 'queue-full', true, 'check-network'], // request queue exceeds 1,000 concurrent requests
  9508: ['network', 'offline', true, 'check-network'], // network disconnected / no network
  9509: ['client', 'invalid-state', false, 'none'], // connection already established, created again (internal)
  9510: ['network', 'timeout', true, 'check-network'], // connection setup timed out
  9511: ['rate-limit', 'too-many-connections', true, 'wait'], // connection rejected: too frequent connection requests
  9512: ['network', 'connection-failed', true, 'check-network'], // no route to the network
  9513: ['client', 'internal', true, 'retry'], // insufficient call buffer: system too busy (internal)
  9514: ['network', 'connection-reset', true, 'check-network'], // peer reset the connection (server overloaded); SDK reconnects
  9515: ['network', 'connection-failed', true, 'retry'], // invalid socket (internal)
  9516: ['client', 'storage', false, 'check-config'], // failed to parse the IP: local imsdk_config may be corrupted
  9517: ['network', 'connection-reset', true, 'check-network'], // invalid connection: intermediate node / reset by server
  9518: ['network', 'timeout', true, 'check-network'], // timed out waiting to enter the send queue
  9519: ['network', 'timeout', true, 'check-network'], // timed out waiting to enter the OS network layer
  9520: ['network', 'timeout', true, 'check-network'], // timed out waiting for the server's response
  9521: ['network', 'timeout', true, 'check-network'], // timed out sending the rest of a request (uplink too slow)
  9522: ['validation', 'too-large', false, 'fix-input'], // request packet exceeds the 1 MB limit
  9523: ['network', 'offline', true, 'check-network'], // timed out entering the OS network buffer; no network detected
  9524: ['network', 'offline', true, 'check-network'], // timed out waiting for the server's response; no network detected
  9525: ['network', 'offline', true, 'check-network'], // timed out sending the rest of a request; no network detected
};

/** The web SDKs' own client codes: {@link tencentMappings}' `platforms.web`. */
export const tencentWebCodes: CodeTable = {
  // Not in the seed: the web SDKs ship constant names only (descriptions are downloaded at runtime).
  1002: ['auth', 'kicked-other-device', false, 'relogin'], // web SDK constant HELLO_ANSWER_KICKED_OUT (kicked offline)
  2000: ['auth', 'app-key-invalid', false, 'check-config'], // web SDK constant NO_SDKAPPID
  2001: ['auth', 'app-key-invalid', false, 'check-config'], // web SDK constant NO_ACCOUNT_TYPE
  2002: ['auth', 'missing-credentials', false, 'fix-input'], // web SDK constant NO_IDENTIFIER (no userID)
  2003: ['auth', 'missing-credentials', false, 'refresh-credentials'], // web SDK constant NO_USERSIG
  2022: ['auth', 'missing-credentials', false, 'relogin'], // web SDK constant NO_TINYID (set by login)
  2023: ['auth', 'missing-credentials', false, 'relogin'], // web SDK constant NO_A2KEY (set by login)
  2024: ['auth', 'not-logged-in', false, 'relogin'], // web SDK constant USER_NOT_LOGGED_IN
  2025: ['auth', 'already-logged-in', false, 'none'], // web SDK constant REPEAT_LOGIN
  2040: ['media', 'upload-failed', false, 'check-config'], // web SDK constant COS_UNDETECTED (no COS upload plugin)
  2041: ['media', 'upload-credentials-failed', true, 'retry'], // web SDK constant COS_GET_SIG_FAIL
  2100: ['message', 'send-failed', false, 'none'], // web SDK constant MSG_SEND_FAIL (2.x MESSAGE_SEND_FAIL) — audit: unspecified failure: not retryable, as every other unspecified code
  2101: ['group', 'not-member', false, 'fix-input'], // web SDK constant MSG_SEND_FAIL_NOT_IN_AV (not joined the AV chat room)
  2105: ['message', 'invalid', false, 'fix-input'], // web SDK constant MSG_INSTANCE_REQUIRED
  2106: ['message', 'invalid', false, 'fix-input'], // web SDK constant MSG_INVALID_CONV_TYPE
  2108: ['media', 'empty', false, 'fix-input'], // web SDK constant MSG_F_IS_EMPTY (empty file)
  2109: ['client', 'callback-error', false, 'check-config'], // web SDK constant MSG_ONPROGRESS_ERR (app's onProgress threw)
  2110: ['message', 'other', false, 'none'], // web SDK constant MSG_REVOKE_FAIL
  2111: ['message', 'other', false, 'none'], // web SDK constant MSG_DELETE_FAIL
  2112: ['message', 'other', false, 'none'], // web SDK constant MSG_UNREAD_ALL_FAIL
  2114: ['message', 'invalid', false, 'fix-input'], // web SDK constant READ_RECEIPT_MSG_LIST_EMPTY
  2115: ['group', 'unsupported', false, 'fix-input'], // web SDK constant MSG_SEND_GRP_WITH_TOPIC_FAIL (topic-enabled group)
  2116: ['message', 'unsupported', false, 'none'], // web SDK constant CANNOT_DELETE_GRP_SYSTEM_NOTICE
  2117: ['server', 'internal', true, 'retry'], // web SDK constant TRANSLATE_TEXT_FAIL — audit: translation service failed, as Easemob 1204
  2118: ['server', 'internal', true, 'retry'], // web SDK constant VOICE_TO_TEXT_FAIL — audit: speech-to-text service failed, as translation
  2119: ['media', 'invalid', false, 'fix-input'], // web SDK constant UNSUPPORTED_VOICE_FORMAT
  2251: ['media', 'not-found', false, 'fix-input'], // web SDK constant MSG_I_SELECT_F_FIRST (select an image first)
  2252: ['media', 'invalid', false, 'fix-input'], // web SDK constant MSG_I_TYPES_LIMIT (image type not allowed)
  2253: ['media', 'too-large', false, 'fix-input'], // web SDK constant MSG_I_SIZE_LIMIT
  2300: ['media', 'upload-failed', true, 'retry'], // web SDK constant MSG_A_UPLOAD_FAIL (audio)
  2301: ['media', 'too-large', false, 'fix-input'], // web SDK constant MSG_A_SIZE_LIMIT
  2350: ['media', 'upload-failed', true, 'retry'], // web SDK constant MSG_V_UPLOAD_FAIL (video)
  2351: ['media', 'too-large', false, 'fix-input'], // web SDK constant MSG_V_SIZE_LIMIT
  2352: ['media', 'invalid', false, 'fix-input'], // web SDK constant MSG_V_TYPES_LIMIT (video type not allowed)
  2400: ['media', 'upload-failed', true, 'retry'], // web SDK constant MSG_F_UPLOAD_FAIL (file)
  2401: ['media', 'not-found', false, 'fix-input'], // web SDK constant MSG_F_SELECT_F_FIRST (select a file first)
  2402: ['media', 'too-large', false, 'fix-input'], // web SDK constant MSG_F_SIZE_LIMIT
  2403: ['media', 'invalid', false, 'fix-input'], // web SDK constant MSG_F_URL_IS_EMPTY
  2450: ['message', 'invalid', false, 'fix-input'], // web SDK constant MSG_MERGER_TYPE_INVALID (not a merged message)
  2451: ['message', 'invalid', false, 'fix-input'], // web SDK constant MSG_MERGER_KEY_INVALID
  2452: ['media', 'download-failed', true, 'retry'], // web SDK constant MSG_MERGER_DOWNLOAD_FAIL
  2453: ['message', 'unsupported', false, 'fix-input'], // web SDK constant MSG_FORWARD_TYPE_INVALID (type cannot be forwarded)
  2454: ['message', 'invalid', false, 'fix-input'], // web SDK constant MSG_FORWARD_INVALID_ELEMENTS
  // Someone changed the message first: re-read it and apply the edit again (message has no `conflict` reason).
  2480: ['message', 'conflict', false, 'fix-input'], // web SDK constant MSG_MODIFY_CONFLICT — edited concurrently: reload, then edit again
  2481: ['message', 'unsupported', false, 'none'], // web SDK constant MSG_MODIFY_DISABLED_IN_AV
  2500: ['message', 'not-found', false, 'fix-input'], // web SDK constant CONV_NOT_FOUND (conversation)
  // "User or group": read as the user case (project decision for "does not exist").
  2501: ['user', 'not-found', false, 'fix-input'], // web SDK constant USER_OR_GRP_NOT_FOUND
  2502: ['message', 'invalid', false, 'fix-input'], // web SDK constant CONV_UN_RECORDED_TYPE
  2503: ['message', 'invalid', false, 'fix-input'], // web SDK constant INVALID_CONV_ID
  2600: ['group', 'invalid', false, 'fix-input'], // web SDK constant ILLEGAL_GRP_TYPE
  2601: ['group', 'unsupported', false, 'fix-input'], // tim-js-sdk 2.x constant CANNOT_JOIN_WORK (not in 3.x)
  2602: ['group', 'invalid-id', false, 'fix-input'], // web SDK constant ILLEGAL_GRP_ID
  2603: ['group', 'not-found', false, 'fix-input'], // web SDK constant CANNOT_FIND_GRP
  2620: ['group', 'unsupported', false, 'fix-input'], // web SDK constant CANNOT_CHANGE_OWNER_IN_AV
  2621: ['group', 'invalid', false, 'fix-input'], // web SDK constant CANNOT_CHANGE_OWNER_TO_SELF
  2622: ['group', 'unsupported', false, 'fix-input'], // tim-js-sdk 2.x constant CANNOT_DISMISS_WORK (not in 3.x)
  2623: ['group', 'not-member', false, 'fix-input'], // web SDK constant MEMBER_NOT_IN_GRP
  2660: ['group', 'other', false, 'none'], // web SDK constant JOIN_GRP_FAIL
  2661: ['group', 'unsupported', false, 'fix-input'], // web SDK constant CANNOT_ADD_MEMBER_IN_AV
  2662: ['auth', 'not-logged-in', false, 'relogin'], // web SDK constant CANNOT_JOIN_NON_AV_WITHOUT_LOGIN
  2681: ['group', 'no-permission', false, 'fix-input'], // web SDK constant NOT_OWNER
  2682: ['group', 'unsupported', false, 'fix-input'], // tim-js-sdk 2.x constant CANNOT_SET_MEMBER_ROLE_IN_WORK_AND_AVCHATROOM
  2683: ['group', 'invalid', false, 'fix-input'], // web SDK constant INVALID_MEMBER_ROLE
  2684: ['group', 'invalid', false, 'fix-input'], // web SDK constant CANNOT_SET_SELF_MEMBER_ROLE
  2685: ['group', 'invalid', false, 'fix-input'], // web SDK constant CANNOT_MUTE_SELF
  2686: ['group', 'invalid', false, 'fix-input'], // web SDK constant BAN_DURATION_INVALID
  2687: ['group', 'unsupported', false, 'fix-input'], // web SDK constant OPERATION_NOT_SUPPORTED_IN_AV
  2700: ['friend', 'not-friend', false, 'fix-input'], // web SDK constant NOT_MY_FRIEND
  2701: ['friend', 'already-friend', false, 'none'], // web SDK constant ALREADY_MY_FRIEND
  2710: ['friend', 'already-exists', false, 'none'], // web SDK constant FRIEND_GRP_EXISTED (friend group exists)
  2711: ['friend', 'not-found', false, 'fix-input'], // web SDK constant FRIEND_GRP_NOT_EXIST (friend group missing)
  2716: ['friend', 'request-not-found', false, 'none'], // web SDK constant FRIEND_APPLICATION_NOT_EXIST
  2721: ['user', 'invalid-field', false, 'fix-input'], // web SDK constant UPDATE_PROFILE_INVALID_PARAM
  2722: ['user', 'invalid-field', false, 'fix-input'], // web SDK constant UPDATE_PROFILE_NO_KEY
  2742: ['friend', 'invalid', false, 'fix-input'], // web SDK constant CANNOT_ADD_SELF_TO_BLACKLIST
  2800: ['network', 'request-failed', true, 'check-network'], // web SDK constant NETWORK_ERROR
  2801: ['network', 'timeout', true, 'retry'], // web SDK constant NETWORK_TIMEOUT (request timed out)
  2805: ['network', 'offline', true, 'check-network'], // web SDK constant NO_NETWORK
  2903: ['client', 'exception', false, 'none'], // web SDK constant UNCAUGHT_ERROR
  2905: ['client', 'unsupported', false, 'fix-input'], // web SDK constant INVALID_OPERATION
  2995: ['validation', 'invalid', false, 'fix-input'], // web SDK constant INVALID_TRTC_CMD
  2996: ['rate-limit', 'too-many-requests', true, 'wait'], // web SDK constant OVER_FREQUENCY_LIMIT
  2997: ['client', 'internal', false, 'contact-support'], // web SDK constant NO_PROTOCOL (2.x CANNOT_FIND_PROTOCOL)
  2998: ['client', 'unsupported', false, 'check-config'], // web SDK constant NO_MODULE (2.x CANNOT_FIND_MODULE): module not loaded
  // SDK not ready yet (login still completing): the same call succeeds once it is.
  2999: ['client', 'not-initialized', true, 'wait'], // web SDK constant SDK_IS_NOT_READY
  3000: ['auth', 'login-in-progress', true, 'wait'], // web SDK constant LOGGING_IN
  3001: ['auth', 'other', false, 'relogin'], // web SDK constant LOGIN_FAILED
  3002: ['auth', 'kicked-other-device', false, 'relogin'], // web SDK constant KICKED_OUT_MULT_DEVICE
  3003: ['auth', 'kicked-other-device', false, 'relogin'], // web SDK constant KICKED_OUT_MULT_ACCOUNT (another account on this page)
  3004: ['auth', 'token-expired', false, 'refresh-credentials'], // web SDK constant KICKED_OUT_USERSIG_EXPIRED
  3005: ['auth', 'not-logged-in', false, 'relogin'], // web SDK constant LOGGED_OUT
  3006: ['auth', 'kicked-by-admin', false, 'relogin'], // web SDK constant KICKED_OUT_REST_API
  3021: ['group', 'invalid-id', false, 'fix-input'], // web SDK constant ILLEGAL_TOPIC_ID (community topic)
  // 3.x NO_USE / 2.x CANNOT_USE_COMMERCIAL_ABILITY: the 2.x name says what "no use" means — a paid feature.
  3122: ['quota', 'feature-not-enabled', false, 'upgrade-plan'], // web SDK constant NO_USE
  3123: ['message', 'content-rejected', false, 'fix-input'], // web SDK constant PROFANITY_FOUND (local profanity filter)
  3153: ['validation', 'missing-field', false, 'fix-input'], // web SDK constant OPTIONS_IS_EMPTY
  // Signaling (call invitations) travels as messages.
  8010: ['message', 'invalid', false, 'fix-input'], // web SDK constant SIGNALING_INVALID_INVITE_ID
  8011: ['message', 'no-permission', false, 'fix-input'], // web SDK constant SIGNALING_NO_PERMISSION
  8012: ['message', 'already-exists', false, 'none'], // web SDK constant SIGNALING_ALREADY_EXISTS (as native 8012: the invitation exists)
  8020: ['message', 'invalid', false, 'fix-input'], // web SDK constant INVALID_CANCEL_MESSAGE
  20002: ['auth', 'token-expired', false, 'refresh-credentials'], // web SDK constant MSG_A2KEY_EXPIRED (= server 20002)
  60022: ['server', 'busy', true, 'retry'], // web SDK constant OPEN_SERVICE_OVERLOAD_ERROR
  70001: ['auth', 'token-expired', false, 'refresh-credentials'], // web SDK constant ACCOUNT_A2KEY_EXPIRED (= server 70001)
};

/** Tencent's code ranges, tried when no table has the code. */
export const tencentRanges: readonly CodeRange[] = [
  // Documented by Tencent: custom codes returned by the app's third-party callback for one-to-one chat.
  [120001, 130000, ['message', 'rejected-by-callback', false, 'none'], true],
  // Inferred from Tencent's module numbering, re-judged against the native header's 340 codes: a range may give
  // a kind only if every code the tables map inside it has that kind. In each of Tencent's blocks the documented
  // codes disagree on kind (the group block holds a rate limit, 8511; the REST message block an SDK state, 90101…),
  // so each yields `unknown` / `unmapped-code`: the code is kept as Tencent's (inferred), but no kind is guessed.
  // None overlaps another.
  [8000, 8099, UNMAPPED, false], // native message codes: message, server (8002), network (8003)
  [8500, 8599, UNMAPPED, false], // native group codes: group, rate-limit (8511)
  [9000, 9099, UNMAPPED, false], // native relationship codes: user (9001), friend
  [9500, 9599, UNMAPPED, false], // native network codes: network, client, auth, rate-limit, validation
  [10000, 10999, UNMAPPED, false], // server group codes: group, server, validation, auth, quota…
  [20000, 20999, UNMAPPED, false], // server one-to-one message codes: message, auth, user, server
  [30000, 31999, UNMAPPED, false], // server relationship codes: friend, user, auth, server, rate-limit…
  [40000, 40999, UNMAPPED, false], // server profile codes: user, validation, permission, server
  [70000, 71999, UNMAPPED, false], // server account codes: auth, user, rate-limit, server, quota…
  [90000, 93999, UNMAPPED, false], // server REST message / push codes: message, user, client (90101)…
  [114000, 115999, UNMAPPED, false], // server resource file codes: media, client (114003)
];

// 6003 "Batch operation failed" says only that something in the batch failed.
export const tencentGeneric: readonly number[] = [6003];

/** Errors the Tencent SDKs tell apart only by their text. */
export const tencentTexts: readonly TextRule[] = [
  // @tencentcloud/chat 3.x and tim-js-sdk 2.x check every API's parameters before anything else and throw this
  // plain Error synchronously, with no code (the details go to the SDK's log only).
  ['Params validate failed.', ['validation', 'invalid', false, 'fix-input'], 'exact'],
];

/**
 * Tencent Cloud IM error codes → im-errors kinds.
 *
 * `codes` covers every code of the seed `../shared/seeds/003_bf142cf8791200b7.txt` (2020) and of the native SDK's
 * header `../shared/vendor-docs/tencent/native-TIMErrorCode.md` (TIMErrorCode.h, 2026: 340 codes, shared by iOS,
 * Android, Flutter, React Native and uni-app): the native IM SDK codes (6xxx–9xxx and the IM SDK V3 codes, among
 * them 70101, 80101, 90101 and 115000 inside server blocks) and the server codes (SSO -302 / -10xxx, 1xxxx–9xxxx,
 * 114xxx/115xxx, and the REST "operation data" codes 1001–1005). Where the header and the seed disagree, the newer
 * header wins and the line says so (-10003, 90003); lines the header only words differently keep the seed's
 * reading and note the header's (20002, 70114). Codes only the header has say "native header" or "V3".
 * Native and server codes still never share a number with two meanings (the header lists the server's codes with
 * the server's meanings, and its native codes are numbers the server does not use), so both live in `codes` and
 * there is no `platforms.native` table. They are written apart ({@link tencentServerCodes}, {@link tencentNativeCodes})
 * so that `im-errors/tencent/web` (mappings/tencent-web.ts) can ship the server's codes without the native ones.
 *
 * `platforms.web` holds the web SDK's own client codes (`@tencentcloud/chat` 3.x, every code of
 * `vendor-sdk-codes/tencentcloud-chat.json`, plus the three `tim-js-sdk` 2.x codes 3.x dropped; `tim-wx-sdk`, the
 * WeChat mini-program SDK, defines the same table). They are not in the seed: the SDKs ship only constant names,
 * so those lines are judged from the name and say "web SDK constant NAME".
 * Web 1002 (`HELLO_ANSWER_KICKED_OUT`, kicked offline) clashes with the server's 1002 ("Invalid parameter").
 *
 * `ranges`: 120001–130000 is Tencent's own (custom codes returned by the one-to-one chat callback); the others are
 * inferred from Tencent's module numbering, never leave a module's block, and give a kind only where every mapped
 * code of the block agrees on it (none does today: they yield `unknown`, see below).
 */
export const tencentMappings: VendorMappings<TencentPlatform> = {
  codes: { ...tencentServerCodes, ...tencentNativeCodes },
  platforms: { web: tencentWebCodes },
  ranges: tencentRanges,
  generic: tencentGeneric,
  texts: tencentTexts,
};

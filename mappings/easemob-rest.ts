/**
 * Easemob / Agora Chat REST API errors: HTTP status → the body's `error` string → mapping, from the server-side
 * error page (`../shared/vendor-docs/easemob/server-side-error.md`, easemob/easemob-doc
 * `docs/document/server-side/error.md`), each row judged from its own line under `docs/mapping-rules.md`.
 * The body is `{ error, error_description, exception?, timestamp?, duration? }`; Agora Chat's REST API sends the same.
 *
 * Where one `error` string covers several documented situations (400 `illegal_argument`, 403 `forbidden_op`), the row
 * holds what the string means in general and {@link easemobRestTexts} tells the documented descriptions apart by
 * their literal text. Rows the page lists without an `error` string (400 "set presence failed", "too many sub
 * presence"…) are text rules with code `''`, tried after the row of whatever `error` the body carries.
 */
import type { RestTable, TextRule } from '../src/mapping.js';

/** (HTTP status, `error`) → mapping. */
export const easemobRest: RestTable = {
  400: {
    // "invalid username or password"; also "client_id / client_secret does not match" (see the texts).
    invalid_grant: ['auth', 'invalid-credentials', false, 'fix-input'],
    // The body is not well-formed JSON.
    json_parse: ['validation', 'malformed', false, 'fix-input'],
    // A property missing or invalid ("Entity user requires a property named username", "from can't be empty",
    // "this is an invalid request.", "target_type can only be …"); the documented exceptions are texts.
    illegal_argument: ['validation', 'invalid', false, 'fix-input'],
    // "some of [groupid] are not valid fields": modifying a group field that cannot be modified (domain: group).
    invalid_parameter: ['group', 'invalid-field', false, 'fix-input'],
    // Resetting the password of a username that does not exist.
    required_property_not_found: ['user', 'not-found', false, 'fix-input'],
    // Registering a username that exists (in a batch, none of the batch is registered: remove it and resend).
    duplicate_unique_property_exists: ['user', 'already-exists', false, 'fix-input'],
  },
  401: {
    // "Unable to authenticate due to expired access token" (or none sent): get a new token and resend.
    unauthorized: ['auth', 'token-expired', false, 'refresh-credentials'],
    // "corrupt access token" / "Unable to authenticate": a token that is not this system's (not an expired one).
    auth_bad_access_token: ['auth', 'invalid-credentials', false, 'refresh-credentials'],
  },
  403: {
    // A group / chat room operation against the group's state (adding a member already in, removing one not in,
    // transferring to a non-member…); the documented descriptions are texts.
    forbidden_op: ['group', 'other', false, 'fix-input'],
  },
  404: {
    // The org / app in the URL (the App Key with "#" as "/") or the cluster base URL is wrong.
    organization_application_not_found: ['auth', 'app-key-invalid', false, 'check-config'],
    // The URL's resource does not exist — a user, a group or a chat room, by the API: no single domain.
    service_resource_not_found: ['validation', 'invalid', false, 'fix-input'],
    // No chat history file for that hour.
    storage_object_not_found: ['message', 'not-found', false, 'none'],
  },
  413: {
    // The request body is too large: split it.
    'Request Entity Too Large': ['validation', 'too-large', false, 'fix-input'],
  },
  415: {
    // "Unsupported Media Type": Content-Type is not application/json or the body is not JSON.
    web_application: ['validation', 'malformed', false, 'fix-input'],
  },
  429: {
    // "You have exceeded the limit of the Free edition. Please upgrade…": the plan's cap, "contact sales".
    resource_limited: ['quota', 'plan-upgrade-required', false, 'upgrade-plan'],
    // "This request has reached api limit": over the API's calls per second; the window is one second.
    reach_limit: ['rate-limit', 'too-many-requests', true, 'wait', 1000],
  },
  500: {
    // "… is not full text indexed. You cannot use the 'contains' operand on this field".
    no_full_text_index: ['validation', 'unsupported', false, 'fix-input'],
    // "Service operation not supported": the URL does not take this HTTP method.
    unsupported_service_operation: ['validation', 'unsupported', false, 'fix-input'],
    // "javax.ws.rs.WebApplicationException": a request to an API that does not exist.
    web_application: ['validation', 'invalid', false, 'fix-input'],
  },
};

/** Documented `error_description`s that mean more than their `error` string's row, matched literally. */
export const easemobRestTexts: readonly TextRule[] = [
  // The App's client_id / client_secret (console, app details) are wrong: configuration, not the user's password.
  ['client_id does not match', ['auth', 'invalid-credentials', false, 'check-config'], 'exact', 'invalid_grant'],
  ['client_secret does not match', ['auth', 'invalid-credentials', false, 'check-config'], 'exact', 'invalid_grant'],
  // A new member of a batch add does not exist (rule 9: user not found, even inside a group operation).
  ['group member ', ['user', 'not-found', false, 'fix-input'], 'prefix', 'illegal_argument'],
  // "username is not legal": the user ID breaks the ID rules.
  ['username is not legal', ['user', 'invalid-id', false, 'fix-input'], 'exact', 'illegal_argument'],
  // The message body is over 40 KB.
  ['message is too large', ['message', 'too-large', false, 'fix-input'], 'exact', 'illegal_argument'],
  // "illegal arguments: appkey: …, time: …, maybe chat message history is expired or unstored".
  ['illegal arguments: appkey: ', ['message', 'not-found', false, 'none'], 'prefix', 'illegal_argument'],
  // "registration is not open, please contact the app admin": registering needs the app admin's token.
  ['registration is not open', ['auth', 'missing-credentials', false, 'check-config'], 'prefix', 'unauthorized'],
  // "can not join this group, reason:user: hxtest1 already in group: …".
  ['can not join this group, reason:user: ', ['group', 'already-member', false, 'none'], 'prefix', 'forbidden_op'],
  // "users [hxtest100] are not members of this group!".
  ['users [', ['group', 'not-member', false, 'fix-input'], 'prefix', 'forbidden_op'],
  // Transferring the group to its owner: already in that state.
  ['new owner and old owner are the same', ['group', 'already-set', false, 'none'], 'exact', 'forbidden_op'],
  // Blocking the group owner.
  ['forbidden operation on group owner!', ['group', 'no-permission', false, 'fix-input'], 'exact', 'forbidden_op'],
  // The App Key's number of groups / chat rooms is at its limit.
  ['this appKey has create too many groups/chatrooms!', ['quota', 'limit-reached', false, 'upgrade-plan'], 'exact', 'forbidden_op'],
  // Rows the page lists without an `error` string (the presence API), matched by their text whatever `error` comes
  // with them (code `''`).
  // "set presence failed" 在线状态设置失败: the page says no more; a 400, so the request, not the server.
  ['set presence failed', ['validation', 'other', false, 'none'], 'exact', ''],
  // "ext is too big" 在线状态扩展信息长度超过限制.
  ['ext is too big', ['validation', 'too-large', false, 'fix-input'], 'exact', ''],
  // "resource not exist" 设备来源不存在: the device resource named in the request is not one of the user's.
  ['resource not exist', ['validation', 'invalid', false, 'fix-input'], 'exact', ''],
  // "you can't sub yourself" 无法订阅自己的在线状态.
  ["you can't sub yourself", ['validation', 'invalid', false, 'fix-input'], 'exact', ''],
  // "too many sub presence" 订阅用户数量超过上限: too many users in one subscription request.
  ['too many sub presence', ['validation', 'limit-reached', false, 'fix-input'], 'exact', ''],
  // "too many get presences" 获取在线状态的用户数量超过上限.
  ['too many get presences', ['validation', 'limit-reached', false, 'fix-input'], 'exact', ''],
  // "too many unsub presences" 取消订阅的用户数量超过上限.
  ['too many unsub presences', ['validation', 'limit-reached', false, 'fix-input'], 'exact', ''],
  // "too many queries" 查询次数超过限制: a count of calls, so a rate; the page gives no window.
  ['too many queries', ['rate-limit', 'too-many-requests', true, 'wait'], 'exact', ''],
];

/**
 * Tencent Cloud IM (Chat) REST API frequency limits per SDKAppID, the defaults before any paid increase, from
 * Tencent's own notice on server-side API frequency adjustment, whose table lists each adjustable API with its
 * default limit ("默认限频"). Over-limit calls answer 60007 / 60011 / 60018 / 60019 (`mappings/tencent.ts`).
 * `batchsendmsg` counts recipients since 2023-08-01 (a call to 500 users counts 500); the send APIs count messages
 * ("条"), the others calls ("次").
 */
import type { RestLimit, RestLimitTable } from '../src/redis/limit-table.js';

/** 服务端 API 调频: the table of adjustable APIs and their default limits. */
const FREQUENCY_NOTICE = 'https://cloud.tencent.com/document/product/269/93324';

const perSecond = (points: number): RestLimit => ({ windows: [{ per: 'call', points, durationMs: 1000 }], source: FREQUENCY_NOTICE });

/** Tencent REST API (path under the region's domain) → its default limit. */
export const tencentRestLimits: RestLimitTable = {
  vendor: 'tencent',
  // Every API the notice lists but batchsendmsg defaults to 200 per second; the reading for the rest.
  fallback: perSecond(200),
  apis: {
    'v4/openim/batchsendmsg': {
      windows: [{ per: 'unit', points: 12_000, durationMs: 60_000 }],
      unit: 'recipient',
      source: FREQUENCY_NOTICE,
    },
    'v4/openim/sendmsg': perSecond(200),
    'v4/group_open_http_svc/send_group_msg': perSecond(200),
    'v4/group_open_http_svc/send_group_system_notification': perSecond(200),
    'v4/openim/get_c2c_unread_msg_num': perSecond(200),
    'v4/group_open_http_svc/add_group_member': perSecond(200),
    'v4/group_open_http_svc/delete_group_member': perSecond(200),
    'v4/group_open_http_svc/create_group': perSecond(200),
    'v4/group_open_http_svc/destroy_group': perSecond(200),
    'v4/group_open_http_svc/get_group_info': perSecond(200),
    'v4/group_open_http_svc/get_group_member_info': perSecond(200),
    'v4/group_open_http_svc/get_joined_group_list': perSecond(200),
    'v4/group_open_http_svc/get_role_in_group': perSecond(200),
    'v4/group_open_http_svc/group_msg_get_simple': perSecond(200),
    'v4/profile/portrait_set': perSecond(200),
    'v4/profile/portrait_get': perSecond(200),
    'v4/openim/query_online_status': perSecond(200),
    'v4/sns/black_list_get': perSecond(200),
  },
};

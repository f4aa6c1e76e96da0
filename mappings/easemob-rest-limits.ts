/**
 * Easemob (环信) REST API call frequency limits per App Key, the defaults, from Easemob's "Restful API 调用频率限制"
 * page. APIs without a row of their own get 100 calls per second. The limits count the client SDK calls that go
 * through the same REST API (every API not marked `*` on the page) together with the server's, so a backend shares
 * them with its users' apps. Over-limit calls answer HTTP 429 (`mappings/easemob-rest.ts`). Keys are
 * `METHOD /path` under `/{org_name}/{app_name}`.
 */
import type { RestLimit, RestLimitTable } from '../src/redis/limit-table.js';

/** Restful API 调用频率限制 (doc.easemob.com, server side). */
const LIMITS_PAGE = 'https://doc.easemob.com/document/server-side/limitationapi.html';

const perSecond = (points: number): RestLimit => ({ windows: [{ per: 'call', points, durationMs: 1000 }], source: LIMITS_PAGE });

/** Easemob REST API (`METHOD /path`) → its default limits. */
export const easemobRestLimits: RestLimitTable = {
  vendor: 'easemob',
  fallback: perSecond(100),
  apis: {
    // 发送单聊消息: 100 calls/s, 6000 messages/min, 600 users per call (a send to 600 users counts 600 messages).
    'POST /messages/users': {
      windows: [
        { per: 'call', points: 100, durationMs: 1000 },
        { per: 'unit', points: 6000, durationMs: 60_000 },
      ],
      unit: 'recipient',
      maxUnitsPerCall: 600,
      source: LIMITS_PAGE,
    },
    // 发送群聊消息: 20 messages/s (one per group), 20 calls/s, 3 groups per call.
    'POST /messages/chatgroups': {
      windows: [
        { per: 'call', points: 20, durationMs: 1000 },
        { per: 'unit', points: 20, durationMs: 1000 },
      ],
      unit: 'group',
      maxUnitsPerCall: 3,
      source: LIMITS_PAGE,
    },
    // 发送定向消息: 100 messages/s.
    'POST /messages/chatgroups/users': perSecond(100),
    // 发送聊天室消息: 100 messages/s, 100 calls/s, 10 chat rooms per call.
    'POST /messages/chatrooms': {
      windows: [
        { per: 'call', points: 100, durationMs: 1000 },
        { per: 'unit', points: 100, durationMs: 1000 },
      ],
      unit: 'chatroom',
      maxUnitsPerCall: 10,
      source: LIMITS_PAGE,
    },
    // 向 app 所有用户发送广播消息: once per 30 minutes, 3 times a day.
    'POST /messages/broadcast': {
      windows: [
        { per: 'call', points: 1, durationMs: 1_800_000 },
        { per: 'call', points: 3, durationMs: 86_400_000 },
      ],
      source: LIMITS_PAGE,
    },
    // 获取 app/用户 token: 300/s.
    'POST /token': perSecond(300),
    // 批量删除用户: 30/s; 批量获取用户在线状态: 50/s.
    'DELETE /users': perSecond(30),
    'POST /users/batch/status': perSecond(50),
  },
};

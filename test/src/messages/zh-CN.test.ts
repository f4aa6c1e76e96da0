/** The Chinese catalog's own rules: full-width punctuation, one term per idea, spacing, and the entry's `toUserMessage`. */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/all.js';
import { createIMError } from '../../../src/index.js';
import { toUserMessage, zhCN } from '../../../src/messages/zh-CN.js';
import { everyMessage } from './support.js';

const messages = everyMessage(zhCN, { group: '读书会', user: '小明', file: '照片' });
const breaking = (law: (message: string) => boolean): string[] => messages.filter(([, message]) => !law(message)).map(([where, message]) => `${where}: ${message}`);

const CJK = '\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef“”';

describe('zh-CN catalog', () => {
  it('uses full-width punctuation only: no ASCII , . ! ? ; : ( ) quotes', () => {
    expect(breaking((message) => !/[,.!?;:()"']/.test(message))).toEqual([]);
    expect(breaking((message) => /[。！？]$/.test(message))).toEqual([]);
  });

  it('keeps one term per idea: 登录, 账号, 网络, 消息, 群组 (or 群主), 好友, and 你', () => {
    for (const wrong of ['登陆', '登入', '帐号', '帐户', '讯息', '网路', '群聊', '您', '朋友', '用户名和密码']) {
      expect(breaking((message) => !message.includes(wrong)), wrong).toEqual([]);
    }
    expect(breaking((message) => !/群(?![组主])/.test(message))).toEqual([]);
    const text = messages.map(([, message]) => message).join('');
    for (const term of ['登录', '账号', '网络', '消息', '群组', '好友']) expect(text, term).toContain(term);
  });

  it('puts spaces only between Chinese and Latin letters or digits', () => {
    const badSpace = new RegExp(`[${CJK}] [${CJK}]|[，。！？“”] | [，。！？“”]`);
    expect(breaking((message) => !badSpace.test(message))).toEqual([]);
    expect(breaking((message) => !/[\u4e00-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u4e00-\u9fff]/.test(message.replace(/读书会|小明|照片/g, '')))).toEqual([]);
  });

  it('words the issue’s example as a native writer would', () => {
    const kicked = createIMError({ kind: 'auth', reason: 'kicked-other-device', vendor: 'tencent', retryable: false, recovery: 'relogin', cause: null });
    expect(toUserMessage(kicked)).toBe('你的账号已在其他设备登录，请重新登录。');
  });

  it('names the group where the app gives it', () => {
    const notMember = normalize({ code: 10007, message: 'permission denied' });
    expect(toUserMessage(notMember, { context: { group: '读书会' } })).toBe('你在群组“读书会”中没有此操作权限。');
    expect(toUserMessage(notMember)).toBe('你在该群组中没有此操作权限。');
  });

  it('is what the entry’s toUserMessage uses, whatever locale is asked for', () => {
    expect(toUserMessage(normalize({ code: 70001, message: ' | sendMessage | ' }), { locale: 'en' })).toBe('登录已过期，请重试。');
  });
});

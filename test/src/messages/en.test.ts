/** The English catalog's own rules: plain words, one term per idea, and the entry's `toUserMessage`. */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/all.js';
import { createIMError } from '../../../src/index.js';
import { en, toUserMessage } from '../../../src/messages/en.js';
import { zhCN } from '../../../src/messages/zh-CN.js';
import { everyMessage } from './support.js';

const messages = everyMessage(en, { group: 'Book Club', user: 'Ann', file: 'photo.png' });
const breaking = (law: (message: string) => boolean): string[] => messages.filter(([, message]) => !law(message)).map(([where, message]) => `${where}: ${message}`);

describe('en catalog', () => {
  it('starts every message like a sentence', () => {
    expect(breaking((message) => /^[A-Z“]/.test(message))).toEqual([]);
  });

  it('says "sign in", never "log in" or "login"', () => {
    expect(breaking((message) => !/\blog ?(in|out)\b|\blogin\b|\blogged\b/i.test(message))).toEqual([]);
    expect(messages.some(([, message]) => message.includes('Sign in again'))).toBe(true);
  });

  it('uses no technical words a chat user would not say', () => {
    expect(breaking((message) => !/\b(error|code|SDK|API|parameter|token|UserSig|signature|vendor|exception|null|undefined|callback|HTTP)\b/i.test(message))).toEqual([]);
  });

  it('words the issue’s example', () => {
    const kicked = createIMError({ kind: 'auth', reason: 'kicked-other-device', vendor: 'tencent', retryable: false, recovery: 'relogin', cause: null });
    expect(toUserMessage(kicked)).toBe("You've been signed in on another device. Sign in again to continue.");
  });

  it('is what the entry’s toUserMessage uses, whatever locale is asked for', () => {
    const error = normalize({ code: 10007, message: 'permission denied' });
    expect(toUserMessage(error)).toBe("You don't have permission to do that in this group.");
    expect(toUserMessage(error, { locale: 'zh-CN' })).toBe("You don't have permission to do that in this group.");
  });

  it('uses a catalog the call adds', () => {
    const error = normalize({ code: 10007, message: 'permission denied' });
    expect(toUserMessage(error, { locale: 'zh-CN', catalog: zhCN })).toBe('你在该群组中没有此操作权限。');
  });
});

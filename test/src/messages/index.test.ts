/** `im-errors/messages`: both built-in locales, an app's overrides and added locales, the fallback chain. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/all.js';
import { en, extendCatalog, toDeveloperMessage, toUserMessage, zhCN } from '../../../src/messages/index.js';
import { cli } from '../cli/support.js';

/** The README's three raw vendor errors. */
const tencentExpired = normalize({ code: 70001, message: ' | sendMessage | ' });
const easemobOffline = normalize({ type: 1, message: 'login failed', data: { type: -2, message: 'Request Unknow Error', extraInfo: { httpCode: 0 } } });
const jmessageTooFast = normalize({ code: 803010, message: 'beyond the frequency limit' });

describe('im-errors/messages', () => {
  it('turns the README’s raw vendor errors into UI messages in both languages', () => {
    expect([tencentExpired, easemobOffline, jmessageTooFast].map((error) => toUserMessage(error))).toEqual([
      'Your session has expired. Please try again.',
      "We couldn't reach the server. Check your connection and try again.",
      "You're sending messages too quickly. Please try again in 1 second.",
    ]);
    expect([tencentExpired, easemobOffline, jmessageTooFast].map((error) => toUserMessage(error, { locale: 'zh-CN' }))).toEqual([
      '登录已过期，请重试。',
      '网络请求失败，请检查网络后重试。',
      '消息发送太频繁了，请 1 秒后再试。',
    ]);
  });

  it('keeps the technical line for logs', () => {
    expect(toDeveloperMessage(tencentExpired)).toBe(
      'IMError auth/token-expired vendor=tencent platform=web code=70001 retryable=false recovery=refresh-credentials vendorMessage=" | sendMessage | "',
    );
  });

  it('reads platform locale spellings and falls back zh-TW → zh-CN, fr → en', () => {
    expect(toUserMessage(tencentExpired, { locale: 'zh_CN' })).toBe('登录已过期，请重试。');
    expect(toUserMessage(tencentExpired, { locale: 'zh-TW' })).toBe('登录已过期，请重试。');
    expect(toUserMessage(tencentExpired, { locale: 'fr-FR' })).toBe('Your session has expired. Please try again.');
    expect(toUserMessage(tencentExpired)).toBe('Your session has expired. Please try again.');
  });

  it('takes an added locale, derived from a built-in one, before the fallback', () => {
    const zhTW = extendCatalog(zhCN, {
      locale: 'zh-TW',
      messages: { auth: { 'token-expired': '登入已逾時' } },
      steps: { 'refresh-credentials': '請再試一次。' },
    });
    expect(toUserMessage(tencentExpired, { locale: 'zh-TW', catalog: zhTW })).toBe('登入已逾時，請再試一次。');
    // What zh-TW does not reword comes from zh-CN, the catalog it extends.
    expect(toUserMessage(easemobOffline, { locale: 'zh-TW', catalog: zhTW })).toBe('网络请求失败，请检查网络后重试。');
    // Without a locale, the call's own catalog is the one wanted.
    expect(toUserMessage(tencentExpired, { catalog: zhTW })).toBe('登入已逾時，請再試一次。');
    // A Cantonese user falls back along the chain the app names.
    expect(toUserMessage(tencentExpired, { locale: 'yue', fallback: ['zh-TW'], catalog: zhTW })).toBe('登入已逾時，請再試一次。');
  });

  it('overrides per kind/reason and per vendor code, and the vendor code wins', () => {
    const mine = extendCatalog(en, {
      messages: { auth: { 'token-expired': 'Your session timed out' } },
      codes: { tencent: { 70001: { text: 'Reconnecting you', steps: { 'refresh-credentials': 'One moment…' } } } },
    });
    expect(toUserMessage(tencentExpired, { catalog: mine })).toBe('Reconnecting you. One moment…');
    expect(toUserMessage(normalize({ code: 70001 }, { vendor: 'jmessage' }), { catalog: mine })).not.toContain('Reconnecting');
    expect(toUserMessage(normalize({ code: -10001, desc: 'D2 expired' }), { catalog: mine })).toBe('Your session timed out. Please try again.');
    // The built-in catalog is untouched.
    expect(toUserMessage(tencentExpired)).toBe('Your session has expired. Please try again.');
  });

  // Issue 13: a zh-TW example printed mixed Traditional and Simplified text.
  it('reads zh-TW wholly from zh-CN when no zh-TW catalog is given: the same message, never a mix', () => {
    for (const error of [tencentExpired, easemobOffline, jmessageTooFast]) {
      expect(toUserMessage(error, { locale: 'zh-TW' })).toBe(toUserMessage(error, { locale: 'zh-CN' }));
      expect(toUserMessage(error, { locale: 'zh-Hant-HK' })).toBe(toUserMessage(error, { locale: 'zh-CN' }));
    }
  });

  it('exports both built-in catalogs', () => {
    expect([en.locale, zhCN.locale]).toEqual(['en', 'zh-CN']);
  });
});

describe('the docs (README and docs/)', () => {
  const doc = ['../../../README.md', '../../../docs/messages.md', '../../../docs/cli-and-explorer.md']
    .map((path) => readFileSync(new URL(path, import.meta.url), 'utf8'))
    .join('\n');
  const denied = normalize({ code: 10007, message: 'permission denied' });

  it('shows what the code gives', () => {
    const mine = extendCatalog(en, {
      messages: { auth: { 'token-expired': 'Your session timed out' } },
      codes: { tencent: { 70001: 'Reconnecting you' } },
    });
    const zhTW = extendCatalog(zhCN, {
      locale: 'zh-TW',
      messages: { auth: { 'token-expired': '登入已逾時' } },
      steps: { 'refresh-credentials': '請再試一次。' },
    });
    const shown = [
      toUserMessage(tencentExpired),
      toUserMessage(tencentExpired, { locale: 'zh-CN' }),
      toDeveloperMessage(tencentExpired),
      ...[tencentExpired, easemobOffline, jmessageTooFast].flatMap((error) => [toUserMessage(error), toUserMessage(error, { locale: 'zh-CN' })]),
      toUserMessage(denied, { locale: 'zh-CN', context: { group: '读书会' } }),
      toUserMessage(denied, { locale: 'zh-CN' }),
      toUserMessage(denied, { context: { group: 'Book Club' } }),
      toUserMessage(tencentExpired, { catalog: mine }),
      toUserMessage(tencentExpired, { locale: 'zh-TW', catalog: zhTW }),
      toUserMessage(tencentExpired, { locale: 'zh-TW' }),
    ];
    for (const text of shown) expect(doc).toContain(text);
  });

  it('pastes the CLI’s real output', () => {
    expect(doc).toContain(`$ npx im-errors explain tencent 70001 --locale zh-CN\n${cli('explain', 'tencent', '70001', '--locale', 'zh-CN').stdout}\`\`\``);
    expect(doc).toContain(`$ npx im-errors list --vendor jmessage --kind rate-limit\n${cli('list', '--vendor', 'jmessage', '--kind', 'rate-limit').stdout}\`\`\``);
  });
});

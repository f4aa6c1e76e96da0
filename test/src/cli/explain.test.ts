import { describe, expect, it } from 'vitest';
import { explainCode, formatExplanation } from '../../../src/cli/explain.js';
import { cli } from './support.js';

describe('im-errors explain', () => {
  it('prints the IMError, the documented meaning and the user message in the locale asked for', () => {
    const { code, stdout, stderr } = cli('explain', 'tencent', '70001', '--locale', 'zh-CN');
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.split('\n')).toEqual([
      'tencent 70001 on web',
      '  IMError       auth/token-expired',
      '  retryable     no',
      '  recovery      refresh-credentials (fetch a new token / UserSig / signature, then retry; the user need not act)',
      '  documented    Tencent Cloud IM error codes (native SDKs, server, IM SDK V3): UserSig expired. You must generate a new one. We recommend that you set the validity period of a UserSig to no less than 24 hours.',
      '                @tencentcloud/chat@3.6.6 + tim-js-sdk@2.27.6 constants: ACCOUNT_A2KEY_EXPIRED',
      '  user (zh-CN)  登录已过期，请重试。',
      '  developer     IMError auth/token-expired vendor=tencent platform=web code=70001 retryable=false recovery=refresh-credentials',
      '',
    ]);
  });

  it('reads the platform’s table and only that platform’s documents', () => {
    const web = explainCode('tencent', '1002', 'web');
    const server = explainCode('tencent', '1002', 'server');
    expect([web.kind, web.reason, server.kind, server.reason]).toEqual(['auth', 'kicked-other-device', 'validation', 'invalid']);
    expect(web.documented.map(({ text }) => text)).toContain('HELLO_ANSWER_KICKED_OUT');
    expect(server.documented.map(({ text }) => text).join()).not.toContain('HELLO_ANSWER_KICKED_OUT');
    expect(web.userMessage).toEqual({ locale: 'en', text: "You've been signed in on another device. Sign in again to continue." });
  });

  // Issue 13: `explain tencent 1002` on web printed the server's 'Invalid parameter' beside a kick.
  it('where the platform reads a code its own way, documents only the platform’s meaning', () => {
    const web = explainCode('tencent', '1002', 'web');
    expect(web.documented.map(({ text }) => text)).toEqual(['HELLO_ANSWER_KICKED_OUT']);
    expect(formatExplanation(web)).not.toContain('Invalid parameter');
    expect(explainCode('tencent', '1002', 'server').documented.map(({ text }) => text).join()).toContain('Invalid parameter');
    // A code the platform does not read its own way keeps every source (the general documents and the web SDK's).
    expect(explainCode('tencent', '70001', 'web').documented).toHaveLength(2);
  });

  // Issue 13: `explain easemob -2` said unknown where the README reads a -2 chain as a network failure.
  it('says when a code is a catch-all that the error around it decides, as the README’s -2 chain shows', () => {
    const bare = explainCode('easemob', '-2');
    expect([bare.kind, bare.generic]).toEqual(['unknown', true]);
    expect(formatExplanation(bare)).toMatch(/\n {2}generic +yes: a catch-all; in a real error the error it wraps or its HTTP status decides \(status 0, no answer: network\/request-failed\)\n/);
    expect(explainCode('easemob', '206').generic).toBe(false);
  });

  // Issue 13: vendor names were case-sensitive (`Tencent` failed).
  it('reads vendor and platform names in any case', () => {
    expect(cli('explain', 'Tencent', '1002', '--platform', 'WEB')).toEqual(cli('explain', 'tencent', '1002', '--platform', 'web'));
    expect(cli('explain', 'EASEMOB', '-2').code).toBe(0);
  });

  it('prints JSON with --json', () => {
    const { code, stdout } = cli('explain', 'jmessage', '803010', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      vendor: 'jmessage',
      platform: null,
      code: 803010,
      httpStatus: null,
      kind: 'rate-limit',
      reason: 'too-many-messages',
      retryable: true,
      retryAfterMs: 1000,
      recovery: 'wait',
      inferred: false,
      generic: false,
      documented: expect.arrayContaining([{ source: 'JMessage server error codes (English)', text: expect.stringContaining('frequency') }]),
      userMessage: { locale: 'en', text: "You're sending messages too quickly. Please try again in 1 second." },
      developerMessage: 'IMError rate-limit/too-many-messages vendor=jmessage code=803010 retryable=true recovery=wait retryAfterMs=1000',
    });
  });

  it('takes negative codes and says when a meaning is inferred or unknown', () => {
    const wrapped = explainCode('easemob', '-1');
    expect([wrapped.kind, wrapped.reason, wrapped.documented[0]?.text]).toEqual(['network', 'timeout', 'REQUEST_TIMEOUT | 请求服务超时。']);
    const inferred = formatExplanation(explainCode('tencent', '10999'));
    expect(inferred).toMatch(/\n {2}inferred +yes: from the vendor's numbering, not its documentation\n/);
    const unknown = formatExplanation(explainCode('tencent', '424242'));
    expect(unknown).toMatch(/\n {2}IMError +unknown\/unmapped-code\n/);
    expect(unknown).toMatch(/\n {2}documented +\(not in the vendor's documents or SDK tables\)\n/);
  });

  it('falls back along the locale chain: zh-TW and zh_CN read Chinese, en-GB English', () => {
    expect(explainCode('tencent', '70001', undefined, 'zh-TW').userMessage.locale).toBe('zh-CN');
    expect(explainCode('tencent', '70001', undefined, 'zh_CN').userMessage.locale).toBe('zh-CN');
    expect(explainCode('tencent', '70001', undefined, 'en-GB').userMessage.locale).toBe('en');
  });

  it.each([
    [['explain', 'wechat', '1'], "im-errors: unknown vendor 'wechat' (vendors: jmessage, tencent, easemob, agora)\n"],
    [['explain', 'tencent', 'abc'], "im-errors: the code must be an integer, not 'abc'\n"],
    [['explain', 'tencent', '1.5'], "im-errors: the code must be an integer, not '1.5'\n"],
    [['explain', 'tencent', '0x10'], "im-errors: the code must be an integer, not '0x10'\n"],
    [['explain', 'tencent', '70001', '--platform', 'android'], "im-errors: tencent has no platform 'android' (platforms: web, native, server)\n"],
    [['explain', 'tencent', '70001', '--locale', 'fr'], "im-errors: unknown locale 'fr' (locales: en, zh-CN)\n"],
    [['explain', 'tencent', '70001', '--locale', 'zh CN'], "im-errors: unknown locale 'zh CN' (locales: en, zh-CN)\n"],
    [['explain', 'tencent'], 'im-errors: explain takes <vendor> <code>, got 1 argument\n'],
    [['explain', 'tencent', '1', '2'], 'im-errors: explain takes <vendor> <code>, got 3 arguments\n'],
    [['explain', 'tencent', '1', '--color'], "im-errors: unknown option '--color'\n"],
    [['explain', 'tencent', '1', '--platform'], "im-errors: Option '--platform <value>' argument missing\n"],
    [['explain', '\u001b[31mred', '1'], "im-errors: unknown vendor '\\x1b[31mred' (vendors: jmessage, tencent, easemob, agora)\n"],
    [['explain', 'tencent', '1'.repeat(60)], `im-errors: the code must be an integer, not '${'1'.repeat(40)}…'\n`],
    [['explain', 'tencent', '1', '--platform', 'w\reb'], "im-errors: tencent has no platform 'w\\reb' (platforms: web, native, server)\n"],
    [['explain', 'tencent', '1', '--locale', '\u202ezh'], "im-errors: unknown locale '\\u202ezh' (locales: en, zh-CN)\n"],
  ])('rejects %j with one line on stderr and exit code 2', (argv, message) => {
    expect(cli(...argv)).toEqual({ code: 2, stdout: '', stderr: message });
  });
});

describe('im-errors explain agora', () => {
  it('reads Agora Chat codes with Easemob’s tables and agora-chat’s constants', () => {
    const explanation = explainCode('agora', '206');
    expect(explanation).toMatchObject({ vendor: 'agora', platform: 'web', kind: 'auth', reason: 'kicked-other-device' });
    expect(explanation.documented).toContainEqual({ source: 'agora-chat@1.4.0 constants', text: expect.stringMatching(/^WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE/) });
  });
});

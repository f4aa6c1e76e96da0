/** The explorer's answer for a form state: the library's IMError and messages, the vendor's words, nothing secret. */
import { fc, it } from '@fast-check/vitest';
import { agora } from 'im-errors/agora';
import { normalize } from 'im-errors/all';
import { toUserMessage } from 'im-errors/messages';
import { describe, expect } from 'vitest';
import { explain, type Explained, type ExplorerQuery } from '../../../../examples/explorer/app/explain.js';
import { SAMPLES } from '../../../../examples/explorer/app/samples.js';
import { VENDOR_CHOICES } from '../../../../examples/explorer/app/vendors.js';

const query = (text: string, more: Partial<ExplorerQuery> = {}): ExplorerQuery => ({ vendor: 'detect', platform: 'default', locale: 'en', text, ...more });
const shown = (explained: Explained): string =>
  [
    explained.reading.summary,
    explained.error.kind,
    explained.error.reason,
    explained.retryable,
    explained.recoveryMeaning,
    String(explained.error.code),
    explained.chain,
    ...explained.userMessages.map(({ text }) => text),
    explained.developerMessage,
    ...explained.documented.flatMap(({ source, text }) => [source, text]),
  ].join('\n');

describe('explain', () => {
  it('says nothing for empty input', () => {
    expect(explain(query('   '))).toBeUndefined();
  });

  it('explains a Tencent web rejection: kind, recovery, both languages, the documented meaning', () => {
    const explained = explain(query('{"code":70001,"message":" | sendMessage | "}', { locale: 'zh-CN' }))!;
    expect([explained.error.kind, explained.error.reason, explained.error.vendor, explained.error.platform]).toEqual(['auth', 'token-expired', 'tencent', 'web']);
    expect(explained.retryable).toBe('no');
    expect(explained.recoveryMeaning).toBe('fetch a new token / UserSig / signature, then retry; the user need not act');
    expect(explained.userMessages).toEqual([
      { locale: 'zh-CN', text: '登录已过期，请重试。' },
      { locale: 'en', text: 'Your session has expired. Please try again.' },
    ]);
    expect(explained.developerMessage).toBe(
      'IMError auth/token-expired vendor=tencent platform=web code=70001 retryable=false recovery=refresh-credentials vendorMessage=" | sendMessage | "',
    );
    expect(explained.documented.map(({ text }) => text)).toContain('ACCOUNT_A2KEY_EXPIRED');
  });

  it('shows an Easemob chain and the documented wait of a JMessage rate limit', () => {
    const easemob = explain(query(SAMPLES.find(({ id }) => id === 'easemob-nested')!.raw))!;
    expect([easemob.error.kind, easemob.error.reason, easemob.chain]).toEqual(['network', 'request-failed', '1 › -2']);
    const jmessage = explain(query('{"code":803010,"message":"beyond the frequency limit"}'))!;
    expect([jmessage.error.kind, jmessage.retryable]).toEqual(['rate-limit', 'yes, after 1000 ms']);
    expect(jmessage.userMessages[0].text).toBe("You're sending messages too quickly. Please try again in 1 second.");
  });

  it('reads the platform chosen: Tencent 1002 is a kick on web, an invalid parameter on the server', () => {
    const on = (platform: string) => explain(query('1002', { vendor: 'tencent', platform }))!.error;
    expect([on('web').kind, on('web').reason, on('server').kind, on('server').reason]).toEqual(['auth', 'kicked-other-device', 'validation', 'invalid']);
    expect(on('default').platform).toBe('web');
  });

  it('explains every example as the library does', () => {
    for (const sample of SAMPLES) {
      const explained = explain(query(sample.raw, { vendor: sample.vendor }))!;
      const raw: unknown = explained.reading.value;
      const expected = sample.vendor === 'agora' ? agora.normalize(raw) : normalize(raw);
      expect([explained.error.kind, explained.error.reason, explained.error.vendor], sample.id).toEqual([expected.kind, expected.reason, expected.vendor]);
      expect(explained.error.kind, sample.id).not.toBe('unknown');
      expect(explained.userMessages[0].text).toBe(toUserMessage(expected));
    }
  });

  it('finds nothing documented for a code no vendor knows', () => {
    const explained = explain(query('{"code":424242,"message":"?"}'))!;
    expect([explained.error.kind, explained.error.reason, explained.documented]).toEqual(['unknown', 'unmapped-code', []]);
  });

  const choice = fc.constantFrom(...VENDOR_CHOICES).chain((vendor) =>
    fc.record({ vendor: fc.constant(vendor.id), platform: fc.constantFrom('default', ...vendor.platforms), locale: fc.constantFrom('en' as const, 'zh-CN' as const) }),
  );

  it.prop([choice, fc.string({ maxLength: 200 })])('never throws, whatever is typed, for every vendor, platform and language', (state, text) => {
    const explained = explain({ ...state, text });
    if (text.trim() === '') expect(explained).toBeUndefined();
    else expect(explained?.userMessages.map(({ locale }) => locale)).toEqual([state.locale, state.locale === 'en' ? 'zh-CN' : 'en']);
  });

  it.prop([
    choice,
    fc.constantFrom('UserSig', 'usersig', 'token', 'access_token', 'password', 'signature'),
    fc.stringMatching(/^[A-Za-z0-9]{8,40}$/).map((text) => `S3cr3t${text}`),
    fc.constantFrom(70001, 6206, 803010, 1, 401),
  ])('shows no secret that was pasted, in the message or beside it', (state, name, secret, code) => {
    const raw = JSON.stringify({ code, message: `login failed: ${name}=${secret}`, [name]: secret, data: { type: code, message: `${name}: ${secret}` } });
    const explained = explain({ ...state, text: raw })!;
    expect(shown(explained)).not.toContain(secret);
  });
});

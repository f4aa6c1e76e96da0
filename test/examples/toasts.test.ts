/** `npm run example:toasts` never rots: each failing action shows the catalog's words in the chosen locale. */
import { readFileSync } from 'node:fs';
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { TencentSDKError } from '../../examples/demo/sdk/tencent.js';
import { TONES, main, toastFor } from '../../examples/toasts.js';
import { tencent } from '../../adapters/tencent/index.js';
import { RECOVERIES } from '../../src/index.js';
import { toUserMessage } from '../../src/messages/index.js';
import { anyIMError } from '../support/imerrors.js';

/** The toast lines printed, in order. */
const toasts = (lines: readonly string[]): string[] => lines.filter((line) => line.startsWith('  toast '));

describe('examples/toasts', () => {
  it.each(['en', 'zh-CN'])('shows a toast worded by toUserMessage (%s) for each call that failed for good', async (locale) => {
    const lines = await main({ locale, log: () => undefined });
    const expected = (code: number, tone: string, context?: { group: string }) =>
      `  toast [${tone}] ${toUserMessage(tencent.normalize(new TencentSDKError(code, '')), { locale, context })}`;
    expect(lines[0]).toBe(`Toasts in ${locale}:`);
    expect(toasts(lines)).toEqual([expected(80002, 'warning'), expected(10014, 'warning', { group: 'Book Club' }), expected(9506, 'info')]);
    // The timeout the retry rescued shows nothing.
    expect(lines[2]).toBe('  no toast: it worked');
    expect(lines).toContain('  (log: rate-limit/too-many-requests, tencent code 9506, 3 attempts)');
  });

  it('speaks the language asked for, and never shows a vendor code or the vendor text', async () => {
    const en = toasts(await main({ locale: 'en', log: () => undefined }));
    const zh = toasts(await main({ locale: 'zh-CN', log: () => undefined }));
    expect(en.join('\n')).toContain('This message is too long');
    expect(en.join('\n')).toContain('“Book Club” is full');
    expect(zh.join('\n')).toContain('消息内容过长');
    expect(zh.join('\n')).toMatch(/1 秒后再试/);
    for (const line of [...en, ...zh]) {
      expect(line).not.toMatch(/80002|10014|9506|too long$|group is full|frequency limit/);
    }
  });

  it('gives every recovery a tone', () => {
    expect(Object.keys(TONES).sort()).toEqual([...RECOVERIES].sort());
  });

  it.prop([anyIMError, fc.constantFrom('en', 'zh-CN', 'zh-TW', 'fr')])('a toast is never empty and follows the tone table', (error, locale) => {
    const toast = toastFor(error, locale);
    expect(toast.text.trim()).not.toBe('');
    expect(toast.tone).toBe(TONES[error.recovery]);
  });

  it('has its npm script, running the built file', () => {
    const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts['example:toasts']).toBe('npm run build --silent && node dist/examples/toasts.js');
  });
});

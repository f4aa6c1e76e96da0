/**
 * The explorer in a real browser: Debian's Chromium, headless, driven by playwright-core. Raw errors of every vendor
 * are typed into the page and what it renders is held to the library's own answers in Node (plus literal ones, so the
 * test cannot pass by both sides being empty). Screenshots go to test-results/explorer/.
 * Without Chromium the test is skipped — unless IM_ERRORS_REQUIRE_BROWSER=1 (CI), where that is a failure.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { agora } from 'im-errors/agora';
import { normalize } from 'im-errors/all';
import type { IMError } from 'im-errors';
import { toUserMessage } from 'im-errors/messages';
import { tencent } from 'im-errors/tencent';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_INSTALL, CHROMIUM_PATH, hasChromium, launchChromium, type ExplorerBrowser } from '../../../examples/explorer/browser.js';
import { bundleExplorer } from '../../../examples/explorer/bundle.js';
import { openExplorer, showcase } from '../../../examples/explorer/screenshot.js';
import { serveExplorer, type ExplorerServer } from '../../../examples/explorer/serve.js';

const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const SCREENSHOTS = join(root, 'test-results', 'explorer');
const required = process.env.IM_ERRORS_REQUIRE_BROWSER === '1';
const available = hasChromium();

if (!available && !required) {
  console.warn(`explorer browser test skipped: no Chromium at ${CHROMIUM_PATH} (install it: ${CHROMIUM_INSTALL}; or set IM_ERRORS_CHROMIUM)`);
}

if (!available && required) {
  describe('the explorer in Chromium (IM_ERRORS_REQUIRE_BROWSER=1)', () => {
    it('has Chromium to run in', () => {
      expect.fail(`IM_ERRORS_REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM_PATH}: ${CHROMIUM_INSTALL}`);
    });
  });
}

/** What the result panel shows, by test id. */
type Shown = Record<string, string>;

/**
 * The little of the browser's `document` the callbacks run in the page use (this Node program has no DOM types; the
 * callbacks are sent to the page as source, so each names `globalThis.document` itself).
 */
interface PageDocument {
  querySelector(selector: string): { readonly textContent: string | null } | null;
  querySelectorAll(selector: string): { readonly length: number };
}
type PageGlobal = { readonly document: PageDocument };

describe.runIf(available)('the explorer in Chromium', () => {
  let outDir: string;
  let server: ExplorerServer;
  let browser: ExplorerBrowser;
  let page: Page;
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'im-errors-page-'));
    await bundleExplorer(outDir);
    server = await serveExplorer({ root: outDir, port: 0 });
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => requests.push(request.url()));
    await openExplorer(page, server.url);
    await mkdir(SCREENSHOTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir !== undefined) await rm(outDir, { recursive: true, force: true });
  });

  /** Reads the given fields of the page. */
  const read = (ids: readonly string[]): Promise<Shown> =>
    page.evaluate(
      (testIds) => Object.fromEntries(testIds.map((id) => [id, (globalThis as unknown as PageGlobal).document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '(missing)'])),
      ids,
    );

  /** Waits (no sleeping: Chromium polls on animation frames) until the page shows `expected`, then compares. */
  async function expectShown(expected: Shown): Promise<void> {
    await page
      .waitForFunction(
        (wanted) => Object.entries(wanted).every(([id, text]) => (globalThis as unknown as PageGlobal).document.querySelector(`[data-testid="${id}"]`)?.textContent === text),
        expected,
        { timeout: 5_000 },
      )
      .catch(() => undefined);
    expect(await read(Object.keys(expected))).toEqual(expected);
  }

  /** Sets the form: vendor, platform and language first (they refill the platform select), then the text. */
  async function enter(text: string, options: { vendor?: string; platform?: string; locale?: string } = {}): Promise<void> {
    await page.getByTestId('vendor').selectOption(options.vendor ?? 'detect');
    await page.getByTestId('platform').selectOption(options.platform ?? 'default');
    await page.getByTestId('locale').selectOption(options.locale ?? 'en');
    await page.getByTestId('input').fill(text);
  }

  /** What the page must show for an IMError, in the language chosen and the other. */
  const shownFor = (error: IMError, locale: 'en' | 'zh-CN' = 'en'): Shown => ({
    'result-kind': error.kind,
    'result-reason': error.reason,
    'result-recovery': error.recovery,
    'user-message': toUserMessage(error, { locale }),
    'user-message-other': toUserMessage(error, { locale: locale === 'en' ? 'zh-CN' : 'en' }),
  });

  it('starts with the form, the examples and the whole table, with no error in the console', async () => {
    expect(await page.title()).toBe('im-errors explorer');
    expect(await page.getByTestId('vendor').locator('option').allTextContents()).toEqual([
      'Detect (JMessage, Tencent, Easemob)',
      'JMessage (JIGUANG)',
      'Tencent Cloud IM',
      'Easemob (环信)',
      'Agora Chat',
    ]);
    expect(await page.getByTestId('result-body').isHidden()).toBe(true);
    expect(await page.getByTestId('count').textContent()).toMatch(/^(\d+) of \1 codes and ranges$/);
    expect(await page.getByRole('textbox', { name: 'Raw error as JSON, a bare code, or an error message' }).count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('JMessage: a web SDK rate limit, in English and Chinese', async () => {
    const raw = { code: 803010, message: 'beyond the frequency limit' };
    await enter(JSON.stringify(raw));
    await expectShown({
      ...shownFor(normalize(raw)),
      'result-kind': 'rate-limit',
      'result-reason': 'too-many-messages',
      'result-retryable': 'yes, after 1000 ms',
      'result-origin': 'jmessage · any platform · code 803010',
      'user-message': "You're sending messages too quickly. Please try again in 1 second.",
      'user-message-other': '消息发送太频繁了，请 1 秒后再试。',
    });
    await enter(JSON.stringify(raw), { locale: 'zh-CN' });
    await expectShown({ ...shownFor(normalize(raw), 'zh-CN'), 'user-message': '消息发送太频繁了，请 1 秒后再试。' });
    expect(await page.getByTestId('user-message').getAttribute('lang')).toBe('zh-CN');
    await page.screenshot({ path: join(SCREENSHOTS, 'jmessage-zh-CN.png') });
  });

  it('Tencent web: an expired UserSig, with what Tencent documents for 70001', async () => {
    const raw = { code: 70001, message: ' | sendMessage | ' };
    await enter(JSON.stringify(raw));
    await expectShown({
      ...shownFor(normalize(raw)),
      'result-kind': 'auth',
      'result-reason': 'token-expired',
      'result-origin': 'tencent · web · code 70001',
      'user-message': 'Your session has expired. Please try again.',
      'user-message-other': '登录已过期，请重试。',
      'developer-message':
        'IMError auth/token-expired vendor=tencent platform=web code=70001 retryable=false recovery=refresh-credentials vendorMessage=" | sendMessage | "',
    });
    expect(await page.getByTestId('documented').locator('li').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('UserSig expired'), expect.stringContaining('ACCOUNT_A2KEY_EXPIRED')]),
    );
  });

  it('Tencent native: a {code, desc} error is read on the native platform', async () => {
    const raw = { code: 6206, desc: 'UserSig expired' };
    await enter(JSON.stringify(raw));
    await expectShown({ ...shownFor(normalize(raw)), 'result-reason': 'token-expired', 'result-origin': 'tencent · native · code 6206' });
  });

  it('Easemob: a login failure wrapping a dead request shows the cause and the chain', async () => {
    const raw = { type: 1, message: 'login failed', data: { type: -2, message: 'Request Unknow Error', extraInfo: { httpCode: 0 } } };
    await enter(JSON.stringify(raw, null, 2));
    await expectShown({
      ...shownFor(normalize(raw)),
      'result-kind': 'network',
      'result-reason': 'request-failed',
      'result-chain': '1 › -2',
      'result-origin': 'easemob · web · code -2',
      'user-message': "We couldn't reach the server. Check your connection and try again.",
      'user-message-other': '网络请求失败，请检查网络后重试。',
      reading: 'a JSON object with type, message, data {type, message, extraInfo}',
    });
    await page.screenshot({ path: join(SCREENSHOTS, 'easemob-nested.png') });
  });

  it('Agora Chat: chosen by name, a send before login', async () => {
    const raw = { type: 39, message: 'not login' };
    await enter(JSON.stringify(raw), { vendor: 'agora' });
    expect(await page.getByTestId('platform').locator('option').evaluateAll((options) => options.map((option) => (option as unknown as { value: string }).value))).toEqual([
      'default',
      'web',
      'native',
      'server',
      'android',
      'ios',
    ]);
    await expectShown({ ...shownFor(agora.normalize(raw)), 'result-reason': 'not-logged-in', 'result-origin': 'agora · web · code 39' });
  });

  it('a bare code, on the platform chosen: Tencent 1002 is a kick on web, an invalid parameter on the server', async () => {
    await enter('1002', { vendor: 'tencent', platform: 'web' });
    await expectShown({ ...shownFor(tencent.normalize(1002, { platform: 'web' })), 'result-reason': 'kicked-other-device', reading: 'a bare code: 1002' });
    await page.getByTestId('platform').selectOption('server');
    await expectShown({ ...shownFor(tencent.normalize(1002, { platform: 'server' })), 'result-kind': 'validation', 'result-reason': 'invalid' });
  });

  it('an unknown code: unknown / unmapped-code, nothing documented', async () => {
    await enter('{"code":424242,"message":"?"}');
    await expectShown({ ...shownFor(normalize({ code: 424242, message: '?' })), 'result-kind': 'unknown', 'result-reason': 'unmapped-code' });
    expect(await page.getByTestId('documented').textContent()).toBe('Nothing: the code is not in the vendor’s documents or SDK tables.');
  });

  it('bad JSON does not break the page: it says how it read it', async () => {
    const text = '{"code": 70001, "message": ';
    await enter(text);
    await expectShown({ ...shownFor(normalize(new Error(text))), 'result-kind': 'client' });
    expect(await page.getByTestId('reading').textContent()).toMatch(/^not valid JSON( at character \d+)?: read as the message of a thrown Error$/);
    await enter('TypeError: Failed to fetch');
    await expectShown({ 'result-kind': 'network', 'result-reason': 'request-failed', reading: 'text: read as the message of a thrown TypeError' });
    expect(problems).toEqual([]);
  });

  it('shows no secret that was pasted', async () => {
    const secret = 'S3cr3tUserSigeJwtzMEKgjAYhvG7';
    await enter(JSON.stringify({ code: 70001, message: `UserSig=${secret} expired; token: ${secret}`, usersig: secret }));
    await expectShown({ 'result-reason': 'token-expired' });
    expect(await page.getByTestId('result').innerText()).not.toContain(secret);
    expect(await page.getByTestId('developer-message').textContent()).toContain('[redacted]');
  });

  it('the examples give what the library gives for them', async () => {
    for (const id of ['tencent-rest', 'jmessage-web', 'fetch']) {
      await page.getByTestId(`sample-${id}`).click();
      const text = await page.getByTestId('input').inputValue();
      const raw: unknown = text.startsWith('{') ? JSON.parse(text) : Object.assign(new Error('Failed to fetch'), { name: 'TypeError' });
      await expectShown(shownFor(normalize(raw)));
    }
  });

  it('the table searches, filters, and loads a row into the form', async () => {
    await page.getByTestId('search').fill('HELLO_ANSWER_KICKED_OUT');
    const visible = page.getByTestId('rows').locator('tr:visible');
    await page.waitForFunction(() => (globalThis as unknown as PageGlobal).document.querySelectorAll('[data-testid="rows"] tr:not([hidden])').length === 1);
    expect(await visible.count()).toBe(1);
    expect(await visible.locator('td').first().textContent()).toBe('tencent');
    expect(await page.getByTestId('count').textContent()).toMatch(/^1 of \d+ codes and ranges$/);
    await visible.getByRole('button', { name: '1002' }).click();
    await expectShown({ 'result-kind': 'auth', 'result-reason': 'kicked-other-device', 'result-origin': 'tencent · web · code 1002' });
    expect([await page.getByTestId('vendor').inputValue(), await page.getByTestId('platform').inputValue(), await page.getByTestId('input').inputValue()]).toEqual([
      'tencent',
      'web',
      '1002',
    ]);

    await page.getByTestId('search').fill('');
    await page.getByTestId('filter-vendor').selectOption('jmessage');
    await page.getByTestId('filter-kind').selectOption('rate-limit');
    await page.waitForFunction(() => /^3 of /.test((globalThis as unknown as PageGlobal).document.querySelector('[data-testid="count"]')?.textContent ?? ''));
    expect(await visible.locator('td:nth-child(3)').allTextContents()).toEqual(['800017', '803010', '880209']);
    await page.getByTestId('filter-vendor').selectOption('');
    await page.getByTestId('filter-kind').selectOption('');
  });

  it('asks nothing of any other origin, and logs no error', () => {
    expect(requests.filter((url) => !url.startsWith(server.url))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('looks as the README shows it (screenshot saved to test-results/explorer/showcase.png)', async () => {
    await page.setViewportSize({ width: 1280, height: 1000 });
    await showcase(page);
    await expectShown({ 'result-chain': '1 › -2' });
    await page.screenshot({ path: join(SCREENSHOTS, 'showcase.png') });
  });
});

/**
 * The stack policy in Chromium (V8 12+ writes an Error's stack header at construction, unlike Node 20's V8): the
 * built Tencent entry, bundled as an app would, normalizes in a page; the IMError's stack carries its message and
 * starts at the page's calling function. Skipped without Chromium unless IM_ERRORS_REQUIRE_BROWSER=1 (CI).
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, hasChromium, launchChromium, type ExplorerBrowser } from '../../examples/explorer/browser.js';

const available = hasChromium();
const required = process.env.IM_ERRORS_REQUIRE_BROWSER === '1';

describe.runIf(available || required)('an IMError stack in Chromium', () => {
  let browser: ExplorerBrowser | undefined;
  let stack = '';
  let limit = -1;

  beforeAll(async () => {
    expect(available, `no Chromium at ${CHROMIUM_PATH}`).toBe(true);
    const entry = fileURLToPath(new URL('../../dist/adapters/tencent/index.js', import.meta.url));
    const bundled = await build({ entryPoints: [entry], bundle: true, format: 'iife', globalName: 'IM', write: false, logLevel: 'silent' });
    browser = await launchChromium();
    const page = await browser.context.newPage();
    await page.addScriptTag({ content: bundled.outputFiles[0]!.text });
    await page.addScriptTag({
      content: 'function appCaller() { return IM.normalize({ code: 70001, message: "x" }); } function appOuter() { return appCaller(); }',
    });
    [stack, limit] = await page.evaluate(() => {
      const run = (globalThis as unknown as { appOuter: () => Error }).appOuter;
      return [run().stack ?? '', (Error as unknown as { stackTraceLimit: number }).stackTraceLimit] as const;
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('has the message in its header', () => {
    expect(stack.split('\n')[0]).toBe('IMError: tencent code 70001 (web) -> auth/token-expired: x');
  });

  it("starts at the page's caller (after the entry's own frame) and leaves the page's limit as it was", () => {
    const frames = stack.split('\n').slice(1).map((line) => line.trim());
    const app = frames[0]?.includes('imErrorsEntry') === true ? frames.slice(1) : frames;
    expect(app[0]).toMatch(/^at appCaller /);
    expect(app[1]).toMatch(/^at appOuter /);
    expect(limit).toBe(10);
  });
});

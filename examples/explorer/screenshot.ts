/**
 * `npm run explorer:screenshot`: the README's picture of the explorer (`docs/explorer.png`), taken the way the
 * browser test drives the page — bundled, served on a free port, opened in headless Chromium.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { repoRoot } from '../../scripts/seeds/dir.js';
import { launchChromium } from './browser.js';
import { bundleExplorer } from './bundle.js';
import { serveExplorer } from './serve.js';

/** Where the README's screenshot lives. */
export const README_SCREENSHOT: string = resolve(repoRoot(), 'docs', 'explorer.png');

/** Opens the page at `url` and waits until its script has run. */
export async function openExplorer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('body[data-ready="true"]').waitFor();
}

/** Puts the page in the state the README shows: an Easemob error wrapping a dead request, the table searched. */
export async function showcase(page: Page): Promise<void> {
  await page.getByTestId('sample-easemob-nested').click();
  await page.getByTestId('result-kind').getByText('network').waitFor();
  await page.getByTestId('search').fill('kicked');
}

/** Takes the README screenshot into `file`. */
export async function takeScreenshot(file: string = README_SCREENSHOT): Promise<void> {
  const bundled = await bundleExplorer();
  const server = await serveExplorer({ root: bundled.outDir, port: 0 });
  const browser = await launchChromium({ width: 1280, height: 1000 }).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  try {
    const page = await browser.context.newPage();
    await openExplorer(page, server.url);
    await showcase(page);
    await mkdir(dirname(file), { recursive: true });
    await page.screenshot({ path: file });
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await takeScreenshot(process.argv[2] === undefined ? undefined : resolve(process.argv[2]));
  process.stdout.write(`im-errors explorer: screenshot written to ${process.argv[2] ?? README_SCREENSHOT}\n`);
}

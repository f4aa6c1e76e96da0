/**
 * Headless Chromium for the explorer's browser test and screenshot: Debian's `chromium` (or `$IM_ERRORS_CHROMIUM`)
 * driven by playwright-core, with a fresh profile in a temporary folder each time, no network besides the page.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** The Chromium binary: `$IM_ERRORS_CHROMIUM`, else Debian's. */
export const CHROMIUM_PATH: string = process.env.IM_ERRORS_CHROMIUM ?? '/usr/bin/chromium';

/** How to get it where it is missing. */
export const CHROMIUM_INSTALL = 'apt-get update && apt-get install -y chromium';

/** Flags for a quiet, sandbox-free headless run that phones nowhere. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** True when the Chromium binary is there. */
export const hasChromium = (): boolean => existsSync(CHROMIUM_PATH);

/** A browser context on a fresh profile; `close` ends the browser and removes the profile. */
export interface ExplorerBrowser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Chromium with a new temporary profile. */
export async function launchChromium(viewport = { width: 1280, height: 900 }): Promise<ExplorerBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'im-errors-explorer-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_FLAGS],
      viewport,
      locale: 'en-US',
    });
    return {
      context,
      close: async () => {
        await context.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}

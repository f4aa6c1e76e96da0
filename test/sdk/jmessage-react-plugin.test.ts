// @vitest-environment node
/**
 * JMessage React Native plugin conformance: `jmessage-react-plugin` (installed as a devDependency, without its native
 * peers) passes the native SDKs' codes on as `{ code, description }` and raises a few small codes of its own, which
 * Android and iOS number differently. Every code its sources raise (read by `scripts/sdk/jmessage-react-plugin.ts`)
 * is held mapped in that platform's table, with a judgement that fits every text it is raised with.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jmessage } from '../../adapters/jmessage/index.js';
import { jmessageMappings, type JMessagePlatform } from '../../mappings/jmessage.js';
import { packageDir } from '../../scripts/sdk/installed.js';
import { readPluginErrors } from '../../scripts/sdk/jmessage-react-plugin.js';
import type { Kind } from '../../src/taxonomy.js';

const raised = readPluginErrors();
const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { devDependencies: Record<string, string> };

/** What each plugin code means where the plugin raises it, read by hand, and the kinds that fit all of its texts. */
const HAND_CHECKED: Record<'android' | 'ios', Record<number, { readonly means: string; readonly kind: Kind }>> = {
  android: {
    [-1]: { means: 'a Throwable caught inside the plugin (its message passed on)', kind: 'client' },
    1: { means: 'a bad or missing argument ("Parameters error", "File is not exist!", …)', kind: 'validation' },
    2: { means: "the conversation named cannot be found (\"Can't get the conversation\")", kind: 'message' },
    3: { means: '"No such message" or "Wrong message type"', kind: 'message' },
    4: { means: 'the file named does not exist ("No such file")', kind: 'media' },
  },
  ios: {
    1: { means: '"param error!", "cannot create message, check your params!"', kind: 'validation' },
    2: { means: '"media file not exit!"', kind: 'media' },
  },
};

describe('jmessage-react-plugin', () => {
  it('is the version package.json pins', () => {
    const installed = JSON.parse(readFileSync(`${packageDir('jmessage-react-plugin')}/package.json`, 'utf8')) as { version: string };
    expect(installed.version).toBe(manifest.devDependencies['jmessage-react-plugin']);
  });

  it('raises its own codes on both platforms (the reader finds them)', () => {
    const codes = (platform: JMessagePlatform) => [...new Set(raised.filter((e) => e.platform === platform).map((e) => e.code))].sort((a, b) => a - b);
    expect(codes('android')).toEqual([-1, 1, 2, 3, 4]);
    expect(codes('ios')).toEqual([1, 2]);
    expect(raised.filter((e) => e.platform === 'android').length).toBeGreaterThan(50);
    expect(raised.find((e) => e.platform === 'android' && e.code === 4)?.text).toBe('No such file');
    expect(raised.find((e) => e.platform === 'ios' && e.code === 2)?.text).toBe('media file not exit!');
  });

  it('has every raised code mapped in its platform table, with the hand-checked kind', () => {
    for (const { platform, code, file, line, text } of raised) {
      const entry = jmessageMappings.platforms[platform]?.[code];
      expect(entry, `${platform} ${code} at ${file}:${line} (${text})`).toBeDefined();
      expect(entry?.[0], `${platform} ${code}: ${HAND_CHECKED[platform][code]?.means}`).toBe(HAND_CHECKED[platform][code]?.kind);
      expect(entry?.[2], 'a local check no retry can pass').toBe(false);
    }
  });

  it('maps nothing in the platform tables that the plugin does not raise', () => {
    for (const platform of ['android', 'ios'] as const) {
      const table = Object.keys(jmessageMappings.platforms[platform] ?? {}).map(Number).sort((a, b) => a - b);
      expect(table).toEqual([...new Set(raised.filter((e) => e.platform === platform).map((e) => e.code))].sort((a, b) => a - b));
    }
  });

  it('reads the plugin shape { code, description } on the platform named, and the SDK codes it passes on', () => {
    const fileMissing = { code: 2, description: 'media file not exit!' };
    expect(jmessage.normalize(fileMissing, { platform: 'ios' })).toMatchObject({ kind: 'media', reason: 'not-found', platform: 'ios', code: 2 });
    expect(jmessage.normalize({ code: 2, description: "Can't get the conversation" }, { platform: 'android' })).toMatchObject({ kind: 'message', reason: 'not-found' });
    // Without a platform the small codes mean nothing certain: not guessed.
    expect(jmessage.normalize(fileMissing)).toMatchObject({ kind: 'unknown', code: 2 });
    // The native SDK's own codes through the same callback, on each platform.
    expect(jmessage.normalize({ code: 871310, description: 'network not available' }, { platform: 'android' })).toMatchObject({ kind: 'network', reason: 'offline', retryable: true });
    expect(jmessage.normalize({ code: 871001, description: 'network error or tcp can not connected.' }, { platform: 'ios' })).toMatchObject({ kind: 'network', retryable: true });
  });
});

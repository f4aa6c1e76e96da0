/**
 * What ships equals what reviews read: each table module of `dist/` that the build rewrote in the compact form
 * (scripts/compact/rewrite.ts) exports exactly the values of its source in `mappings/`, and keeps the identities the
 * source shares (the core's `UNMAPPED`, Easemob's native tables, Tencent's web table inside `tencentMappings`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMPACT_MODULES } from '../../scripts/compact/rewrite.js';
import { repoRoot } from '../../scripts/seeds/dir.js';

const root = repoRoot();
const built = async (path: string): Promise<Record<string, unknown>> => (await import(pathToFileURL(join(root, 'dist', path)).href)) as Record<string, unknown>;
const source = async (path: string): Promise<Record<string, unknown>> =>
  (await import(pathToFileURL(join(root, path.replace(/\.js$/, '.ts'))).href)) as Record<string, unknown>;

describe('compact table modules in dist/', () => {
  it.each(COMPACT_MODULES)('%s is written in the compact form', (path) => {
    const text = readFileSync(join(root, 'dist', path), 'utf8');
    expect(text).toMatch(/^\/\/ The compact form of /);
    expect(text).not.toMatch(/'fix-input'|"fix-input"/);
  });

  it.each(COMPACT_MODULES)('%s exports what its source exports, value for value', async (path) => {
    const [shipped, written] = await Promise.all([built(path), source(path)]);
    expect(Object.keys(shipped).sort()).toStrictEqual(Object.keys(written).sort());
    for (const name of Object.keys(written)) expect(shipped[name], name).toStrictEqual(written[name]);
  });

  it('keeps the identities the sources share', async () => {
    const [tencent, tencentWeb, easemob, native, fallbacks] = await Promise.all(
      ['mappings/tencent.js', 'mappings/tencent-web.js', 'mappings/easemob.js', 'mappings/easemob-native.js', 'src/fallbacks.js'].map(built),
    );
    const mappings = tencent!.tencentMappings as { platforms: { web: unknown }; ranges: ReadonlyArray<readonly unknown[]> };
    expect(mappings.platforms.web).toBe(tencent!.tencentWebCodes);
    expect(mappings.ranges.some((range) => range[2] === fallbacks!.UNMAPPED)).toBe(true);
    expect((tencentWeb!.tencentWebMappings as { codes: unknown }).codes).toBe(tencent!.tencentServerCodes);
    expect((easemob!.easemobMappings as { platforms: { native: unknown } }).platforms.native).toBe(native!.easemobNativeCodes);
    // The web entry's table module is a table of its own: it imports neither Easemob's full tables nor the native ones.
    expect(readFileSync(join(root, 'dist', 'mappings', 'easemob-web.js'), 'utf8')).not.toMatch(/from "\.\/easemob(-native)?\.js"/);
  });
});

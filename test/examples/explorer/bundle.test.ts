/** The explorer bundle: the page's code and the BUILT package (dist/, through the exports map), nothing else. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleExplorer, type BundledExplorer } from '../../../examples/explorer/bundle.js';

let outDir: string;
let bundled: BundledExplorer;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'im-errors-bundle-'));
  bundled = await bundleExplorer(outDir);
}, 60_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('bundleExplorer', () => {
  it('writes the page, its stylesheet and one script', () => {
    expect(bundled.outDir).toBe(outDir);
    expect(bundled.files.map(({ name }) => name)).toEqual(['index.html', 'style.css', 'app.js']);
    for (const { bytes } of bundled.files) expect(bytes).toBeGreaterThan(0);
  });

  it('bundles im-errors from dist/ through the package exports, never from the sources', () => {
    const { inputs } = bundled;
    expect(inputs).toEqual(expect.arrayContaining(['dist/src/all.js', 'dist/adapters/agora/index.js', 'dist/src/messages/index.js', 'dist/src/descriptions/index.js']));
    expect(inputs.filter((input) => !/^(dist\/(src|adapters|mappings)\/|examples\/explorer\/app\/|node_modules\/ts-pattern\/)/.test(input))).toEqual([]);
    expect(inputs.filter((input) => input.startsWith('examples/'))).toEqual(expect.arrayContaining(['examples/explorer/app/main.ts']));
  });

  it('is one minified ES module, small enough to open at once (under 300 kB, 80 kB gzipped)', async () => {
    const { gzipSync } = await import('node:zlib');
    const script = await readFile(join(outDir, 'app.js'));
    expect(script.length).toBeLessThan(300_000);
    expect(gzipSync(script).length).toBeLessThan(80_000);
    expect(script.toString('utf8').split('\n').length).toBeLessThan(10);
  });

  it('loads only its own files: no CDN, no other origin', async () => {
    const html = await readFile(join(outDir, 'index.html'), 'utf8');
    const references = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map(([, url]) => url);
    expect(references).toEqual(['data:,', 'style.css', 'app.js']);
  });
});

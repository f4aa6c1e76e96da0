/** The README's claims, checked: its first-screen examples give what it says, and it lists every kind and reason. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main as demo } from '../examples/demo/main.js';
import { normalize } from '../src/all.js';
import { KINDS, REASONS } from '../src/index.js';
import { BUDGETED } from '../scripts/size/bundles.js';
import { entryBundles, type Manifest } from '../scripts/size/entries.js';
import { measureAll } from '../scripts/size/measure.js';
import { sizeReport } from '../scripts/size/report.js';
import { GENERATED_IN, readGenerated, type GeneratedBlock } from '../scripts/docs/generated.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const root = fileURLToPath(new URL('..', import.meta.url));

/** What `npm run readme` wrote between `<!-- name:start -->` and `<!-- name:end -->`, on the block's page. */
function generated(name: GeneratedBlock): string {
  const text = readGenerated(name);
  expect(text, `markers for ${name} on ${GENERATED_IN[name]}`).toBeDefined();
  return text!;
}

/** A page of docs/. */
const page = (name: string): string => readFileSync(new URL(`../docs/${name}`, import.meta.url), 'utf8');

describe('README', () => {
  it('starts with the install + demo and install + test commands', () => {
    const firstScreen = readme.split('\n').slice(0, 12).join('\n');
    expect(firstScreen).toContain('npm ci && npm start');
    expect(firstScreen).toContain('npm ci && npm test');
  });

  it('lists exactly the kinds and reasons of the taxonomy', () => {
    const rows = [...generated('reasons').matchAll(/^\| `([a-z-]+)` \| (`.+`) \|$/gm)].filter(([, kind]) => (KINDS as readonly string[]).includes(kind!));
    const listed = Object.fromEntries(rows.map(([, kind, reasons]) => [kind, [...reasons!.matchAll(/`([a-z-]+)`/g)].map((m) => m[1])]));
    expect(Object.keys(listed).sort()).toEqual([...KINDS].sort());
    for (const kind of KINDS) expect(listed[kind]).toEqual([...REASONS[kind]]);
  });

  it('tells the truth in its first-screen examples', () => {
    expect(normalize({ code: 70001, message: ' | sendMessage | ' })).toMatchObject({
      kind: 'auth',
      reason: 'token-expired',
      retryable: false,
      recovery: 'refresh-credentials',
      vendor: 'tencent',
      code: 70001,
    });
    const easemob = normalize({ type: 1, message: 'login failed', data: { type: -2, message: 'Request Unknow Error', extraInfo: { httpCode: 0 } } });
    expect(easemob).toMatchObject({ kind: 'network', reason: 'request-failed', retryable: true, recovery: 'check-network', vendor: 'easemob', code: -2 });
    expect(easemob.chain.map((link) => link.code)).toEqual([1, -2]);
    expect(normalize({ code: 803010, message: 'beyond the frequency limit' })).toMatchObject({
      kind: 'rate-limit',
      reason: 'too-many-messages',
      retryable: true,
      retryAfterMs: 1000,
      recovery: 'wait',
      vendor: 'jmessage',
    });
  });

  it('quotes the demo as it really prints', async () => {
    const section = page('examples.md');
    const excerpt = section.slice(section.indexOf('```\n') + 4, section.indexOf('\n```', section.indexOf('```\n') + 4));
    const printed = (await demo(() => undefined)).join('\n');
    const quoted = excerpt.split('\n').filter((line) => line.trim() !== '');
    expect(quoted.length).toBeGreaterThan(10);
    expect(quoted.filter((line) => !printed.includes(line))).toEqual([]);
  });

  it('shows the size report as `npm run size` measures it now (run `npm run readme` after a size change)', async () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as Manifest;
    const report = sizeReport(await measureAll(BUDGETED, root), await measureAll(entryBundles(manifest), root));
    expect(generated('size')).toBe(report.trim());
  }, 60_000);

  it('shows the mappings report as it is now (run `npm run readme` after a mapping change)', () => {
    const report = execFileSync(process.execPath, [fileURLToPath(new URL('../dist/scripts/mappings-report.js', import.meta.url))], { encoding: 'utf8' });
    expect(generated('mappings-report')).toBe(`\`\`\`\n${report.trimEnd()}\n\`\`\``);
  });
});

describe('docs/', () => {
  it('has every page the README links to, and every page links back', () => {
    const linked = [...readme.matchAll(/\]\(docs\/([a-z-]+\.md)[)#]/g)].map(([, name]) => name!);
    expect(linked.length).toBeGreaterThan(10);
    for (const name of new Set(linked)) {
      expect(existsSync(new URL(`../docs/${name}`, import.meta.url)), name).toBe(true);
      if (name !== 'mapping-rules.md') expect(page(name), name).toContain('](../README.md)');
    }
  });

  it('links only to files that exist', () => {
    for (const name of readdirSync(new URL('../docs/', import.meta.url)).filter((file) => file.endsWith('.md'))) {
      for (const [, target] of page(name).matchAll(/\]\((?!https?:|#|mailto:)([^)#\s]+)[^)]*\)/g)) {
        expect(existsSync(new URL(`../docs/${target}`, import.meta.url)), `${name} → ${target}`).toBe(true);
      }
    }
  });
});

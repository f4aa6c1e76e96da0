/**
 * The packed tarball in the places users put it, each with its own module loader:
 * - a native WeChat mini-program: `miniprogram-ci`'s "build npm" (`packNpmManually`) over a sample app, which must log
 *   no warning (a parse error, a module it left out), then the page code run with only the mini-program's `require`;
 * - Jest 30 with its default (CommonJS) configuration;
 * - Node's `require()` (CommonJS consumers on any Node 20), and the ESM and CommonJS copies meeting in one process.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'acorn';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMiniProgramModule } from '../../scripts/package/miniprogram-require.js';
import { pack, type Packed } from '../../scripts/package/pack.js';

/** The syntax level of the CommonJS build (`scripts/build-cjs.mjs`): what the oldest mini-program base libraries parse. */
const TARGET_ECMA_VERSION = 2015;

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

let packed: Packed;

/** A fresh app folder with the tarball installed the way npm installs a package without dependencies. */
function appWith(fixture?: string): string {
  const app = mkdtempSync(join(tmpdir(), 'im-errors-consumer-'));
  if (fixture !== undefined) cpSync(fixture, app, { recursive: true });
  mkdirSync(join(app, 'node_modules', 'im-errors'), { recursive: true });
  execFileSync('tar', ['-xzf', packed.tarball, '-C', join(app, 'node_modules', 'im-errors'), '--strip-components=1']);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, dependencies: { 'im-errors': '*' } }));
  return app;
}

beforeAll(() => {
  packed = pack(root);
}, 120_000);

describe('a WeChat mini-program (miniprogram-ci "build npm")', () => {
  it('builds miniprogram_npm without a warning, and the page runs with only the mini-program require', async () => {
    const app = appWith(fileURLToPath(new URL('./fixtures/miniprogram', import.meta.url)));
    const ci = require('miniprogram-ci') as {
      packNpmManually(options: { packageJsonPath: string; miniprogramNpmDistDir: string }): Promise<{ miniProgramPackNum: number; warnList: unknown[] }>;
    };
    const result = await ci.packNpmManually({ packageJsonPath: join(app, 'package.json'), miniprogramNpmDistDir: app });
    expect(result.warnList).toEqual([]);
    expect(result.miniProgramPackNum).toBe(1);
    // "build npm" copies code without judging its syntax; the oldest engines it targets parse ES2015 scripts only.
    const built = readdirSync(join(app, 'miniprogram_npm'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
    expect(built.length).toBeGreaterThan(50);
    const unparsable = built.filter((file) => {
      try {
        parse(readFileSync(join(app, 'miniprogram_npm', file), 'utf8'), { ecmaVersion: TARGET_ECMA_VERSION, sourceType: 'script' });
        return false;
      } catch {
        return true;
      }
    });
    expect(unparsable).toEqual([]);

    let page: { data: Record<string, unknown>; onLoad(this: unknown): void } | undefined;
    runMiniProgramModule(app, 'pages/index/index.js', { Page: (options: typeof page) => void (page = options) });
    const data: Record<string, unknown> = {};
    page!.onLoad.call({ setData: (patch: Record<string, unknown>) => Object.assign(data, patch) });
    expect(data).toMatchObject({ kind: 'auth', reason: 'token-expired', retryable: false, isIMError: true, kicked: 'auth/kicked-other-device' });
    expect(data.message).toMatch(/[\u4e00-\u9fff]/);
    expect(String(data.vendorMessage)).not.toContain('eJyrVgrxCdYrSy1SslIy');
  }, 120_000);
});

describe('Jest 30, default configuration (CommonJS)', () => {
  it('requires every CommonJS entry and normalizes', () => {
    const app = appWith();
    writeFileSync(
      join(app, 'consumer.test.js'),
      `const { normalize } = require('im-errors/easemob');
const { isIMError } = require('im-errors');
const { toUserMessage } = require('im-errors/messages/en');
test('normalizes an Easemob error', () => {
  const error = normalize({ type: 509, message: 'too fast' });
  expect(isIMError(error)).toBe(true);
  expect([error.kind, error.reason]).toEqual(['rate-limit', 'too-many-messages']);
  expect(toUserMessage(error)).toMatch(/\\w/);
});
`,
    );
    const jest = join(dirname(require.resolve('jest/package.json')), 'bin', 'jest.js');
    const run = spawnSync(process.execPath, [jest, '--rootDir', app, '--ci', '--colors=false'], { cwd: app, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/Tests:\s+1 passed, 1 total/);
  }, 120_000);
});

describe("Node's require()", () => {
  it('loads the CommonJS build, and its IMErrors and the ESM build’s recognise each other', () => {
    const app = appWith();
    writeFileSync(
      join(app, 'main.cjs'),
      `const cjs = require('im-errors/tencent');
const { isIMError } = require('im-errors');
if (!require.resolve('im-errors').includes('/dist/cjs/')) throw new Error('require() did not take the CommonJS build');
import('im-errors').then((esm) => {
  const fromCjs = cjs.normalize({ code: 70001, message: 'x' });
  console.log(JSON.stringify([fromCjs.kind, esm.isIMError(fromCjs), isIMError(esm.createIMError({ kind: 'unknown', reason: 'unrecognized', vendor: 'unknown', retryable: false, recovery: 'none', cause: 1 }))]));
});
`,
    );
    const out = execFileSync(process.execPath, [join(app, 'main.cjs')], { cwd: app, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(['auth', true, true]);
  });
});

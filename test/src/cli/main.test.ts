/** The built bin, as `npx im-errors` runs it, from the `dist/` the vitest global setup builds before every run. */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from './support.js';

const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const bin = join(root, 'dist/src/cli/main.js');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };

describe('the im-errors bin', () => {
  it('is declared in package.json and starts with a node shebang', () => {
    expect(manifest.bin['im-errors']).toBe('./dist/src/cli/main.js');
    expect(readFileSync(join(root, 'src/cli/main.ts'), 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('runs as an executable (as npx runs it) and explains a code in Chinese, as the in-process CLI does', () => {
    expect(statSync(bin).mode & 0o111).not.toBe(0);
    const ran = spawnSync(bin, ['explain', 'tencent', '70001', '--locale', 'zh-CN'], { encoding: 'utf8' });
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect([ran.status, ran.stderr]).toEqual([0, '']);
    expect(ran.stdout).toContain('  user (zh-CN)  登录已过期，请重试。\n');
    expect(ran.stdout).toBe(cli('explain', 'tencent', '70001', '--locale', 'zh-CN').stdout);
  });

  // Issue 12: the CLI crashed with an unhandled EPIPE when piped into `head`.
  it('ends quietly with exit 0 when piped into head -1, through a real shell pipe', () => {
    const ran = spawnSync('bash', ['-c', 'node "$0" list | head -1; echo "exit ${PIPESTATUS[0]}" >&2', bin], { encoding: 'utf8' });
    expect(ran.stdout).toMatch(/^vendor +platform +code +kind +reason +retryable +recovery\n$/);
    expect(ran.stderr).toBe('exit 0\n');
  });

  it('ends quietly with exit 0 when the reader of its stdout closes the pipe after the first chunk', async () => {
    const child = spawn(process.execPath, [bin, 'list'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect([code, stderr]).toEqual([0, '']);
  });

  it('prints its version', () => {
    const ran = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect([ran.status, ran.stdout]).toEqual([0, `im-errors ${(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version}\n`]);
  });

  it('exits 2 with one line on bad input', () => {
    const ran = spawnSync(process.execPath, [bin, 'explain', 'tencent', 'seventy'], { encoding: 'utf8' });
    expect([ran.status, ran.stdout, ran.stderr]).toEqual([2, '', "im-errors: the code must be an integer, not 'seventy'\n"]);
  });
});

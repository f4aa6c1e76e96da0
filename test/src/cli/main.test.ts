/** The built bin, as `npx im-errors` runs it, from the `dist/` the vitest global setup builds before every run. */
import { spawnSync } from 'node:child_process';
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

  it('exits 2 with one line on bad input', () => {
    const ran = spawnSync(process.execPath, [bin, 'explain', 'tencent', 'seventy'], { encoding: 'utf8' });
    expect([ran.status, ran.stdout, ran.stderr]).toEqual([2, '', "im-errors: the code must be an integer, not 'seventy'\n"]);
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { USAGE } from '../../../src/cli/run.js';
import { packageVersion } from '../../../src/cli/version.js';
import { cli } from './support.js';

describe('im-errors', () => {
  it.each([['help'], ['--help'], ['-h'], ['explain', '--help'], ['list', '-h']])('prints the usage for %j', (...argv) => {
    expect(cli(...argv)).toEqual({ code: 0, stdout: `${USAGE}\n`, stderr: '' });
  });

  it('names every vendor with its platforms in the usage', () => {
    expect(USAGE).toContain('Vendors (any case): jmessage (web, ios, android, server), tencent (web, native, server), easemob (web, native, server, android, ios), agora (web, native, server, android, ios)');
  });

  it('needs a known command', () => {
    expect(cli()).toEqual({ code: 2, stdout: '', stderr: 'im-errors: a command is needed: explain or list (im-errors --help for more)\n' });
    expect(cli('explian', 'tencent', '1')).toEqual({ code: 2, stdout: '', stderr: "im-errors: unknown command 'explian' (commands: explain, list, help, version)\n" });
  });

  // Issue 13: there was no --version.
  it.each([['--version'], ['-v'], ['version']])('prints the package version for %j', (flag) => {
    const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(cli(flag)).toEqual({ code: 0, stdout: `im-errors ${manifest.version}\n`, stderr: '' });
  });

  it('finds the version above the file that asks, and says unknown where there is no im-errors package.json', () => {
    expect(packageVersion()).toMatch(/^\d+\.\d+\.\d+/);
    expect(packageVersion('/no-such-dir/a/b/c.js')).toBe('unknown');
  });

  // Issue 12: raw arguments, escape codes included, were echoed.
  it('escapes and bounds the command it echoes', () => {
    const { stderr } = cli('\u001b]0;pwned\u0007' + 'x'.repeat(200));
    expect(stderr).toBe(`im-errors: unknown command '\\x1b]0;pwned\\x07${'x'.repeat(30)}…' (commands: explain, list, help, version)\n`);
    expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });
});

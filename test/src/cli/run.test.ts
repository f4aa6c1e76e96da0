import { describe, expect, it } from 'vitest';
import { USAGE } from '../../../src/cli/run.js';
import { cli } from './support.js';

describe('im-errors', () => {
  it.each([['help'], ['--help'], ['-h'], ['explain', '--help'], ['list', '-h']])('prints the usage for %j', (...argv) => {
    expect(cli(...argv)).toEqual({ code: 0, stdout: `${USAGE}\n`, stderr: '' });
  });

  it('names every vendor with its platforms in the usage', () => {
    expect(USAGE).toContain('Vendors: jmessage (web, ios, android, server), tencent (web, native, server), easemob (web, android), agora (web, android)');
  });

  it('needs a known command', () => {
    expect(cli()).toEqual({ code: 2, stdout: '', stderr: 'im-errors: a command is needed: explain or list (im-errors --help for more)\n' });
    expect(cli('explian', 'tencent', '1')).toEqual({ code: 2, stdout: '', stderr: "im-errors: unknown command 'explian' (commands: explain, list)\n" });
  });
});

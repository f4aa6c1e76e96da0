import { describe, expect, it } from 'vitest';
import { UsageError, parse } from '../../../src/cli/args.js';

const options = { platform: { type: 'string' }, json: { type: 'boolean' } } as const;

describe('parse', () => {
  it('reads options and positionals', () => {
    expect(parse(['tencent', '70001', '--platform', 'web', '--json'], options)).toEqual({
      values: { platform: 'web', json: true },
      positionals: ['tencent', '70001'],
    });
  });

  it('reads negative numbers as positionals, not short options', () => {
    expect(parse(['easemob', '-2', '--json'], options).positionals).toEqual(['easemob', '-2']);
    expect(parse(['tencent', '-10001'], options).positionals).toEqual(['tencent', '-10001']);
  });

  it.each([
    [['--verbose'], "unknown option '--verbose'"],
    [['-x'], "unknown option '-x'"],
    [['--platform'], "Option '--platform <value>' argument missing"],
    [['--json=yes'], "Option '--json' does not take an argument"],
  ])('turns %j into a one-line usage error', (argv, message) => {
    expect(() => parse(argv, options)).toThrow(UsageError);
    expect(() => parse(argv, options)).toThrow(message);
  });
});

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { MAX_SHOWN, UsageError, parse, shown } from '../../../src/cli/args.js';

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

  it('escapes an unknown option it echoes', () => {
    expect(() => parse(['--\u001b[2J'], options)).toThrow("unknown option '--\\x1b[2J'");
  });
});

describe('shown', () => {
  it.each([
    ['tencent', "'tencent'"],
    ['\u001b[31mred', "'\\x1b[31mred'"],
    ['a\nb\tc\rd', "'a\\nb\\tc\\rd'"],
    ["it's \\", "'it\\'s \\\\'"],
    ['\u202egnp.exe', "'\\u202egnp.exe'"],
    ['\u009b2J', "'\\x9b2J'"],
    ['读书会', "'读书会'"],
  ])('shows %j as %s', (value, expected) => {
    expect(shown(value)).toBe(expected);
  });

  it('cuts long values by code point, never inside a surrogate pair', () => {
    expect(shown('😀'.repeat(50))).toBe(`'${'😀'.repeat(MAX_SHOWN)}…'`);
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 300 })], { numRuns: 200 })('is one quoted line with no control character, bounded', (value) => {
    const out = shown(value);
    expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(out.startsWith("'") && out.endsWith("'")).toBe(true);
    // At most 6 characters per shown character (\\uXXXX), the quotes and the ellipsis.
    expect(out.length).toBeLessThanOrEqual(MAX_SHOWN * 6 * 2 + 3);
  });
});

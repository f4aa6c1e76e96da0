import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { scan } from '../../../src/redact/scan.js';

/** Most characters the scanner may read per input character, whatever the input. */
const MAX_STEPS_PER_CHAR = 6;

/** Inputs built to make a backtracking matcher go quadratic: repeated prefixes, long runs, nested and open quotes. */
const ADVERSARIAL: Record<string, (n: number) => string> = {
  'repeated eyJ': (n) => 'eyJ'.repeat(n / 3),
  'eyJ segments': (n) => 'eyJa.'.repeat(n / 5),
  'one long run': (n) => 'A'.repeat(n),
  'long hex with dots': (n) => 'deadbeef.'.repeat(n / 9),
  'repeated names': (n) => 'token='.repeat(n / 6),
  'names without values': (n) => 'password '.repeat(n / 9),
  'pairs with short values': (n) => 'password=a, '.repeat(n / 12),
  'open brackets': (n) => 'secret=['.repeat(n / 8),
  'nested quotes': (n) => 'token="\\"'.repeat(n / 10),
  'quotes only': (n) => '"'.repeat(n),
  'blanks after a name': (n) => `token${' '.repeat(n)}`,
  'soft delimiters in a value': (n) => `password=a${', a'.repeat(n / 3)}`,
  'schemes': (n) => 'Bearer '.repeat(n / 7),
  'authorization headers': (n) => 'Authorization: Basic '.repeat(n / 21),
  'percent separators': (n) => 'sig%3D%22'.repeat(n / 9),
  'words': (n) => 'a '.repeat(n / 2),
  'cjk labels': (n) => '密码：'.repeat(n / 3),
};

describe('scan, in linear time', () => {
  it.each(Object.keys(ADVERSARIAL))('%s: a bounded number of steps per character, at any length', (name) => {
    const make = ADVERSARIAL[name] as (n: number) => string;
    for (const n of [1_000, 10_000, 100_000]) {
      const text = make(n);
      const { steps } = scan(text);
      expect(steps / text.length).toBeLessThanOrEqual(MAX_STEPS_PER_CHAR);
    }
  });

  const piece = fc.constantFrom('eyJ', 'token', '=', ':', '"', '\\"', "'", '[', '{', ']', '}', ' ', ',', '.', 'Bearer ', 'A', '%3D', '密码');
  fcTest.prop([fc.array(piece, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 200 })], { numRuns: 300 })(
    'any repetition of scanner-relevant pieces stays within the bound',
    (pieces, times) => {
      const text = pieces.join('').repeat(times);
      expect(scan(text).steps / text.length).toBeLessThanOrEqual(MAX_STEPS_PER_CHAR);
    },
  );
});

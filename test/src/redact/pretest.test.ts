/** The pre-test in front of the scanner (src/redact/pretest.ts): a text it passes is one the scanner would not change. */
import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { mayHoldSecret } from '../../../src/redact/pretest.js';
import { scan } from '../../../src/redact/scan.js';
import { redact } from '../../../src/redact/index.js';

/** Characters that matter to the scanner, and words it reacts to, so that random texts come near its cases. */
const piece = fc.oneof(
  fc.constantFrom('=', ':', '：', '%3D', '%3a', '<', '>', '"', "'", ' ', '\n', '.', '-', '_', '/', '+', '*', '&', '?'),
  fc.constantFrom('Bearer', 'basic', 'BASIC', 'bearer', 'token', 'password', 'sig', '密码', 'eyJhbGciOi', 'abc123'),
  fc.stringMatching(/^[A-Za-z0-9]{1,20}$/),
  fc.string({ maxLength: 4 }),
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

describe('mayHoldSecret', () => {
  fcTest.prop([text], { numRuns: 2000 })('is true for every text the scanner changes', (value) => {
    if (!mayHoldSecret(value)) expect(scan(value).text).toBe(value);
  });

  fcTest.prop([fc.string({ maxLength: 60 })], { numRuns: 2000 })('is true for every text the scanner changes (any text)', (value) => {
    if (!mayHoldSecret(value)) expect(scan(value).text).toBe(value);
  });

  it('lets the common vendor texts through without a scan', () => {
    for (const plain of ['UserSig expired', 'request timed out', 'network error', 'user not exist', 'get DNS failed', 'The operation was aborted.']) {
      expect(mayHoldSecret(plain)).toBe(false);
      expect(redact(plain)).toBe(plain);
    }
  });

  it('sends each kind of marker to the scanner', () => {
    for (const marked of ['sig=abc', 'token: x', '密码：x', 'x%3Dy', '<password>x</password>', 'Bearer abc', 'basic dXNlcjpw', 'eyJhbGciOiJIUzI1']) {
      expect(mayHoldSecret(marked), marked).toBe(true);
    }
    expect(redact('Bearer abc')).toBe('Bearer [redacted]');
    expect(redact('Basic auth failed')).toBe('Basic auth failed');
  });
});

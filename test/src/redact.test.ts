import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { redact } from '../../src/redact.js';

describe('redact', () => {
  it.each([
    ['userSig=eJyrVgrxCdYrSy1S&x=1', 'userSig=[redacted]&x=1'],
    ['{"token":"abc123def"}', '{"token":"[redacted]"}'],
    ['password: hunter2', 'password: [redacted]'],
    ['Authorization: Bearer abc.def.ghi', 'Authorization: [redacted] [redacted]'],
    ['sig=deadbeef, code 70001', 'sig=[redacted], code 70001'],
    ['got eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sgn here', 'got [redacted] here'],
    ['key AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA end', 'key [redacted] end'],
  ])('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it('leaves ordinary vendor messages alone', () => {
    for (const text of ['Token expired', 'UserSig has expired. Get a new valid UserSig and log in again.', 'signature error', ' | sendMessage | ', '用户不存在']) {
      expect(redact(text)).toBe(text);
    }
  });
});

describe('redact, over any text', () => {
  /** Text built from the pieces secrets are matched on, so the property reaches every pattern. */
  const piece = fc.constantFrom('userSig', 'token', 'password', 'sig', 'Authorization', 'Bearer', 'eyJhbGciOi', '.', '=', ': ', '"', ' ', ']', '[redacted]', 'A'.repeat(16), 'abc', '&', ',');
  const text = fc.oneof(fc.string(), fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')));

  fcTest.prop([text], { numRuns: 2_000 })('is idempotent: redacting redacted text changes nothing', (input) => {
    const once = redact(input);
    expect(redact(once)).toBe(once);
  });
});

import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { cutBeforeRedaction } from '../../../src/redact/cut.js';
import { redact } from '../../../src/redact.js';

describe('cutBeforeRedaction', () => {
  it('leaves short text alone and cuts at a boundary as a plain cut would', () => {
    expect(cutBeforeRedaction('abc', 10)).toBe('abc');
    expect(cutBeforeRedaction('abc def', 4)).toBe('abc …');
  });

  it('drops the whole run a cut would split', () => {
    expect(cutBeforeRedaction('token eyJhbGciOiJI', 10)).toBe('token …');
    expect(cutBeforeRedaction('x sdk%3DabcDEF', 9)).toBe('x …');
  });

  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const secret = fc.string({ unit: fc.constantFrom(...alphabet), minLength: 40, maxLength: 80 });
  const form = fc.constantFrom(
    (s: string) => s,
    (s: string) => `eyJhbGciOiJIUzI1NiJ9.eyJ${s}.${s}`,
    (s: string) => `userSig=${s}`,
    (s: string) => `Authorization: Bearer ${s}`,
    (s: string) => `"password":"${s}"`,
  );

  fcTest.prop([fc.string({ maxLength: 60 }), secret, form, fc.integer({ min: 1, max: 200 })])(
    'no 8-character piece of a secret straddling the cut survives cut and redaction',
    (before, value, shape, offset) => {
      const text = `${before} ${shape(value)} tail`;
      const at = Math.min(text.length - 1, before.length + 1 + offset);
      const shown = redact(cutBeforeRedaction(text, at));
      for (let k = 0; k + 8 <= value.length; k++) expect(shown).not.toContain(value.slice(k, k + 8));
    },
  );
});

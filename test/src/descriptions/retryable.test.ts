/** Whether to retry, in words. */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { retryableText } from '../../../src/descriptions/retryable.js';

describe('retryableText', () => {
  it.each([
    [false, undefined, 'no'],
    [false, 1000, 'no'],
    [true, undefined, 'yes'],
    [true, null, 'yes'],
    [true, 1000, 'yes, after 1000 ms'],
  ] as const)('(%s, %s) → %s', (retryable, wait, words) => {
    expect(retryableText(retryable, wait)).toBe(words);
  });

  it.prop([fc.boolean(), fc.option(fc.nat(), { nil: undefined })])('says no exactly when the error is not retryable, and names the wait', (retryable, wait) => {
    const words = retryableText(retryable, wait);
    expect(words === 'no').toBe(!retryable);
    expect(words.includes(`${wait} ms`)).toBe(retryable && wait !== undefined);
  });
});

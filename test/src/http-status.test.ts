/** The documented table of what a bare HTTP status says (src/http-status.ts `bareStatus`), row by row. */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { bareStatus } from '../../src/http-status.js';
import { isReasonOf } from '../../src/taxonomy.js';

describe('bareStatus', () => {
  it.each([
    [401, ['auth', 'invalid-credentials', false]],
    [403, ['permission', 'no-permission', false]],
    [404, ['validation', 'invalid', false]],
    [408, ['network', 'timeout', true]],
    [413, ['validation', 'too-large', false]],
    [429, ['rate-limit', 'too-many-requests', true]],
    [500, ['server', 'internal', true]],
    [502, ['server', 'busy', true]],
    [503, ['server', 'busy', true]],
    [504, ['server', 'timeout', true]],
    [501, ['validation', 'unsupported', false]],
    [409, ['validation', 'invalid', false]],
    [418, ['validation', 'invalid', false]],
    [507, ['server', 'other', false]],
  ] as const)('%i', (status, [kind, reason, retryable]) => {
    expect(bareStatus(status)?.slice(0, 3)).toEqual([kind, reason, retryable]);
  });

  test.prop([fc.integer({ min: 0, max: 399 })])('no failure below 400 (0 is no answer: not a bare status)', (status) => {
    expect(bareStatus(status)).toBeUndefined();
  });

  test.prop([fc.integer({ min: 400, max: 599 })])('every error status has an entry of the taxonomy', (status) => {
    const entry = bareStatus(status);
    expect(entry !== undefined && isReasonOf(entry[0], entry[1])).toBe(true);
  });
});

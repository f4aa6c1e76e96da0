import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { MAX_CONTEXT_TEXT, cleanContextText, contextValues, waitSeconds } from '../../../src/messages/context.js';

describe('cleanContextText', () => {
  it('keeps names as they are, on one line', () => {
    expect(cleanContextText('Book Club')).toBe('Book Club');
    expect(cleanContextText('  读书会 \n 2024\t')).toBe('读书会 2024');
    expect(cleanContextText('a\u0000b\u2028c')).toBe('a b c');
  });

  it('treats empty, blank and non-text values as unknown', () => {
    for (const value of ['', '   ', '\n', 42, null, undefined, {}, ['x']]) expect(cleanContextText(value)).toBeUndefined();
  });

  it('cuts long names at a code point with an ellipsis', () => {
    const long = `${'😀'.repeat(MAX_CONTEXT_TEXT)}tail`;
    const cut = cleanContextText(long)!;
    expect(Array.from(cut)).toHaveLength(MAX_CONTEXT_TEXT + 1);
    expect(cut.endsWith('😀…')).toBe(true);
  });

  it.prop([fc.string({ unit: 'grapheme', maxLength: 200 })])('gives one bounded line or nothing', (value) => {
    const cleaned = cleanContextText(value);
    if (cleaned === undefined) return;
    expect(cleaned).toBe(cleaned.trim());
    expect(cleaned).not.toMatch(/[\n\r\t\u0000-\u001f]/);
    expect(Array.from(cleaned).length).toBeLessThanOrEqual(MAX_CONTEXT_TEXT + 1);
  });
});

describe('waitSeconds', () => {
  it('rounds up, preferring the context over the error', () => {
    expect(waitSeconds(undefined, 200)).toBe(1);
    expect(waitSeconds(undefined, 1000)).toBe(1);
    expect(waitSeconds(undefined, 60_000)).toBe(60);
    expect(waitSeconds(2.5, 60_000)).toBe(3);
  });

  it('ignores waits that are not positive finite numbers', () => {
    for (const value of [0, -1, Number.NaN, Infinity, '5', null]) expect(waitSeconds(value, value)).toBeUndefined();
    expect(waitSeconds(Number.NaN, 1500)).toBe(2);
  });
});

describe('contextValues', () => {
  it('formats the wait with the catalog and survives a context whose getters throw', () => {
    const hostile = Object.defineProperty({}, 'group', {
      get() {
        throw new Error('boom');
      },
    });
    expect(contextValues(hostile, 1000, (seconds) => `${seconds}s`)).toEqual({ group: undefined, user: undefined, file: undefined, wait: '1s' });
    expect(contextValues({ seconds: 90, user: ' Ann ' }, undefined, (seconds) => `${seconds}s`)).toMatchObject({ user: 'Ann', wait: '90s' });
  });
});

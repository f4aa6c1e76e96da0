/** Where a call's history lives: a hidden property of its IMError, or a side table for frozen ones. */
import { describe, expect, it } from 'vitest';
import { createIMError, retryHistoryOf } from '../../../src/index.js';
import { attachHistory } from '../../../src/retry/history.js';

const error = () => createIMError({ kind: 'network', reason: 'timeout', vendor: 'tencent', retryable: true, recovery: 'retry', cause: undefined });
const history = { attempts: [], totalDelayMs: 0, gaveUp: 'max-attempts' as const };

describe('retry history', () => {
  it('is hidden from keys, JSON and spreads', () => {
    const target = error();
    attachHistory(target, history);
    expect(retryHistoryOf(target)).toBe(history);
    expect(Object.keys(target)).toEqual(Object.keys(error()));
    expect(target.toJSON()).toEqual(error().toJSON());
  });

  it('is kept for frozen IMErrors too, and the latest call wins', () => {
    const frozen = Object.freeze(error());
    attachHistory(frozen, history);
    expect(retryHistoryOf(frozen)).toBe(history);
    const later = { ...history, gaveUp: 'deadline' as const };
    const target = error();
    attachHistory(target, history);
    attachHistory(target, later);
    expect(retryHistoryOf(target)).toBe(later);
  });

  it('is undefined for anything else', () => {
    for (const value of [undefined, null, 1, 'x', {}, new Error('x'), error()]) expect(retryHistoryOf(value)).toBeUndefined();
  });
});

describe('historyRecorder (the one recorder of both runners)', () => {
  it('numbers failed attempts, records the wait after each, attaches the history on give-up', async () => {
    const { historyRecorder } = await import('../../../src/retry/history.js');
    const recorder = historyRecorder();
    const first = error();
    const last = error();
    recorder.failed(first, 120);
    recorder.waited(100);
    recorder.failed(last, -5); // a clock that went back: never a negative duration
    const given = recorder.gaveUp(last, 'max-attempts');
    expect(given).toEqual({
      attempts: [
        { attempt: 1, error: first, durationMs: 120, delayMs: 100 },
        { attempt: 2, error: last, durationMs: 0, delayMs: 0 },
      ],
      totalDelayMs: 100,
      gaveUp: 'max-attempts',
    });
    expect(retryHistoryOf(last)).toBe(given);
    expect(recorder.succeeded(30).attempts.at(-1)).toEqual({ attempt: 3, error: undefined, durationMs: 30, delayMs: 0 });
  });
});

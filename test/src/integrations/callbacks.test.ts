/** Node-style and success/fail callback APIs as Promises with IMError failures. */
import { fc, it as prop } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { easemob } from '../../../adapters/easemob/index.js';
import { normalize } from '../../../src/all.js';
import { fromNodeCallback, fromSuccessFail, isIMError, withRetry } from '../../../src/index.js';

describe('fromNodeCallback', () => {
  it('resolves with the value when the error is null or undefined', async () => {
    await expect(fromNodeCallback<number>((done) => done(null, 1), normalize)).resolves.toBe(1);
    await expect(fromNodeCallback<number>((done) => setImmediate(() => done(undefined, 2)), normalize)).resolves.toBe(2);
  });

  it('rejects with the error normalized', async () => {
    const raw = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    const error = await fromNodeCallback((done) => done(raw), normalize).catch((e: unknown) => e);
    expect(isIMError(error) && error).toMatchObject({ kind: 'network', reason: 'connection-reset' });
    expect(isIMError(error) && error.cause).toBe(raw);
  });

  it('turns a synchronous throw into a rejection, and settles once', async () => {
    const thrown = await fromNodeCallback(() => {
      throw new TypeError('Failed to fetch');
    }, normalize).catch((e: unknown) => e);
    expect(isIMError(thrown) && thrown.reason).toBe('request-failed');
    await expect(
      fromNodeCallback<string>((done) => {
        done(null, 'first');
        done(new Error('late'));
      }, normalize),
    ).resolves.toBe('first');
  });

  prop.prop([fc.anything().filter((value) => value !== null && value !== undefined)])('rejects with an IMError for any error value', async (raw) => {
    const error = await fromNodeCallback((done) => done(raw), normalize).catch((e: unknown) => e);
    expect(isIMError(error)).toBe(true);
  });
});

describe('fromSuccessFail', () => {
  it('resolves through success, as mini-program APIs call it', async () => {
    const request = (options: { url: string; success: (res: { statusCode: number }) => void }) => options.success({ statusCode: 200 });
    await expect(fromSuccessFail((callbacks) => request({ url: '/x', ...callbacks }), normalize)).resolves.toEqual({ statusCode: 200 });
  });

  it('rejects through fail (mini-programs) with the errMsg read as a platform error', async () => {
    const request = (options: { fail: (res: { errMsg: string }) => void }) => options.fail({ errMsg: 'request:fail timeout' });
    const error = await fromSuccessFail((callbacks) => request(callbacks), normalize).catch((e: unknown) => e);
    expect(isIMError(error) && error).toMatchObject({ kind: 'network', reason: 'timeout', retryable: true });
  });

  it('rejects through error (Easemob option callbacks) with the Easemob error read', async () => {
    const upload = (options: { error: (e: unknown) => void }) => options.error({ type: 602, message: 'upload failed' });
    const error = await fromSuccessFail((callbacks) => upload(callbacks), easemob).catch((e: unknown) => e);
    expect(isIMError(error) && error.vendor).toBe('easemob');
  });

  it('composes with withRetry', async () => {
    let calls = 0;
    const result = await withRetry(
      () =>
        fromSuccessFail<string>((callbacks) => {
          if (calls++ === 0) callbacks.fail({ errMsg: 'request:fail timeout' });
          else callbacks.success('ok');
        }, normalize),
      { normalizer: normalize, random: () => 0 },
    );
    expect(result).toBe('ok');
    expect(calls).toBe(2);
  });
});

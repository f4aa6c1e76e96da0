/** IMError → RFC 9457 problem details: fields, locale, type, Retry-After, and nothing of the cause or vendor text. */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { toProblemDetails } from '../../../src/http/problem-details.js';
import { toHttpStatus } from '../../../src/http/to-http-status.js';
import { KINDS, REASONS } from '../../../src/taxonomy.js';
import { errorOf } from './errors.js';

describe('toProblemDetails', () => {
  it('a rate limit: 429, the English user message, the wait as extension and header', () => {
    const problem = toProblemDetails(errorOf('rate-limit', 'too-many-requests', { retryAfterMs: 2500 }));
    expect(problem.status).toBe(429);
    expect(problem.headers).toEqual({ 'content-type': 'application/problem+json', 'retry-after': '3' });
    expect(problem.body).toMatchObject({ type: 'about:blank', title: 'Too Many Requests', status: 429, kind: 'rate-limit', reason: 'too-many-requests', retryAfterMs: 2500 });
    expect(problem.body.detail).toMatch(/\w/);
  });

  it('the detail is in the requested locale; a type base gives one type per kind/reason', () => {
    const error = errorOf('user', 'not-found');
    const zh = toProblemDetails(error, { locale: 'zh-CN', type: 'https://api.example.com/problems/' });
    const en = toProblemDetails(error, { locale: 'en' });
    expect(zh.body.type).toBe('https://api.example.com/problems/user/not-found');
    expect(zh.body.detail).toMatch(/[\u4e00-\u9fff]/);
    expect(en.body.detail).not.toMatch(/[\u4e00-\u9fff]/);
    expect(zh.body.detail).not.toBe(en.body.detail);
    expect([zh.status, zh.body.title]).toEqual([404, 'Not Found']);
  });

  it('no wait: no extension, no header', () => {
    const problem = toProblemDetails(errorOf('auth', 'token-expired'));
    expect(problem.headers).toEqual({ 'content-type': 'application/problem+json' });
    expect('retryAfterMs' in problem.body).toBe(false);
    expect(problem.body.title).toBe('Unauthorized');
  });

  it('is total over every kind and reason, its status that of toHttpStatus, with a title', () => {
    for (const kind of KINDS) {
      for (const reason of REASONS[kind]) {
        const error = errorOf(kind, reason as never);
        const { status, body } = toProblemDetails(error);
        expect(status).toBe(toHttpStatus(error));
        expect(body.status).toBe(status);
        expect(body.title, `${kind}/${reason}`).not.toBe('Error');
      }
    }
  });

  test.prop([fc.constantFrom(...KINDS), fc.string({ minLength: 8 }), fc.integer({ min: 100_000, max: 999_999_999 }), fc.constantFrom('en', 'zh-CN')])(
    'nothing of the vendor text, vendor code or cause is in the answer',
    (kind, vendorText, code, locale) => {
      const marker = `VENDORTEXT${vendorText}`;
      const error = errorOf(kind, REASONS[kind][0] as never, { vendorMessage: marker, code });
      const answer = JSON.stringify(toProblemDetails(error, { locale }));
      expect(answer).not.toContain('VENDORTEXT');
      expect(answer).not.toContain(String(code));
      expect(answer).not.toContain('cause-secret');
    },
  );
});

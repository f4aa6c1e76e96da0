/** otelAttributes: OpenTelemetry-style attributes, only primitives, never the vendor's text. */
import { fc, it as prop } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { tencent } from '../../adapters/tencent/index.js';
import { normalize } from '../../src/all.js';
import { otelAttributes, withRetry } from '../../src/index.js';
import { anyInput } from '../support/hostile.js';

describe('otelAttributes', () => {
  it('describes what failed', () => {
    expect(otelAttributes(tencent.normalize({ code: 70001, message: 'usersig=eJyrVgrxCdYrSy1S expired' }))).toEqual({
      'error.type': 'auth/token-expired',
      'im.vendor': 'tencent',
      'im.platform': 'web',
      'im.error.code': 70001,
      'im.error.kind': 'auth',
      'im.error.reason': 'token-expired',
      'im.error.retryable': false,
      'im.error.recovery': 'refresh-credentials',
    });
  });

  it('adds the attempts, total wait and give-up reason of a retried call', async () => {
    let calls = 0;
    const error = await withRetry(() => (calls++, Promise.reject({ code: 2801, message: 'timeout' })), {
      normalizer: tencent,
      random: () => 0,
    }).catch((e: unknown) => e);
    expect(otelAttributes(error as never)).toMatchObject({
      'error.type': 'network/timeout',
      'im.retry.attempts': 3,
      'im.retry.total_delay_ms': 0,
      'im.retry.give_up_reason': 'max-attempts',
    });
    expect(calls).toBe(3);
  });

  prop.prop([anyInput], { numRuns: 1000 })('gives only strings, finite numbers and booleans, and no vendor text', ({ value }) => {
    const error = normalize(value);
    const attributes = otelAttributes(error);
    for (const [key, attribute] of Object.entries(attributes)) {
      expect(['string', 'number', 'boolean'], key).toContain(typeof attribute);
      if (typeof attribute === 'number') expect(Number.isFinite(attribute)).toBe(true);
      if (error.vendorMessage.length > 12 && typeof attribute === 'string') expect(attribute).not.toContain(error.vendorMessage);
    }
  });

  prop.prop([fc.constantFrom('userSig', 'token', 'password', 'signature'), fc.stringMatching(/^[A-Za-z0-9]{16,40}$/)])(
    'never carries a secret',
    (label, secret) => {
      const attributes = otelAttributes(normalize({ code: 70001, message: `${label}=${secret}` }));
      expect(JSON.stringify(attributes)).not.toContain(secret);
    },
  );
});

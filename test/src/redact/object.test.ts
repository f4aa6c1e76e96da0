import { describe, expect, it } from 'vitest';
import { redactValue } from '../../../src/redact.js';

describe('redactValue', () => {
  it('redacts secret-named keys before the value becomes text, and other strings as text', () => {
    const value = { userId: 'u1', tlsUserSig: 'eJw1jF0', nested: { header: 'Authorization: Bearer x', 密码: 123456 }, list: [{ apiKey: ['a', 'b'] }] };
    expect(redactValue(value)).toEqual({
      userId: 'u1',
      tlsUserSig: '[redacted]',
      nested: { header: 'Authorization: Bearer [redacted]', 密码: '[redacted]' },
      list: [{ apiKey: '[redacted]' }],
    });
    expect(JSON.stringify(redactValue(value))).not.toContain('eJw1jF0');
  });

  it('is bounded and total: cycles, throwing getters, shared sub-objects, odd values', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(redactValue(cyclic)).toEqual({ a: 1, self: '[circular]' });
    const throwing = Object.defineProperty({}, 'x', { enumerable: true, get: () => { throw new Error('no'); } });
    expect(redactValue(throwing)).toEqual({ x: '[unreadable]' });
    let shared: unknown = { leaf: 1 };
    for (let k = 0; k < 20; k++) shared = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, shared]));
    expect(JSON.stringify(redactValue(shared)).length).toBeLessThan(1_000_000);
    expect(redactValue([undefined, 1n, Symbol('s'), () => 1])).toEqual([null, '1', '[symbol]', '[function]']);
  });
});

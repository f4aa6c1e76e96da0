/** `defineAdapter(spec, parts)`: the parts (event and method tables, helpers) join the adapter, apart from the spec. */
import { describe, expect, it } from 'vitest';
import { tencentSpec } from '../../adapters/tencent/spec.js';
import { tencentEvents } from '../../mappings/tencent-events.js';
import { defineAdapter } from '../../src/define-adapter.js';

describe('defineAdapter', () => {
  const subscribe = (): (() => void) => () => undefined;
  const withParts = defineAdapter(tencentSpec, { events: tencentEvents, methods: { sendMessage: 'not-idempotent' }, subscribe });
  const bare = defineAdapter(tencentSpec);

  it('keeps the spec and adds the parts as they were given', () => {
    expect(withParts).toMatchObject({ vendor: 'tencent', defaultPlatform: 'web', mappings: tencentSpec.mappings, events: tencentEvents });
    expect(withParts.methods).toEqual({ sendMessage: 'not-idempotent' });
    expect(withParts.subscribe).toBe(subscribe);
    expect('events' in bare).toBe(false);
  });

  it('reads events from the parts: without an event table no event is known', () => {
    const kicked = { name: 'kickedOut', data: { type: 'multipleAccount' } };
    expect(withParts.normalizeEvent('kickedOut', kicked)).toMatchObject({ kind: 'auth', reason: 'kicked-other-device' });
    expect(bare.normalizeEvent('kickedOut', kicked)).toBeUndefined();
  });

  it('normalizes the same with or without parts', () => {
    for (const raw of [{ code: 70001, message: 'x' }, 2801, new Error('boom')]) {
      expect(withParts.normalize(raw).toJSON()).toEqual(bare.normalize(raw).toJSON());
    }
  });
});

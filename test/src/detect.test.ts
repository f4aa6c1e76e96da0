/** im-errors/all: telling the vendor from shape and code, and refusing to guess when the evidence is even. */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/all.js';
import { createNormalizer, defineAdapter } from '../../src/index.js';
import { easemob } from '../../adapters/easemob/index.js';
import { tencent } from '../../adapters/tencent/index.js';

describe('vendor detection', () => {
  it.each([
    ['Tencent web rejection', { code: 70001, message: '' }, 'tencent', 'auth/token-expired'],
    ['Tencent native callback', { code: 6206, desc: 'UserSig expired' }, 'tencent', 'auth/token-expired'],
    ['Tencent EVENT.ERROR', { name: 'error', data: { code: 2801, message: '' } }, 'tencent', 'network/timeout'],
    ['Tencent REST', { ActionStatus: 'FAIL', ErrorCode: 20003, ErrorInfo: 'x' }, 'tencent', 'user/not-found'],
    ['JMessage web onFail', { code: 880104, message: 'invalid password' }, 'jmessage', 'auth/invalid-credentials'],
    ['JMessage RN plugin', { code: 871201, description: 'timeout' }, 'jmessage', 'network/timeout'],
    ['JMessage REST', { error: { code: 899003, message: 'parameter invalid' } }, 'jmessage', 'validation/invalid'],
    ['Easemob', { type: 16, message: 'socket closed' }, 'easemob', 'network/disconnected'],
    ['Easemob, negative', { type: -1, message: 'timeout' }, 'easemob', 'network/timeout'],
    ['a bare Tencent code', 70001, 'tencent', 'auth/token-expired'],
    ['a bare JMessage code', '898010', 'jmessage', 'auth/token-expired'],
    ['a Tencent code in a JS cause chain', new Error('x', { cause: new Error('y', { cause: { code: 10010, desc: '' } }) }), 'tencent', 'group/not-found'],
  ] as const)('%s', (_title, raw, vendor, kindReason) => {
    const error = normalize(raw);
    expect(error.vendor).toBe(vendor);
    expect(`${error.kind}/${error.reason}`).toBe(kindReason);
    expect(error.cause).toBe(raw);
  });

  it('does not guess when two vendors fit equally', () => {
    // 0 is the success code of all three vendors: documented by each, so evidence for none.
    expect(normalize(0)).toMatchObject({ kind: 'unknown', reason: 'ambiguous-vendor', vendor: 'unknown', code: 0 });
    expect(normalize(0, { vendor: 'tencent' })).toMatchObject({ vendor: 'tencent', reason: 'not-an-error' });
    const twin = (vendor: 'tencent' | 'jmessage') =>
      defineAdapter({
        vendor,
        platforms: [],
        defaultPlatform: undefined,
        mappings: { codes: { 7: ['server', 'busy', true, 'retry'] }, platforms: {}, ranges: [], generic: [] },
        parse: () => undefined, // bare codes are read by the core for every adapter
      });
    const both = createNormalizer({ adapters: [twin('tencent'), twin('jmessage')] });
    expect(both(7)).toMatchObject({ reason: 'ambiguous-vendor', code: 7 });
    expect(both(7, { vendor: 'jmessage' })).toMatchObject({ vendor: 'jmessage', kind: 'server' });
  });

  it('takes a shape no vendor documents the code of as no evidence', () => {
    expect(normalize({ code: 1, message: 'param error' })).toMatchObject({ kind: 'unknown', reason: 'unmapped-code', vendor: 'unknown', code: 1 });
    expect(normalize({ code: 1, message: 'param error' }, { vendor: 'jmessage' })).toMatchObject({ vendor: 'jmessage', reason: 'unmapped-code' });
  });

  it('uses the vendor the caller names, even against the evidence', () => {
    expect(normalize(70001, { vendor: 'jmessage' })).toMatchObject({ vendor: 'jmessage', kind: 'unknown', reason: 'unmapped-code' });
    expect(normalize({ type: 206 }, { vendor: 'easemob' }).reason).toBe('kicked-other-device');
  });

  it('applies a normalizer-wide platform where the vendor knows it', () => {
    const onAndroid = createNormalizer({ adapters: [tencent, easemob], platform: 'android' });
    // Easemob's android is an alias of native: the native table answers, and the error names the canonical platform.
    expect(onAndroid({ type: 502 })).toMatchObject({ kind: 'rate-limit', platform: 'native' });
    expect(onAndroid(70001)).toMatchObject({ vendor: 'tencent', platform: 'web' });
    expect(onAndroid({ type: 502 }, { platform: 'web' })).toMatchObject({ kind: 'message', platform: 'web' });
  });

  it('with one adapter, reads everything as that vendor', () => {
    const only = createNormalizer({ adapters: [easemob] });
    expect(only(206)).toMatchObject({ vendor: 'easemob', reason: 'kicked-other-device' });
    expect(only({ code: 70001 })).toMatchObject({ vendor: 'easemob', kind: 'unknown', reason: 'unmapped-code', code: 70001 });
  });
});

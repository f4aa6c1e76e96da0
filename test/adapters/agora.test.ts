/** The Agora Chat adapter: Easemob's shapes and tables, under Agora's name. */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { agora } from '../../adapters/agora/index.js';
import { easemob } from '../../adapters/easemob/index.js';
import { createNormalizer } from '../../src/index.js';

describe('agora adapter', () => {
  it('reads Easemob\'s shapes and reports vendor agora', () => {
    const raw = { type: 304, message: 'get DNS failed', data: { type: -2, message: 'Request Unknow Error', extraInfo: { httpCode: 0 } } };
    expect(agora.normalize(raw)).toMatchObject({ vendor: 'agora', platform: 'web', kind: 'network', reason: 'request-failed', code: -2 });
    expect(agora.normalize({ type: 206, message: '' })).toMatchObject({ vendor: 'agora', kind: 'auth', reason: 'kicked-other-device' });
    expect(agora.normalize({ type: 502 }, { platform: 'android' })).toMatchObject({ vendor: 'agora', platform: 'native', kind: 'rate-limit' });
  });

  it.prop([fc.integer({ min: -10, max: 2000 }), fc.constantFrom(undefined, 'web' as const, 'android' as const), fc.string()])(
    'says what easemob says for every code, platform and text, but for the vendor',
    (type, platform, message) => {
      const options = platform === undefined ? undefined : { platform };
      const { vendor: agoraVendor, cause: _a, stack: _s1, message: _m1, ...fromAgora } = agora.normalize({ type, message }, options);
      const { vendor: easemobVendor, cause: _b, stack: _s2, message: _m2, ...fromEasemob } = easemob.normalize({ type, message }, options);
      expect([agoraVendor, easemobVendor]).toEqual(['agora', 'easemob']);
      expect(fromAgora).toEqual(fromEasemob);
    },
  );

  it('cannot be told from easemob by a normalizer holding both: every {type} error is ambiguous', () => {
    const both = createNormalizer({ adapters: [easemob, agora] });
    expect(both({ type: 206, message: 'elsewhere' })).toMatchObject({ kind: 'unknown', reason: 'ambiguous-vendor' });
    expect(both({ type: 206 }, { vendor: 'agora' })).toMatchObject({ vendor: 'agora', reason: 'kicked-other-device' });
  });
});

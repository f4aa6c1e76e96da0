/** The IMErrors the retry runtime makes itself, and the total normalize it calls. */
import { describe, expect, it } from 'vitest';
import { tencent } from '../../../adapters/tencent/index.js';
import { CANCELLED, CIRCUIT_OPEN } from '../../../src/index.js';
import { cancelledError, circuitOpenError, normalizeWith, platformNormalizer, vendorOf } from '../../../src/retry/errors.js';
import { countingReads } from '../../support/counting.js';

describe('retry runtime errors', () => {
  it('are mapping entries like any vendor’s', () => {
    expect(CANCELLED).toEqual(['client', 'cancelled', false, 'none']);
    expect(CIRCUIT_OPEN).toEqual(['client', 'circuit-open', true, 'wait']);
  });

  it('carry the vendor of the adapter, the abort reason, and the cool-down left', () => {
    const reason = new Error('left');
    expect(cancelledError(vendorOf(tencent), reason)).toMatchObject({ kind: 'client', reason: 'cancelled', vendor: 'tencent', cause: reason });
    expect(circuitOpenError('tencent', 1234.2)).toMatchObject({ reason: 'circuit-open', retryAfterMs: 1235, retryable: true });
    expect(circuitOpenError('tencent', 0).retryAfterMs).toBeUndefined();
    expect(vendorOf((raw) => tencent.normalize(raw))).toBe('unknown');
  });

  it('normalize is total even over a normalizer that throws', () => {
    const broken = normalizeWith({
      normalize: () => {
        throw new Error('bug');
      },
    });
    expect(broken('x')).toMatchObject({ kind: 'client', reason: 'exception' });
  });

  it('without an adapter, reads platform errors each property of the rejection at most once', () => {
    const socket = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    const { value, reads } = countingReads(Object.assign(new Error('wrapped'), { cause: socket }));
    const error = platformNormalizer()(value);
    expect(error).toMatchObject({ kind: 'network', reason: 'connection-reset', code: 'ECONNRESET' });
    expect([...reads].filter(([, times]) => times > 1)).toStrictEqual([]);
    expect(reads.get('cause')).toBe(1);
  });
});

/** The JMessage method table: sends are the SDK's to repeat, reads retry, synchronous calls are left alone. */
import { describe, expect, it } from 'vitest';
import { jmessage, jmessageMethods } from '../../adapters/jmessage/index.js';

describe('jmessage method table', () => {
  it('leaves every send to the SDK, which re-sends messages itself', () => {
    const sends = Object.keys(jmessageMethods).filter((method) => /^send/.test(method));
    expect(sends.length).toBeGreaterThanOrEqual(18);
    for (const method of sends) expect(jmessageMethods[method], method).toBe('sdk-retries');
  });

  it('retries reads and leaves listeners and state flags alone', () => {
    for (const method of Object.keys(jmessageMethods).filter((name) => /^get[A-Z]/.test(name) && name !== 'getUnreadMsgCnt')) {
      expect(jmessageMethods[method], method).toBe('idempotent');
    }
    for (const method of Object.keys(jmessageMethods).filter((name) => /^(on[A-Z]|is[A-Z])/.test(name))) {
      expect(jmessageMethods[method], method).toBe('local');
    }
    expect(jmessageMethods).toMatchObject({ login: 'sdk-retries', createGroup: 'not-idempotent', addFriend: 'not-idempotent' });
  });

  it('is carried by the adapter', () => {
    expect(jmessage.methods).toBe(jmessageMethods);
  });
});

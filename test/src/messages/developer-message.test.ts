import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { normalize } from '../../../src/all.js';
import { createIMError } from '../../../src/index.js';
import { toDeveloperMessage } from '../../../src/messages/developer-message.js';
import { MAX_TEXT } from '../../../src/safe.js';
import { anyInput } from '../../support/hostile.js';
import { anyIMError } from '../../support/imerrors.js';

describe('toDeveloperMessage', () => {
  it('gives vendor, platform, code, kind/reason, retryability, recovery, wait, chain and the vendor text', () => {
    expect(toDeveloperMessage(normalize({ code: 803010, message: 'beyond the frequency limit' }))).toBe(
      'IMError rate-limit/too-many-messages vendor=jmessage code=803010 retryable=true recovery=wait retryAfterMs=1000 vendorMessage="beyond the frequency limit"',
    );
    expect(toDeveloperMessage(normalize({ type: 1, message: 'login failed', data: { type: -2, message: 'Request Unknow Error', extraInfo: { httpCode: 0 } } }))).toBe(
      'IMError network/request-failed vendor=easemob platform=web code=-2 retryable=true recovery=check-network chain=1>-2 vendorMessage="Request Unknow Error"',
    );
    expect(toDeveloperMessage(normalize(10999, { vendor: 'tencent' }))).toBe(
      'IMError unknown/unmapped-code vendor=tencent platform=web code=10999 retryable=false recovery=none inferred=true',
    );
  });

  it('never shows secrets, even from an IMError-like object that did not redact them', () => {
    const forged = { kind: 'auth', reason: 'token-expired', vendor: 'tencent', code: 70001, vendorMessage: 'bad usersig=eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80ryQ', retryable: false, recovery: 'relogin' };
    const line = toDeveloperMessage(forged as never);
    expect(line).not.toContain('eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80ryQ');
    expect(line).toContain('[redacted]');
  });

  it.prop([anyIMError])('is one bounded line without the cause', (error) => {
    const line = toDeveloperMessage(error);
    expect(line).not.toMatch(/[\n\r]/);
    expect(line.startsWith(`IMError ${error.kind}/${error.reason} vendor=`)).toBe(true);
    expect(line.length).toBeLessThan(MAX_TEXT + 400);
  });

  it.prop([fc.stringMatching(/^[A-Za-z]{8,20}$/)])('shows the cause of nothing', (marker) => {
    const error = createIMError({ kind: 'server', reason: 'busy', vendor: 'tencent', retryable: true, recovery: 'retry', cause: { marker } });
    expect(toDeveloperMessage(error)).not.toContain(marker);
  });

  it.prop([anyInput])('never throws, whatever it is given', ({ value }) => {
    expect(toDeveloperMessage(value as never)).toMatch(/^IMError /);
  });
});

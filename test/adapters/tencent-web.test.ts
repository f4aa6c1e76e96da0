/**
 * `im-errors/tencent/web`: every code a web app meets — the server's codes and the web SDKs' own — reads exactly as
 * in `im-errors/tencent` on the web and server platforms; only the native SDKs' own codes are left to the full entry.
 */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import * as full from '../../adapters/tencent/index.js';
import * as web from '../../adapters/tencent/web.js';
import { tencentNativeCodes, tencentServerCodes, tencentWebCodes } from '../../mappings/tencent.js';
import type { IMError } from '../../src/imerror.js';

const said = (error: IMError | undefined): unknown => error?.toJSON();
const webCodes = [...Object.keys(tencentServerCodes), ...Object.keys(tencentWebCodes)].map(Number);
const nativeOnly = Object.keys(tencentNativeCodes).map(Number).filter((code) => !(code in tencentWebCodes));

describe('im-errors/tencent/web', () => {
  it('exports what im-errors/tencent exports, but the native listener', () => {
    expect(Object.keys(web).sort()).toStrictEqual(Object.keys(full).filter((name) => name !== 'tencentNativeListener').sort());
    expect(web.tencentMethods).toBe(full.tencentMethods);
  });

  it.prop([fc.constantFrom(...webCodes), fc.string()])('reads each server and web SDK code from the web SDKs as im-errors/tencent does', (code, message) => {
    for (const value of [code, { code, message }, { name: 'error', data: { code, message } }]) {
      expect(said(web.normalize(value))).toStrictEqual(said(full.normalize(value)));
      expect(said(web.tencent.normalize(value))).toStrictEqual(said(full.tencent.normalize(value)));
    }
  });

  // On the server platform only the server's codes apply: a web table code that is also a native one (8010–8012)
  // reads as the native SDKs' in im-errors/tencent, which no REST answer gives.
  it.prop([fc.constantFrom(...Object.keys(tencentServerCodes).map(Number)), fc.string()])('reads each server code from the REST API as im-errors/tencent does', (code, message) => {
    const value = { ActionStatus: 'FAIL', ErrorCode: code, ErrorInfo: message };
    expect(said(web.normalize(value))).toStrictEqual(said(full.normalize(value)));
    expect(said(web.normalize(code, { platform: 'server' }))).toStrictEqual(said(full.normalize(code, { platform: 'server' })));
  });

  it.prop([fc.integer({ min: -20_000, max: 200_000 }).filter((code) => !(code in tencentNativeCodes))])(
    'reads any other code (ranges, unknown codes) as im-errors/tencent does',
    (code) => {
      expect(said(web.normalize({ code, message: 'm' }))).toStrictEqual(said(full.normalize({ code, message: 'm' })));
    },
  );

  it('leaves the native SDKs\' own codes to im-errors/tencent', () => {
    expect(nativeOnly.length).toBeGreaterThan(100);
    expect(full.normalize({ code: 6014, desc: 'not logged in' })).toMatchObject({ kind: 'auth', reason: 'not-logged-in', platform: 'native' });
    const error = web.normalize({ code: 6014, desc: 'not logged in' });
    expect(error).toMatchObject({ kind: 'unknown', reason: 'unmapped-code', vendor: 'tencent', platform: 'web', code: 6014 });
    for (const code of nativeOnly) expect(web.normalize(code).kind).toBe('unknown');
  });

  it('reads the web SDKs\' events and subscribes to them as im-errors/tencent does', () => {
    const payload = { name: 'kickedOut', data: { type: 'multipleDevice' } };
    expect(said(web.tencent.normalizeEvent('kickedOut', payload))).toStrictEqual(said(full.tencent.normalizeEvent('kickedOut', payload)));
    expect(web.tencent.normalizeEvent('onKickedOffline', {})).toBeUndefined();
    expect(web.tencent.subscribe).toBe(full.tencent.subscribe);
  });

  it('reads a REST API response', async () => {
    const response = new Response(JSON.stringify({ ActionStatus: 'FAIL', ErrorCode: 70001, ErrorInfo: 'UserSig expired' }), { status: 200 });
    expect(await web.normalizeTencentResponse(response)).toMatchObject({ kind: 'auth', reason: 'token-expired', platform: 'server' });
  });
});

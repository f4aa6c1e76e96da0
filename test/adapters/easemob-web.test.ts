/**
 * `im-errors/easemob/web`: every error a web app meets — the web SDK's `{type, message}` rejections, bare codes, REST
 * bodies, parameter-check texts — reads exactly as in `im-errors/easemob`; only the native SDKs' tables are left out.
 */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import * as full from '../../adapters/easemob/index.js';
import * as web from '../../adapters/easemob/web.js';
import { easemobMappings } from '../../mappings/easemob.js';
import { easemobNativeCodes } from '../../mappings/easemob-native.js';
import type { IMError } from '../../src/imerror.js';

const said = (error: IMError | undefined): unknown => error?.toJSON();
const webCodes = [...Object.keys(easemobMappings.codes), ...Object.keys(easemobMappings.platforms.web ?? {})].map(Number);
const restErrors = Object.entries(easemobMappings.rest ?? {}).flatMap(([status, byError]) => Object.keys(byError).map((error) => [Number(status), error] as const));

describe('im-errors/easemob/web', () => {
  it('exports what im-errors/easemob exports, but the native listener', () => {
    expect(Object.keys(web).sort()).toStrictEqual(Object.keys(full).filter((name) => name !== 'easemobNativeListener').sort());
    expect(web.easemobMethods).toBe(full.easemobMethods);
  });

  it.prop([fc.oneof(fc.constantFrom(...webCodes), fc.integer({ min: -10, max: 2000 })), fc.string()])(
    'reads each web SDK rejection and bare code as im-errors/easemob does',
    (type, message) => {
      for (const value of [type, { type, message }, { type: 17, message: 'wrapper', data: { type, message } }]) {
        expect(said(web.normalize(value))).toStrictEqual(said(full.normalize(value)));
        expect(said(web.easemob.normalize(value))).toStrictEqual(said(full.easemob.normalize(value)));
      }
    },
  );

  it.prop([fc.constantFrom(...restErrors), fc.string()])('reads each REST answer as im-errors/easemob does', ([statusCode, error], description) => {
    const value = { error, error_description: description, statusCode };
    expect(said(web.normalize(value))).toStrictEqual(said(full.normalize(value)));
  });

  it('reads parameter-check texts as im-errors/easemob does', () => {
    const thrown = new Error('Invalid parameter: "groupId"');
    expect(said(web.normalize(thrown))).toStrictEqual(said(full.normalize(thrown)));
  });

  it("leaves the native SDKs' tables to im-errors/easemob", () => {
    expect(Object.keys(easemobNativeCodes).length).toBeGreaterThan(100);
    expect(full.normalize({ code: 502, description: 'too fast' })).toMatchObject({ kind: 'rate-limit', platform: 'native' });
    expect(web.normalize({ code: 502, description: 'too fast' }).platform).toBe('web');
  });

  it("reads the web connection's events as im-errors/easemob does", () => {
    const payload = { type: 206, message: 'another device' };
    expect(said(web.easemob.normalizeEvent('onError', payload))).toStrictEqual(said(full.easemob.normalizeEvent('onError', payload)));
    expect(web.easemob.subscribe).toBe(full.easemob.subscribe);
  });
});

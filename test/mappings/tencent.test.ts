import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tencentMappings, type TencentPlatform } from '../../mappings/tencent.js';
import { resolveCode, type MappingEntry } from '../../src/mapping.js';
import { parseTencentSeed, readTencentSeedCodes } from '../../scripts/seeds/tencent.js';
import { READS_SHARED, SHARED_DIR, fromShared } from '../support/shared.js';

/** Counted by hand in 003_bf142cf8791200b7.txt: part 1 = 17+12+11+10+5+20, part 2 = 15+9+20+21+12+23+5+57+32+5, part 3 = 7. */
const HAND_COUNT = { 'IM SDK Error Codes': 75, 'Server Error Codes': 199, 'IM SDK V3 Error Codes': 7 } as const;
const HAND_TOTAL = 281; // includes 0 (success) and the documented range 120001 - 130000

const seed = fromShared(readTencentSeedCodes, []);
const singles = seed.filter((c) => c.to === undefined);
const seedRanges = seed.filter((c) => c.to !== undefined);

function webSdkCodes(file: string): Array<{ code: number; name: string }> {
  return (JSON.parse(readFileSync(join(SHARED_DIR, 'vendor-sdk-codes', file), 'utf8')) as { codes: Array<{ code: number; name: string }> }).codes;
}

function resolve(code: number, platform?: TencentPlatform) {
  return resolveCode(tencentMappings, code, platform);
}

describe.runIf(READS_SHARED)('Tencent seed parser', () => {
  it('returns the hand-counted number of codes, per part and in total', () => {
    expect(seed).toHaveLength(HAND_TOTAL);
    const perPart: Record<string, number> = {};
    for (const c of seed) {
      const part = c.section?.split(' / ')[0] ?? '(none)';
      perPart[part] = (perPart[part] ?? 0) + 1;
    }
    expect(perPart).toEqual(HAND_COUNT);
  });

  it('finds no code twice and exactly one documented range', () => {
    expect(new Set(seed.map((c) => c.code)).size).toBe(seed.length);
    expect(seedRanges.map((c) => [c.code, c.to])).toEqual([[120001, 130000]]);
  });

  it('attaches continuation lines to the previous code', () => {
    const d2 = seed.find((c) => c.code === -10001);
    expect(d2?.text).toMatch(/^D2 expired\..*login API again to generate a new D2\.$/);
    expect(seed.find((c) => c.code === 20007)?.text).toMatch(/blocklist of the other party\. The message delivery status/);
    expect(seed.some((c) => Number.isNaN(c.code))).toBe(false);
  });

  it('records the section each code is listed under', () => {
    const section = (code: number) => seed.find((c) => c.code === code)?.section;
    expect(section(1002)).toBe('Server Error Codes / Operation data error codes');
    expect(section(9509)).toBe('IM SDK Error Codes / Network error codes');
    expect(section(10010)).toBe('Server Error Codes / Group error codes');
    expect(section(8501)).toBe('IM SDK Error Codes / Group error codes');
    expect(section(6024)).toBe('IM SDK V3 Error Codes');
    expect(section(-302)).toBe('Server Error Codes / Access layer error codes during SSO');
  });

  it('throws on lines that look like code rows but do not parse', () => {
    const table = (rows: string) => `    Group error codes\n\n    Error Code Description\n${rows}\n`;
    expect(() => parseTencentSeed(table('    10010 The group does not exist.'))).not.toThrow();
    expect(() => parseTencentSeed(table('    10010'))).toThrow(/unparsable code row/);
    expect(() => parseTencentSeed(table('    10010-The group'))).toThrow(/unparsable code row/);
    expect(() => parseTencentSeed(table('    130000 - 120001 Backwards range.'))).toThrow(/range end/);
    expect(() => parseTencentSeed(table('    Dangling text before a row.'))).toThrow(/continuation line before/);
    expect(() => parseTencentSeed('    Intro\n    10010 A code outside any table.\n')).toThrow(/outside a table/);
  });
});

describe.runIf(READS_SHARED)('Tencent mappings: seed coverage', () => {
  it.each(singles.map((c) => [c.code, c.text] as const))('%i resolves from a table (%s)', (code) => {
    for (const platform of [undefined, 'native', 'server'] as const) {
      const resolution = resolve(code, platform);
      expect(resolution, `code ${code} on ${platform ?? 'no platform'}`).toBeDefined();
      expect(resolution?.inferred).toBe(false);
    }
  });

  it('maps every seed code in `codes` (the native header adds the rest: test/mappings/tencent-native.test.ts)', () => {
    expect(singles.filter((c) => !Object.hasOwn(tencentMappings.codes, c.code)).map((c) => c.code)).toEqual([]);
  });

  it('resolves the documented range 120001–130000, both ends, as a documented callback rejection', () => {
    for (const { code, to } of seedRanges) {
      for (const probe of [code, to ?? code, Math.floor((code + (to ?? code)) / 2)]) {
        const resolution = resolve(probe);
        expect(resolution?.inferred).toBe(false);
        expect(resolution?.entry).toEqual(['message', 'rejected-by-callback', false, 'none']);
      }
    }
    expect(resolve(130001)).toBeUndefined();
    expect(resolve(120000)).toBeUndefined();
  });
});

describe.runIf(READS_SHARED)('Tencent mappings: web SDK codes', () => {
  const v3 = fromShared(() => webSdkCodes('tencentcloud-chat.json'), []);
  const v2 = fromShared(() => webSdkCodes('tim-js-sdk.json'), []);

  it('maps every @tencentcloud/chat code (100) in platforms.web', () => {
    expect(v3).toHaveLength(100);
    const web = tencentMappings.platforms.web ?? {};
    const missing = v3.filter(({ code }) => web[code] === undefined).map(({ code, name }) => `${code} ${name}`);
    expect(missing).toEqual([]);
  });

  it('maps every tim-js-sdk 2.x code in platforms.web too', () => {
    const web = tencentMappings.platforms.web ?? {};
    expect(v2.filter(({ code }) => web[code] === undefined).map(({ code, name }) => `${code} ${name}`)).toEqual([]);
  });

  it('gives web 1002 (HELLO_ANSWER_KICKED_OUT) its own meaning; the server keeps "Invalid parameter"', () => {
    expect(resolve(1002, 'web')?.entry).toEqual(['auth', 'kicked-other-device', false, 'relogin']);
    expect(resolve(1002, 'server')?.entry).toEqual(['validation', 'invalid', false, 'fix-input']);
    expect(resolve(1002, 'native')?.entry).toEqual(['validation', 'invalid', false, 'fix-input']);
    expect(resolve(1002)?.entry).toEqual(['validation', 'invalid', false, 'fix-input']);
  });

  it('agrees with the server tables where the web SDK reuses a server code', () => {
    for (const code of [20002, 70001]) expect(resolve(code, 'web')?.entry).toEqual(resolve(code, 'server')?.entry);
  });

  it('leaves web-only client codes unknown off the web platform', () => {
    for (const code of [2024, 2801, 2999, 3002]) expect(resolve(code, 'native')).toBeUndefined();
  });
});

describe.runIf(READS_SHARED)('Tencent mappings: hand-checked examples', () => {
  const cases: Array<[string, number, TencentPlatform | undefined, MappingEntry]> = [
    ['9506 5 requests/s', 9506, undefined, ['rate-limit', 'too-many-requests', true, 'wait', 200]],
    ['70050 try again after 1 minute', 70050, 'server', ['rate-limit', 'too-many-logins', true, 'wait', 60000]],
    ['90024 push interval > 1 s', 90024, 'server', ['rate-limit', 'too-many-messages', true, 'wait', 1000]],
    ['9511 connections too frequent', 9511, 'native', ['rate-limit', 'too-many-connections', true, 'wait']],
    ['9508 network disconnected', 9508, 'native', ['network', 'offline', true, 'check-network']],
    ['9507 request queue full', 9507, 'native', ['network', 'queue-full', true, 'check-network']],
    ['web 2801 NETWORK_TIMEOUT', 2801, 'web', ['network', 'timeout', true, 'retry']],
    ['9501 SSO encryption (internal, not network)', 9501, 'native', ['client', 'internal', false, 'contact-support']],
    ['6206 UserSig expired', 6206, 'native', ['auth', 'token-expired', false, 'refresh-credentials']],
    ['6208 kicked by another device', 6208, 'native', ['auth', 'kicked-other-device', false, 'relogin']],
    ['7501 login in process', 7501, 'native', ['auth', 'login-in-progress', true, 'wait']],
    ['-10001 D2 expired', -10001, 'native', ['auth', 'token-expired', false, 'refresh-credentials']],
    ['-10112 SDKAppID disabled', -10112, 'server', ['auth', 'app-disabled', false, 'contact-support']],
    ['web 2024 USER_NOT_LOGGED_IN', 2024, 'web', ['auth', 'not-logged-in', false, 'relogin']],
    ['web 2025 REPEAT_LOGIN', 2025, 'web', ['auth', 'already-logged-in', false, 'none']],
    ['web 3006 KICKED_OUT_REST_API', 3006, 'web', ['auth', 'kicked-by-admin', false, 'relogin']],
    ['70398 account count: upgrade', 70398, 'server', ['quota', 'account-limit-reached', false, 'upgrade-plan']],
    ['90047 daily push limit', 90047, 'server', ['quota', 'daily-limit-reached', false, 'upgrade-plan']],
    ['10009 owner cannot quit', 10009, 'server', ['group', 'owner-cannot-leave', false, 'fix-input']],
    ['10013 already a member', 10013, 'server', ['group', 'already-member', false, 'none']],
    ['8501 invalid group ID', 8501, 'native', ['group', 'invalid-id', false, 'fix-input']],
    ['30525 in the peer blocklist', 30525, 'server', ['friend', 'blocked-by-peer', false, 'none']],
    ['30014 peer friend limit', 30014, 'server', ['friend', 'peer-limit-reached', false, 'none']],
    ['115066 MD5 check failed', 115066, 'server', ['media', 'checksum-mismatch', true, 'retry']],
    ['7005 file too large', 7005, 'native', ['media', 'too-large', false, 'fix-input']],
    ['80001 sensitive words', 80001, 'server', ['message', 'content-rejected', false, 'fix-input']],
    ['20007 blocked by receiver', 20007, 'server', ['message', 'blocked-by-receiver', false, 'none']],
    ['10017 sender muted (group code)', 10017, 'server', ['message', 'sender-muted', false, 'none']],
    ['20016 recall window passed', 20016, 'server', ['message', 'recall-expired', false, 'none']],
    ['20006 rejected by callback', 20006, 'server', ['message', 'rejected-by-callback', false, 'none']],
    ['90012 To_Account not registered', 90012, 'server', ['user', 'not-found', false, 'fix-input']],
    ['40005 profile sensitive words', 40005, 'server', ['user', 'content-rejected', false, 'fix-input']],
    ['70403 app admin required', 70403, 'server', ['permission', 'admin-required', false, 'fix-input']],
    ['6017 invalid parameter', 6017, 'native', ['validation', 'invalid', false, 'fix-input']],
    ['70500 internal server error', 70500, 'server', ['server', 'internal', true, 'retry']],
    ['-10114 overloaded', -10114, 'server', ['server', 'busy', true, 'retry']],
    ['6013 SDK not initialized', 6013, 'native', ['client', 'not-initialized', false, 'check-config']],
    ['114003 cancelled by user', 114003, 'server', ['client', 'cancelled', false, 'none']],
    ['0 success', 0, undefined, ['unknown', 'not-an-error', false, 'none']],
  ];

  it.each(cases)('%s', (_label, code, platform, expected) => {
    const resolution = resolve(code, platform);
    expect(resolution?.inferred).toBe(false);
    expect(resolution?.entry).toEqual(expected);
  });
});

describe.runIf(READS_SHARED)('Tencent mappings: ranges', () => {
  const inferred = tencentMappings.ranges.filter(([, , , documented]) => !documented);
  const allTableCodes = new Set([
    ...Object.keys(tencentMappings.codes).map(Number),
    ...Object.values(tencentMappings.platforms).flatMap((t) => Object.keys(t ?? {}).map(Number)),
  ]);

  it('has no overlapping ranges, so order cannot shadow one', () => {
    const sorted = [...tencentMappings.ranges].sort((a, b) => a[0] - b[0]);
    sorted.forEach(([from, to], i) => {
      expect(from).toBeLessThanOrEqual(to);
      const next = sorted[i + 1];
      if (next !== undefined) expect(to, `${from}-${to} overlaps ${next[0]}-${next[1]}`).toBeLessThan(next[0]);
    });
  });

  it.each(inferred.map(([from, to, entry]) => [from, to, entry] as const))(
    'inferred %i–%i yields its entry, inferred, for codes no table has',
    (from, to, entry) => {
      const probes = [from, to, Math.floor((from + to) / 2)].filter((c) => !allTableCodes.has(c));
      expect(probes.length).toBeGreaterThan(0);
      for (const code of probes) {
        for (const platform of [undefined, 'native', 'server', 'web'] as const) {
          expect(resolve(code, platform)).toEqual({ entry, inferred: true });
        }
      }
      expect(['other', 'unmapped-code']).toContain(entry[1]);
      expect(entry[2]).toBe(false);
    },
  );

  it('keeps each inferred range inside a real module: it holds seed codes of one seed section', () => {
    for (const [from, to] of inferred) {
      const inside = singles.filter((c) => c.code >= from && c.code <= to);
      expect(inside.length, `${from}-${to}`).toBeGreaterThan(0);
    }
  });

  it('never shadows a table code: every seed code inside a range resolves to its own table entry', () => {
    for (const [from, to] of tencentMappings.ranges) {
      for (const c of singles.filter((s) => s.code >= from && s.code <= to)) {
        expect(resolve(c.code)).toEqual({ entry: tencentMappings.codes[c.code], inferred: false });
      }
    }
  });

  it('does not claim codes outside Tencent numbering', () => {
    for (const code of [-1, 1, 999, 5000, 7999, 8100, 8499, 8600, 8999, 9100, 9499, 9600, 11000, 19999, 21000, 32000, 41000, 50000, 60000, 72000, 94000, 116000, 200000]) {
      expect(resolve(code), String(code)).toBeUndefined();
    }
  });
});


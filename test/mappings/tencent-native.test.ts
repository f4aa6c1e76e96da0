/**
 * The Tencent native SDK header (`../shared/vendor-docs/tencent/native-TIMErrorCode.md`, TIMErrorCode.h 2026) against
 * `mappings/tencent.ts`: the parser, coverage of all 340 codes, where header and seed overlap, and the ranges
 * re-judged against the larger table.
 */
import { describe, expect, it } from 'vitest';
import { tencentMappings } from '../../mappings/tencent.js';
import { resolveCode, type MappingEntry } from '../../src/mapping.js';
import { parseTencentNative, readTencentNativeCodes } from '../../scripts/seeds/tencent-native.js';
import { readTencentSeedCodes } from '../../scripts/seeds/tencent.js';
import { READS_SHARED, fromShared } from '../support/shared.js';

/** Table rows per part of the header, counted by section headings (part 1 = 21+12+16+11+5+25, …). */
const PART_COUNT = { 'IM SDK 的错误码': 90, '服务端的错误码': 180, 'IM SDK V3 版本的错误码': 70 } as const;

const header = fromShared(readTencentNativeCodes, []);
const codes = header.filter((c) => c.to === undefined);
const seedCodes = new Set(fromShared(readTencentSeedCodes, []).filter((c) => c.to === undefined).map((c) => c.code));

describe.runIf(READS_SHARED)('Tencent native header parser', () => {
  it('reads 340 codes, per part as counted, and the one documented range as a heading', () => {
    expect(codes).toHaveLength(340);
    const perPart: Record<string, number> = {};
    for (const c of codes) {
      const part = c.section?.split(' / ')[0] ?? '(none)';
      perPart[part] = (perPart[part] ?? 0) + 1;
    }
    expect(perPart).toEqual(PART_COUNT);
    expect(header.filter((c) => c.to !== undefined).map((c) => [c.code, c.to])).toEqual([[120001, 130000]]);
  });

  it('finds no code twice and keeps constant and comment of each', () => {
    expect(new Set(codes.map((c) => c.code)).size).toBe(codes.length);
    expect(codes.find((c) => c.code === 7008)).toMatchObject({ constant: 'ERR_SDK_COMM_API_CALL_FREQUENCY_LIMIT', text: 'API 调用超频' });
    expect(codes.find((c) => c.code === 9523)?.section).toBe('IM SDK 的错误码 / 网络错误码');
    expect(codes.find((c) => c.code === -10114)?.section).toBe('服务端的错误码 / SSO 接入层的错误码');
  });

  it('throws on rows that look like codes but do not parse', () => {
    const table = (row: string) => `## 网络错误码\n\n| code | constant | description |\n| --- | --- | --- |\n${row}\n`;
    expect(parseTencentNative(table('| 9508 | ERR_SDK_NET_DISCONNECT | 网络已断开。 |'))).toHaveLength(1);
    expect(() => parseTencentNative(table('| 9508 | 网络已断开。 |'))).toThrow(/unparsable code row/);
    expect(() => parseTencentNative(table('| 9508 | err_lower | x |'))).toThrow(/unparsable code row/);
    expect(() => parseTencentNative('## 130000 - 120001, ///< backwards\n')).toThrow(/range end/);
  });
});

describe.runIf(READS_SHARED)('Tencent native header: coverage', () => {
  it('maps every one of the 340 codes from a table on the native platform: none inferred, none unmapped', () => {
    const unmapped = codes.filter((c) => resolveCode(tencentMappings, c.code, 'native')?.inferred !== false);
    expect(unmapped.map((c) => `${c.code} ${c.constant ?? ''}`)).toEqual([]);
  });

  it('adds 91 codes the seed lacks; every other header code is a seed code', () => {
    const added = codes.filter((c) => !seedCodes.has(c.code)).map((c) => c.code);
    expect(added).toHaveLength(91);
    for (const code of added) expect(Object.hasOwn(tencentMappings.codes, code), String(code)).toBe(true);
  });

  it('keeps `codes` to the seed and the header: none invented', () => {
    const documented = new Set([...seedCodes, ...codes.map((c) => c.code)]);
    expect(Object.keys(tencentMappings.codes).map(Number).filter((code) => !documented.has(code))).toEqual([]);
  });

  it('needs no platforms.native: no header code means one thing natively and another on the server or web', () => {
    expect(tencentMappings.platforms).not.toHaveProperty('native');
    const web = tencentMappings.platforms.web ?? {};
    const shared = codes.filter((c) => Object.hasOwn(web, c.code)).map((c) => c.code).sort((a, b) => a - b);
    expect(shared).toEqual([8010, 8011, 8012, 20002, 70001]); // signalling, and the two server codes the web SDK names
    for (const code of shared) expect(resolveCode(tencentMappings, code, 'web')?.entry, String(code)).toEqual(tencentMappings.codes[code]);
  });

  it('reads every header code documented as no network or a timeout as a retryable failure', () => {
    const networkish = codes.filter((c) => /没有网络|无网络|没有联网|网络已断开|超时|timeout/i.test(`${c.text} ${c.constant ?? ''}`));
    expect(networkish).toHaveLength(28);
    const judged = networkish.map((c) => [c.code, resolveCode(tencentMappings, c.code, 'native')!.entry] as const);
    // Kept apart: 114005 is a media transfer (retryable all the same), -10007 a verification-code step.
    expect(judged.filter(([, entry]) => !entry[2]).map(([code]) => code)).toEqual([]);
    const kinds = new Set(judged.map(([, entry]) => entry[0]));
    expect([...kinds].sort()).toEqual(['auth', 'media', 'network', 'server']);
  });
});

describe.runIf(READS_SHARED)('Tencent header vs seed: where they disagree, the header wins', () => {
  const cases: Array<[number, MappingEntry, string]> = [
    [-10003, ['auth', 'invalid-credentials', false, 'refresh-credentials'], 'A2 verification failed (seed: A2 expired)'],
    [90003, ['message', 'invalid', false, 'fix-input'], 'To_Account missing or of the wrong type (seed: does not exist)'],
  ];
  it.each(cases)('%i', (code, entry, why) => {
    expect(tencentMappings.codes[code], why).toEqual(entry);
  });
});

describe.runIf(READS_SHARED)('Tencent inferred ranges, re-judged', () => {
  const inferred = tencentMappings.ranges.filter(([, , , documented]) => !documented);
  const tableCodes = Object.entries(tencentMappings.codes).map(([code, entry]) => [Number(code), entry] as const);

  it('give a kind only where every table code inside agrees on it; else unknown, code kept', () => {
    for (const [from, to, entry] of inferred) {
      const kinds = new Set(tableCodes.filter(([code]) => code >= from && code <= to).map(([, e]) => e[0]));
      if (entry[0] === 'unknown') expect(entry).toEqual(['unknown', 'unmapped-code', false, 'none']);
      else expect([...kinds], `${from}-${to}`).toEqual([entry[0]]);
      if (kinds.size > 1) expect(entry[0], `${from}-${to} holds ${[...kinds].join(', ')}`).toBe('unknown');
    }
  });

  it('no longer read the codes the issue names into a wrong kind', () => {
    // Undocumented neighbours of 8511 (group attribute rate limit), 90101 (SDK already initialised), 95xx (network).
    for (const code of [8512, 8599, 90102, 9526, 9599]) {
      expect(resolveCode(tencentMappings, code, 'native'), String(code)).toEqual({ entry: ['unknown', 'unmapped-code', false, 'none'], inferred: true });
    }
  });
});

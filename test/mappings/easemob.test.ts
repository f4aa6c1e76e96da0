import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { easemobMappings, type EasemobPlatform } from '../../mappings/easemob.js';
import { easemobNativeCodes } from '../../mappings/easemob-native.js';
import { platformLineage, resolveCode, type MappingEntry } from '../../src/mapping.js';
import { parseEasemobSeed, readEasemobSeedCodes } from '../../scripts/seeds/easemob.js';
import { READS_SHARED, fromShared } from '../support/shared.js';

/** Counted by hand in 004_04899477e949c5d2.txt: -4…0 (5), 1–40 (11), 50–53 (4), 101–102 (2), 200–221 (10),
 * 500–512 (13), 601–609 (8), 700–705 (4), 800 + 999 (2), 1100–1103 (4), 1200–1204 (3), 1300–1304 (4). */
const HAND_COUNT = 70;

const seed = fromShared(readEasemobSeedCodes, []);
const tableCodes = (table: object | undefined): number[] => Object.keys(table ?? {}).map(Number);
const allEntries = (): Array<[string, number, MappingEntry]> => [
  ...Object.entries(easemobMappings.codes).map(([code, entry]): [string, number, MappingEntry] => ['codes', Number(code), entry]),
  ...(['web', 'native', 'android', 'ios'] as const).flatMap((platform) =>
    Object.entries(easemobMappings.platforms[platform] ?? {}).map(([code, entry]): [string, number, MappingEntry] => [platform, Number(code), entry]),
  ),
  ...easemobMappings.ranges.map(([from, , entry]): [string, number, MappingEntry] => ['range', from, entry]),
];

describe.runIf(READS_SHARED)('Easemob seed parser', () => {
  it('reads exactly the hand-counted number of codes, each once', () => {
    expect(seed).toHaveLength(HAND_COUNT);
    expect(new Set(seed.map((entry) => entry.code)).size).toBe(HAND_COUNT);
    expect(seed.every((entry) => entry.file === '004_04899477e949c5d2.txt' && entry.to === undefined)).toBe(true);
  });

  it('keeps the seed wording, negatives included', () => {
    const byCode = new Map(seed.map((entry) => [entry.code, entry.text]));
    expect(byCode.get(-2)).toBe('REQUEST_UNKNOWN | 默认未区分类型的错误。');
    expect(byCode.get(0)).toMatch(/^REQUEST_SUCCESS \| /);
    expect(byCode.get(502)).toMatch(/^MESSAGE_EXTERNAL_LOGIC_BLOCKED \| .*反垃圾/);
    expect(byCode.get(1304)).toBe('MODIFY_MESSAGE_FAILED | 消息修改失败。');
  });

  it('throws on a code row it cannot read instead of dropping it', () => {
    const table = '错误码 | 错误信息 | 描述和可能原因 |\n---|---|---|\n0 | REQUEST_SUCCESS | 成功。 |\n';
    expect(parseEasemobSeed(table)).toHaveLength(1);
    expect(() => parseEasemobSeed(`${table}17 WEBIM_CONNCTION_AJAX_ERROR 通用错误\n`)).toThrow(/does not parse/);
    expect(() => parseEasemobSeed(`${table}17 | | 通用错误 |\n`)).toThrow(/does not parse/);
    expect(() => parseEasemobSeed(`${table}0 | REQUEST_SUCCESS | again |\n`)).toThrow(/twice/);
  });

  it('reads the same codes from an HTML copy of the table', () => {
    const html = '<tr><td>-2</td><td>REQUEST_UNKNOWN</td><td>默认<b>错误</b></td></tr><tr><td>17</td><td>X_Y</td><td>d</td></tr>';
    expect(parseEasemobSeed(html).map((entry) => [entry.code, entry.text])).toEqual([
      [-2, 'REQUEST_UNKNOWN | 默认错误'],
      [17, 'X_Y | d'],
    ]);
  });
});

describe.runIf(READS_SHARED)('Easemob mappings: coverage', () => {
  it('maps every seed code from a table (not a range), on the web and by default', () => {
    for (const { code } of seed) {
      for (const platform of [undefined, 'web'] as const) {
        const found = resolveCode(easemobMappings, code, platform);
        expect(found, `code ${code}`).toBeDefined();
        expect(found!.inferred, `code ${code}`).toBe(false);
      }
    }
  });

  it('maps exactly the seed codes in `codes`; the SDK-only enum members only on the web', () => {
    expect(tableCodes(easemobMappings.codes).sort((a, b) => a - b)).toEqual(seed.map((entry) => entry.code).sort((a, b) => a - b));
    expect(resolveCode(easemobMappings, 304, undefined)).toBeUndefined(); // SERVER_GET_DNSLIST_FAILED, SDK-only
    // Android's and iOS's 3xx are their own codes (push, 304 = no push token), from the native table.
    expect(resolveCode(easemobMappings, 304, 'android')?.entry).toBe(easemobNativeCodes[304]);
    expect(resolveCode(easemobMappings, 304, 'native')?.entry).toBe(easemobNativeCodes[304]);
    expect(resolveCode(easemobMappings, 304, 'web')?.entry).toEqual(['network', 'connection-failed', true, 'check-network']);
    expect(resolveCode(easemobMappings, 54, 'web')?.entry[0]).toBe('permission'); // OPERATION_NOT_ALLOWED
  });

  it('reads 0 as the success code it is in the seed, but on the web as the one rejection that carries it', () => {
    expect(resolveCode(easemobMappings, 0, undefined)?.entry[1]).toBe('not-an-error'); // REQUEST_SUCCESS
    expect(resolveCode(easemobMappings, 0, 'android')?.entry[1]).toBe('not-an-error'); // EM_NO_ERROR
    expect(resolveCode(easemobMappings, 0, 'web')?.entry).toEqual(['auth', 'missing-credentials', false, 'fix-input']); // USER_NOT_ASSIGN
  });

  it('has no documented ranges, so none to check at both ends', () => {
    expect(easemobMappings.ranges.filter(([, , , documented]) => documented)).toEqual([]);
  });

});

describe.runIf(READS_SHARED)('Easemob mappings: hand-checked codes', () => {
  type Case = [code: number, platform: EasemobPlatform | undefined, kind: string, reason: string, retryable: boolean, recovery: string];
  const cases: Case[] = [
    [0, undefined, 'unknown', 'not-an-error', false, 'none'],
    [-1, undefined, 'network', 'timeout', true, 'retry'],
    [-2, undefined, 'unknown', 'unrecognized', false, 'none'],
    [-3, undefined, 'validation', 'invalid', false, 'fix-input'],
    [-4, undefined, 'client', 'cancelled', false, 'none'],
    [16, undefined, 'network', 'disconnected', true, 'check-network'],
    [17, undefined, 'network', 'request-failed', true, 'retry'],
    [27, undefined, 'auth', 'app-key-invalid', false, 'check-config'],
    [31, undefined, 'client', 'callback-error', false, 'check-config'],
    [50, undefined, 'quota', 'limit-reached', false, 'upgrade-plan'],
    [101, undefined, 'media', 'upload-failed', false, 'fix-input'],
    [204, undefined, 'user', 'not-found', false, 'fix-input'],
    [206, undefined, 'auth', 'kicked-other-device', false, 'relogin'],
    [216, undefined, 'auth', 'password-changed', false, 'relogin'],
    [219, undefined, 'message', 'sender-muted', false, 'none'],
    [221, undefined, 'message', 'not-friend', false, 'none'],
    [500, undefined, 'server', 'busy', true, 'retry'],
    [502, undefined, 'message', 'content-rejected', false, 'fix-input'],
    [502, 'web', 'message', 'content-rejected', false, 'fix-input'],
    [502, 'android', 'rate-limit', 'too-many-messages', true, 'wait'],
    [504, undefined, 'message', 'recall-expired', false, 'none'],
    [505, undefined, 'quota', 'feature-not-enabled', false, 'upgrade-plan'],
    [509, undefined, 'rate-limit', 'too-many-messages', true, 'wait'],
    [509, 'android', 'rate-limit', 'too-many-messages', true, 'wait'],
    [601, undefined, 'group', 'already-member', false, 'none'],
    [604, undefined, 'client', 'callback-error', false, 'check-config'],
    [604, 'android', 'group', 'full', false, 'none'],
    [606, undefined, 'group', 'full', false, 'none'],
    [606, 'android', 'group', 'not-found', false, 'fix-input'],
    [607, undefined, 'quota', 'plan-upgrade-required', false, 'upgrade-plan'],
    [700, undefined, 'auth', 'invalid-credentials', false, 'refresh-credentials'],
    [700, 'android', 'group', 'invalid-id', false, 'fix-input'],
    [705, undefined, 'group', 'not-found', false, 'fix-input'],
    [800, undefined, 'client', 'storage', false, 'check-config'],
    [1102, undefined, 'message', 'conflict', true, 'wait'],
    [1200, undefined, 'validation', 'invalid', false, 'fix-input'],
    [1200, 'android', 'message', 'content-rejected', false, 'fix-input'],
    [1300, undefined, 'group', 'not-found', false, 'fix-input'],
    [1300, 'android', 'quota', 'limit-reached', false, 'upgrade-plan'],
    [2, 'android', 'network', 'offline', true, 'check-network'],
  ];

  it.each(cases)('%i on %s → %s/%s', (code, platform, kind, reason, retryable, recovery) => {
    const found = resolveCode(easemobMappings, code, platform);
    expect(found?.inferred).toBe(false);
    expect(found?.entry.slice(0, 4)).toEqual([kind, reason, retryable, recovery]);
  });

  it('documents no wait for any code (the seed gives no window), so no retryAfterMs', () => {
    expect(allEntries().filter(([, , entry]) => entry[4] !== undefined)).toEqual([]);
  });

  it('treats -2, 17 and the DNS wrapper 304 as generic, and not 503 (which never wraps)', () => {
    expect([...easemobMappings.generic].sort((a, b) => a - b)).toEqual([-2, 17, 304]);
    for (const code of easemobMappings.generic) expect(resolveCode(easemobMappings, code, 'web')).toBeDefined();
  });
});

describe.runIf(READS_SHARED)('Easemob mappings: native tables', () => {
  // Numbers the seed uses that the native SDKs (Android EMError, iOS EMErrorCode) document with another meaning.
  const differFromWeb = [1, 2, 101, 102, 200, 205, 208, 500, 502, 503, 506, 508, 510, 511, 512, 603, 604, 605, 606, 607, 609, 700, 1101, 1200, 1300, 1301, 1302];

  it('makes android and ios parts of native: only Android\'s push-binding codes are a sub-table; iOS has none', () => {
    expect(easemobMappings.parents).toEqual({ android: 'native', ios: 'native' });
    expect(tableCodes(easemobMappings.platforms.android).sort((a, b) => a - b)).toEqual([1500, 1501, 1502]);
    expect(tableCodes(easemobMappings.platforms.ios)).toEqual([]);
    for (const code of [1500, 1501, 1502]) {
      expect(resolveCode(easemobMappings, code, 'android')).toMatchObject({ inferred: false, table: 'android' });
      expect(resolveCode(easemobMappings, code, 'native'), `native ${code}`).toBeUndefined(); // not an iOS code
    }
  });

  it('answers a native code from the native table on native, android and ios alike', () => {
    for (const code of tableCodes(easemobNativeCodes)) {
      for (const platform of ['native', 'android', 'ios'] as const) {
        expect(resolveCode(easemobMappings, code, platform), `${platform} ${code}`).toEqual({ entry: easemobNativeCodes[code], inferred: false, table: 'native' });
      }
    }
  });

  it('gives the native meaning where the native SDKs number a code differently from the web seed', () => {
    for (const code of differFromWeb) {
      const web = resolveCode(easemobMappings, code, 'web')!.entry;
      const native = resolveCode(easemobMappings, code, 'native')!.entry;
      expect(native, `code ${code}`).not.toEqual(web);
    }
  });

  it('agrees with the web seed where the native documents describe the same failure', () => {
    for (const code of [204, 206, 207, 216, 217, 219, 221, 501, 504, 505, 507, 509, 601, 602, 702, 704, 705]) {
      expect(resolveCode(easemobMappings, code, 'native')?.entry.slice(0, 2), `code ${code}`).toEqual(easemobMappings.codes[code]!.slice(0, 2));
    }
  });
});

describe.runIf(READS_SHARED)('Easemob mappings: inferred ranges', () => {
  const { ranges } = easemobMappings;

  it('are well-formed, disjoint, and inside the vendor numbering (500–799)', () => {
    const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
    for (const [index, [from, to]] of sorted.entries()) {
      expect(Number.isSafeInteger(from) && Number.isSafeInteger(to) && from <= to).toBe(true);
      expect(from >= 500 && to <= 799).toBe(true);
      const next = sorted[index + 1];
      if (next !== undefined) expect(to).toBeLessThan(next[0]);
    }
  });

  it('mark their results inferred, at both ends and in between', () => {
    for (const [from, to, entry, documented] of ranges) {
      expect(documented).toBe(false);
      // A block whose documented codes agree on a kind infers it (reason `other`); one whose codes disagree keeps the
      // code but guesses no kind.
      expect(entry[0] === 'unknown' ? entry[1] === 'unmapped-code' : entry[1] === 'other').toBe(true);
      expect(entry[2]).toBe(false);
      for (const code of [from, to, Math.floor((from + to) / 2)]) {
        if (easemobMappings.codes[code] !== undefined) continue;
        expect(resolveCode(easemobMappings, code, undefined)).toEqual({ entry, inferred: true });
      }
    }
    // Outside the web table (the SDK-only web codes are there), the ranges still answer for these numbers.
    expect(resolveCode(easemobMappings, 599, 'android')).toEqual({ entry: ranges[0]![2], inferred: true }); // no native 599
    expect(resolveCode(easemobMappings, 608, undefined)).toEqual({ entry: ranges[1]![2], inferred: true });
    expect(resolveCode(easemobMappings, 608, 'web')?.inferred).toBe(false); // GROUP_IS_DISABLED, from the web table
    expect(resolveCode(easemobMappings, 701, 'web')?.inferred).toBe(true); // web has no 701
    expect(resolveCode(easemobMappings, 701, 'android')?.inferred).toBe(false); // native CHATROOM_ALREADY_JOINED
  });

  it('never shadow a table code: table codes inside a range resolve to their own entry', () => {
    for (const [from, to] of ranges) {
      for (const code of tableCodes(easemobMappings.codes).filter((c) => c >= from && c <= to)) {
        expect(resolveCode(easemobMappings, code, undefined)).toEqual({ entry: easemobMappings.codes[code], inferred: false });
      }
      for (const code of tableCodes(easemobMappings.platforms.android).filter((c) => c >= from && c <= to)) {
        expect(resolveCode(easemobMappings, code, 'android')).toEqual({
          entry: easemobMappings.platforms.android![code],
          inferred: false,
          table: 'android',
        });
      }
    }
    expect(resolveCode(easemobMappings, 500, undefined)?.entry[0]).toBe('server');
    expect(resolveCode(easemobMappings, 700, undefined)?.entry[0]).toBe('auth');
  });

  it('leave everything else unmapped (property)', () => {
    const known = (platform: EasemobPlatform | undefined): Set<number> =>
      new Set([
        ...tableCodes(easemobMappings.codes),
        ...(platform === undefined ? [] : platformLineage(easemobMappings, platform)).flatMap((table) => tableCodes(easemobMappings.platforms[table as EasemobPlatform])),
      ]);
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), fc.constantFrom<EasemobPlatform | undefined>(undefined, 'web', 'native', 'android', 'ios'), (code, platform) => {
        const found = resolveCode(easemobMappings, code, platform);
        const inRange = ranges.some(([from, to]) => code >= from && code <= to);
        if (found === undefined) return !known(platform).has(code) && !inRange;
        if (found.inferred) return inRange && !known(platform).has(code);
        return known(platform).has(code);
      }),
    );
  });
});

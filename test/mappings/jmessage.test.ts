import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jmessageMappings, type JMessagePlatform } from '../../mappings/jmessage.js';
import { resolveCode } from '../../src/mapping.js';
import type { Kind } from '../../src/taxonomy.js';
import {
  JMESSAGE_SEED_FILES,
  parseJMessageSeed,
  readJMessageSeedCodes,
  readJMessageSeedText,
} from '../../scripts/seeds/jmessage.js';
import { loadDocumented } from '../../scripts/documents/documented.js';
import { READS_SHARED, fromShared } from '../support/shared.js';

const PLATFORMS: readonly JMessagePlatform[] = ['web', 'ios', 'android', 'server'];
const seed = fromShared(readJMessageSeedCodes, []);
const seedCodes = new Set(seed.map((s) => s.code));
const tableCodes = Object.keys(jmessageMappings.codes).map(Number);

/** Hand counts (grep of each file's code rows, checked against the tables by eye). */
const HAND_COUNT = {
  '000_436aa1594640c544.txt': 148,
  '001_1599e5c4793cf27d.txt': 143, // 26 iOS + 29 Android + 88 server
  '002_dc5685c8accccbb7.txt': 76,
  rows: 367,
  unique: 289,
} as const;

describe.runIf(READS_SHARED)('JMessage seed parser', () => {
  it('finds the hand-counted number of rows per file, per section and in all', () => {
    for (const file of JMESSAGE_SEED_FILES) expect(seed.filter((s) => s.file === file)).toHaveLength(HAND_COUNT[file]);
    const bySection = (section: string) => seed.filter((s) => s.file === JMESSAGE_SEED_FILES[1] && s.section === section);
    expect(bySection('JMessage iOS')).toHaveLength(26);
    expect(bySection('JMessage Android')).toHaveLength(29);
    expect(bySection('Server Error')).toHaveLength(88);
    expect(seed).toHaveLength(HAND_COUNT.rows);
    expect(seedCodes.size).toBe(HAND_COUNT.unique);
  });

  it('keeps each row with its file, section and text', () => {
    const rows811002 = seed.filter((s) => s.code === 811002);
    expect(rows811002.map((s) => s.file).sort()).toEqual([JMESSAGE_SEED_FILES[0], JMESSAGE_SEED_FILES[1]]);
    expect(rows811002.find((s) => s.file === JMESSAGE_SEED_FILES[1])?.text).toContain('删除的成员列表为空');
    expect(seed.find((s) => s.code === 871308)).toMatchObject({ section: 'JMessage Android', text: expect.stringContaining('SDK尚未初始化') });
    expect(seed.find((s) => s.code === 864001)).toMatchObject({ section: 'JMessage iOS' });
    expect(seed.find((s) => s.code === 882002)).toMatchObject({ section: 'JMessage Web', file: JMESSAGE_SEED_FILES[2] });
    expect(seed.find((s) => s.code === 898004 && s.file === JMESSAGE_SEED_FILES[1])?.text).not.toContain('</a>');
    // A row whose message cell is empty (001's 803xxx) keeps its description.
    expect(seed.find((s) => s.code === 803010 && s.file === JMESSAGE_SEED_FILES[1])?.text).toContain('每分钟60条');
    for (const s of seed) expect(s.text.length).toBeGreaterThan(0);
  });

  it('documents no code ranges', () => {
    expect(seed.filter((s) => s.to !== undefined)).toEqual([]);
  });

  it('throws on a code-like row that does not parse', () => {
    const [f000, f001, f002] = JMESSAGE_SEED_FILES;
    const t000 = readJMessageSeedText(f000);
    const t001 = readJMessageSeedText(f001);
    const t002 = readJMessageSeedText(f002);
    expect(() => parseJMessageSeed(f000, t000.replace('898001 | User exist', '898001 User exist'))).toThrow();
    expect(() => parseJMessageSeed(f000, t000.replace('898001 |', '89800x |'))).toThrow();
    expect(() => parseJMessageSeed(f001, t001.replace('<td>860018</td>', '<td>86OO18</td>'))).toThrow();
    expect(() => parseJMessageSeed(f001, t001.replace('<td>媒体文件上传失败</td>', ''))).toThrow();
    expect(() => parseJMessageSeed(f001, t001.replace(/<\/tr>/, ''))).toThrow();
    expect(() => parseJMessageSeed(f002, t002.replace('| 880002|', '| 88O002|'))).toThrow();
    // and the untouched texts parse
    expect(parseJMessageSeed(f000, t000)).toHaveLength(HAND_COUNT[f000]);
  });
});

describe.runIf(READS_SHARED)('JMessage mapping: seed coverage', () => {
  it('maps every seed code from the table (not a range), on every platform', () => {
    for (const { code, file } of seed) {
      for (const platform of [undefined, ...PLATFORMS]) {
        const r = resolveCode(jmessageMappings, code, platform);
        expect(r, `${code} (${file}) on ${platform ?? 'no platform'}`).toBeDefined();
        expect(r?.inferred, `${code} (${file})`).toBe(false);
      }
    }
  });

  it('has a table entry for every code of the seeds and the vendor documents, and no code they do not document', () => {
    const documented = new Set(loadDocumented().filter((source) => source.vendor === 'jmessage').flatMap((source) => source.codes.map(([code]) => code)));
    for (const code of seedCodes) expect(documented, String(code)).toContain(code);
    expect(new Set(tableCodes)).toEqual(documented);
  });

  it('has platform tables only for the React Native plugin\'s own codes, and no documented ranges', () => {
    expect(Object.keys(jmessageMappings.platforms).sort()).toEqual(['android', 'ios']);
    expect(Object.keys(jmessageMappings.platforms.android ?? {}).map(Number).sort((a, b) => a - b)).toEqual([-1, 1, 2, 3, 4]);
    expect(Object.keys(jmessageMappings.platforms.ios ?? {}).map(Number).sort((a, b) => a - b)).toEqual([1, 2]);
    expect(jmessageMappings.ranges.filter((r) => r[3])).toEqual([]);
    expect(jmessageMappings.generic).toEqual([]);
  });
});

describe.runIf(READS_SHARED)('JMessage mapping: source layout', () => {
  it('lists the codes one per line, sorted, each with a comment', () => {
    const source = readFileSync(new URL('../../mappings/jmessage.ts', import.meta.url), 'utf8');
    const lines = [...source.matchAll(/^ {4}'?(-?\d+)'?: \[.*\],(.*)$/gm)];
    const codes = lines.map((m) => Number(m[1]));
    expect(codes).toEqual([...tableCodes].sort((a, b) => a - b));
    for (const m of lines) expect(m[2], `line of ${m[1]}`).toMatch(/^ \/\/ \S/);
  });
});

describe.runIf(READS_SHARED)('JMessage mapping: hand-checked examples', () => {
  type Example = readonly [code: number, kind: Kind, reason: string, retryable: boolean, recovery: string, after?: number];
  const examples: readonly Example[] = [
    [0, 'unknown', 'not-an-error', false, 'none'],
    [803010, 'rate-limit', 'too-many-messages', true, 'wait', 1000], // 60 messages per minute
    [880209, 'rate-limit', 'too-many-messages', true, 'wait', 1000],
    [800017, 'rate-limit', 'too-many-requests', true, 'wait'],
    [871310, 'network', 'offline', true, 'check-network'],
    [871102, 'network', 'request-failed', true, 'check-network'],
    [871201, 'network', 'timeout', true, 'retry'],
    [898010, 'auth', 'token-expired', false, 'refresh-credentials'],
    [880106, 'auth', 'token-expired', false, 'refresh-credentials'],
    [801004, 'auth', 'invalid-credentials', false, 'fix-input'],
    [800016, 'auth', 'device-mismatch', false, 'relogin'],
    [801006, 'auth', 'account-disabled', false, 'contact-support'],
    [898009, 'auth', 'app-key-invalid', false, 'check-config'],
    [880007, 'quota', 'limit-reached', false, 'check-config'],
    [811002, 'group', 'invalid', false, 'fix-input'], // 001's message cell is shifted; list empty
    [811003, 'group', 'not-member', false, 'fix-input'], // 001's message "zero member" is shifted
    [899014, 'group', 'not-member', false, 'fix-input'], // message copied from 899013
    [852004, 'group', 'owner-cannot-leave', false, 'fix-input'],
    [833003, 'group', 'already-set', false, 'none'], // group DND
    [843001, 'group', 'not-set', false, 'none'], // group blocking
    [881508, 'group', 'full', false, 'fix-input'],
    [805002, 'friend', 'already-friend', false, 'none'],
    [899017, 'friend', 'already-blocked', false, 'none'],
    [860015, 'media', 'download-failed', true, 'retry'],
    [871402, 'media', 'upload-credentials-failed', true, 'retry'],
    [880210, 'media', 'too-large', false, 'fix-input'],
    [803009, 'message', 'content-rejected', false, 'fix-input'],
    [803012, 'message', 'sender-muted', false, 'none'],
    [847002, 'message', 'sender-muted', false, 'none'], // chat-room ban is `message`, not `group`
    [803008, 'message', 'blocked-by-receiver', false, 'none'],
    [855001, 'message', 'recall-expired', false, 'none'],
    [803003, 'user', 'not-found', false, 'fix-input'], // target user not registered
    [810005, 'user', 'not-found', false, 'fix-input'], // inside a group operation: still user/not-found
    [801003, 'user', 'not-found', false, 'fix-input'], // login user not registered
    [835001, 'user', 'already-set', false, 'none'], // global DND
    [899050, 'user', 'not-set', false, 'none'], // "already close global" (description copied from 899048)
    [800020, 'permission', 'no-permission', false, 'fix-input'],
    [898011, 'permission', 'cross-app-denied', false, 'check-config'],
    [882002, 'validation', 'invalid', false, 'fix-input'], // five folded server errors
    [898003, 'validation', 'invalid', false, 'fix-input'],
    [898030, 'server', 'timeout', true, 'retry'],
    [803002, 'server', 'internal', true, 'retry'], // server's own network, not the client's
    [871308, 'client', 'not-initialized', false, 'check-config'],
    [871504, 'client', 'invalid-state', true, 'wait'],
    [880001, 'unknown', 'unrecognized', false, 'none'],
  ];

  it('has at least 20 examples and covers every kind', () => {
    expect(examples.length).toBeGreaterThanOrEqual(20);
    const kinds = new Set(examples.map((e) => e[1]));
    for (const k of ['rate-limit', 'network', 'auth', 'quota', 'group', 'friend', 'media', 'message', 'user', 'permission', 'validation', 'server', 'client', 'unknown'] as const) {
      expect(kinds, k).toContain(k);
    }
  });

  for (const [code, kind, reason, retryable, recovery, after] of examples) {
    it(`${code} → ${kind}/${reason}`, () => {
      for (const platform of [undefined, ...PLATFORMS]) {
        const r = resolveCode(jmessageMappings, code, platform);
        expect(r?.inferred).toBe(false);
        const expected: unknown[] = [kind, reason, retryable, recovery];
        if (after !== undefined) expected.push(after);
        expect(r?.entry).toEqual(expected);
      }
    });
  }
});

describe.runIf(READS_SHARED)('JMessage mapping: inferred ranges', () => {
  const { ranges } = jmessageMappings;

  it('stay inside 765000–899999, are well-formed and say only `other` (or unknown / unmapped-code), not retryable', () => {
    expect(ranges.length).toBeGreaterThan(0);
    for (const [from, to, [kind, reason, retryable, , after], documented] of ranges) {
      expect(from, `${from}-${to}`).toBeGreaterThanOrEqual(765000);
      expect(to, `${from}-${to}`).toBeLessThanOrEqual(899999);
      expect(from).toBeLessThanOrEqual(to);
      expect(documented).toBe(false);
      expect(reason).toBe(kind === 'unknown' ? 'unmapped-code' : 'other');
      expect(retryable).toBe(false);
      expect(after).toBeUndefined();
    }
  });

  it('put narrow ranges first: no range is hidden by, or partly overlaps, an earlier one', () => {
    ranges.forEach(([from, to], i) => {
      for (const [pFrom, pTo] of ranges.slice(0, i)) {
        const overlap = from <= pTo && pFrom <= to;
        if (overlap) expect(from <= pFrom && pTo <= to, `${from}-${to} after ${pFrom}-${pTo}`).toBe(true);
        expect(pFrom <= from && to <= pTo, `${from}-${to} hidden by ${pFrom}-${pTo}`).toBe(false);
      }
    });
  });

  it('yield inferred entries for undocumented codes at both ends and inside', () => {
    for (const [from, to, entry] of ranges) {
      const firstOwner = (code: number) => ranges.find(([f, t]) => code >= f && code <= t);
      for (const code of [from, to, Math.floor((from + to) / 2)]) {
        if (jmessageMappings.codes[code] !== undefined) continue;
        const owner = firstOwner(code);
        const r = resolveCode(jmessageMappings, code, undefined);
        expect(r, String(code)).toEqual({ entry: owner?.[2], inferred: true });
        if (owner?.[0] === from && owner[1] === to) expect(r?.entry).toBe(entry);
      }
    }
    expect(resolveCode(jmessageMappings, 801999, 'ios')).toEqual({ entry: ['auth', 'other', false, 'none'], inferred: true });
    expect(resolveCode(jmessageMappings, 810010, undefined)?.entry[0]).toBe('group');
    expect(resolveCode(jmessageMappings, 881103, 'web')?.entry[0]).toBe('group'); // narrow web group-DND range
    expect(resolveCode(jmessageMappings, 881109, 'web')?.entry[0]).toBe('user');
  });

  it('do not shadow table codes inside them', () => {
    for (const code of tableCodes) {
      const inRange = ranges.some(([f, t]) => code >= f && code <= t);
      if (!inRange) continue;
      expect(resolveCode(jmessageMappings, code, undefined)).toEqual({ entry: jmessageMappings.codes[code], inferred: false });
    }
  });

  it('agree with the documented codes of their module: its one kind, or unknown where they disagree', () => {
    // "User does not exist" is `user` in every module (a project rule), so it does not count against a module's kind.
    const kindsIn = (from: number, to: number, earlier: typeof ranges) =>
      new Set(
        tableCodes
          .filter((c) => c >= from && c <= to && !earlier.some(([f, t]) => c >= f && c <= t))
          .map((c) => jmessageMappings.codes[c])
          .filter((entry) => entry !== undefined && !(entry[0] === 'user' && entry[1] === 'not-found'))
          .map((entry) => entry![0]),
      );
    ranges.forEach(([from, to, [kind]], i) => {
      const kinds = kindsIn(from, to, ranges.slice(0, i));
      if (kinds.size > 1) expect(kind, `${from}-${to}: ${[...kinds].join(', ')}`).toBe('unknown');
      else if (kinds.size === 1) expect([...kinds], `${from}-${to}`).toEqual([kind]);
    });
    // The findings this holds: iOS friend failures are not auth; iOS network codes are not media.
    expect(resolveCode(jmessageMappings, 863010, 'ios')?.entry[0]).toBe('unknown');
    expect(resolveCode(jmessageMappings, 860001, 'ios')?.entry[0]).toBe('unknown');
  });

  it('claim nothing outside JMessage numbering or in the mixed blocks', () => {
    for (const code of [1, 764999, 800001, 804000, 866004, 869998, 871106, 871316, 872005, 880009, 882006, 898005, 899999, 900000, 7130008]) {
      expect(resolveCode(jmessageMappings, code, undefined), String(code)).toBeUndefined();
    }
  });
});

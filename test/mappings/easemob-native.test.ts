/**
 * Easemob's native code tables (`mappings/easemob-native.ts`) against the vendor's own pages
 * (`../shared/vendor-docs/easemob/android-error.md`, `ios-error.md`, 2023-04): every documented code mapped on its
 * platform, each table holding only what belongs in it, the mapping laws, and hand-checked judgements.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { easemobAndroidCodes, easemobIosCodes, easemobNativeCodes } from '../../mappings/easemob-native.js';
import { repoRoot } from '../../scripts/seeds/dir.js';
import type { CodeTable, MappingEntry } from '../../src/mapping.js';
import { RECOVERIES, isKind, isReasonOf } from '../../src/taxonomy.js';
import { READS_SHARED, fromShared } from '../support/shared.js';

const DOCS = resolve(repoRoot(), '..', 'shared', 'vendor-docs', 'easemob');

/** One documented row: code, constant name, description. */
interface DocRow {
  readonly code: number;
  readonly name: string;
  readonly text: string;
}

/** A row `| 605 | GROUP_NOT_EXIST | 群组不存在… |`; any line starting like a code row must parse. */
const ROW = /^\|\s*(-?\d+)\s*\|\s*`?([A-Za-z_][A-Za-z0-9_]*)`?\s*\|\s*(.+?)\s*\|\s*$/;
const LOOKS_LIKE_ROW = /^\|\s*-?\d+\s*\|/;

function parseDoc(text: string, file: string): DocRow[] {
  const rows: DocRow[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (!LOOKS_LIKE_ROW.test(line)) continue;
    const match = ROW.exec(line.trim());
    if (match === null) throw new Error(`${file}:${index + 1}: code row does not parse: ${line}`);
    const code = Number(match[1]);
    if (rows.some((row) => row.code === code)) throw new Error(`${file}:${index + 1}: ${code} documented twice`);
    rows.push({ code, name: match[2]!, text: match[3]! });
  }
  return rows;
}

const readDoc = (file: string): DocRow[] => parseDoc(readFileSync(join(DOCS, file), 'utf8'), file);
const android = fromShared(() => readDoc('android-error.md'), []);
const ios = fromShared(() => readDoc('ios-error.md'), []);
const codesOf = (table: CodeTable): number[] => Object.keys(table).map(Number).sort((a, b) => a - b);
const has = (table: CodeTable, code: number): boolean => Object.hasOwn(table, code);

/** The native resolution the adapter wires: the platform's own table, then the shared native one. */
const SUB_TABLES = { android: easemobAndroidCodes, ios: easemobIosCodes } as const;
type NativePlatform = keyof typeof SUB_TABLES | 'native';
const lookup = (platform: NativePlatform, code: number): MappingEntry | undefined =>
  (platform === 'native' ? undefined : SUB_TABLES[platform][code]) ?? easemobNativeCodes[code];

/**
 * Codes the newer pages of easemob/easemob-doc document on both platforms and neither 2023-04 page has (see the
 * file's header), and -1, which only the React Native JavaScript raises.
 */
const NEWER_ONLY = [-1, 8, 407, 510, 511, 512, 607, 608, 613, 706, 707];

describe.runIf(READS_SHARED)('the native error pages', () => {
  it('are read whole: the hand-counted number of rows, each once', () => {
    // Counted by hand: Android 0–5 (5), 100–110 (9), 200–221 (22), 300–305 (6), 400–406 (7), 500–509 (10),
    // 600–612 (10), 700–705 (6), 900–905 (5), 1000–1002 (3), 1100–1113 (6), 1200 + 1299 (2), 1300–1302 (3),
    // 1400–1402 (3), 1500–1502 (3) = 100; iOS the same without 0, 108–110, 220, 1500–1502, with 3 and 606 = 94.
    expect(android).toHaveLength(100);
    expect(ios).toHaveLength(94);
    expect(android.find((row) => row.code === 605)?.name).toBe('GROUP_NOT_EXIST');
    expect(ios.find((row) => row.code === 606)?.name).toBe('EMErrorGroupSharedFileInvalidId');
  });

  it('fail loudly on a code row that does not parse, or a code given twice', () => {
    expect(parseDoc('| 2 | NETWORK_ERROR | 网络错误 |', 'x')).toEqual([{ code: 2, name: 'NETWORK_ERROR', text: '网络错误' }]);
    expect(() => parseDoc('| 2 | 网络错误 |', 'x')).toThrow(/does not parse/);
    expect(() => parseDoc('| 2 | A | a |\n| 2 | B | b |', 'x')).toThrow(/twice/);
  });
});

describe.runIf(READS_SHARED)('coverage', () => {
  it.each([
    ['android', android],
    ['ios', ios],
  ] as const)('maps every code of the %s page on that platform, none left out', (platform, rows) => {
    expect(rows.filter(({ code }) => lookup(platform, code) === undefined).map(({ code }) => code)).toEqual([]);
  });

  it('maps every code either page documents when the platform is only known to be native (React Native, Flutter)', () => {
    const documented = new Set([...android, ...ios].map(({ code }) => code));
    expect([...documented].filter((code) => lookup('native', code) === undefined && !has(easemobAndroidCodes, code))).toEqual([]);
  });

  it('keeps in the Android table only codes the iOS page lacks, and in the iOS table only codes the Android page lacks', () => {
    const onIos = new Set(ios.map(({ code }) => code));
    const onAndroid = new Set(android.map(({ code }) => code));
    expect(codesOf(easemobAndroidCodes)).toEqual([1500, 1501, 1502]);
    expect(codesOf(easemobAndroidCodes).filter((code) => onIos.has(code))).toEqual([]);
    expect(codesOf(easemobIosCodes).filter((code) => onAndroid.has(code))).toEqual([]);
    expect(codesOf(easemobNativeCodes).filter((code) => has(easemobAndroidCodes, code) || has(easemobIosCodes, code))).toEqual([]);
  });

  it('holds in the shared table nothing undocumented but the newer pages\' codes', () => {
    const documented = new Set([...android, ...ios].map(({ code }) => code));
    expect(codesOf(easemobNativeCodes).filter((code) => !documented.has(code))).toEqual(NEWER_ONLY);
  });
});

/** Every entry of the three tables, named. */
const entries: Array<[string, MappingEntry]> = Object.entries(SUB_TABLES)
  .flatMap(([platform, table]) => Object.entries(table).map(([code, entry]): [string, MappingEntry] => [`${platform} ${code}`, entry]))
  .concat(Object.entries(easemobNativeCodes).map(([code, entry]): [string, MappingEntry] => [`native ${code}`, entry]));
const breaking = (law: (entry: MappingEntry) => boolean): string[] => entries.filter(([, entry]) => !law(entry)).map(([where]) => where);

describe.runIf(READS_SHARED)('the mapping laws, over every entry', () => {
  it('speak only the taxonomy, and retry exactly when the recovery is retry-like', () => {
    expect(breaking(([kind, reason, , recovery]) => isKind(kind) && isReasonOf(kind, reason) && RECOVERIES.includes(recovery))).toEqual([]);
    expect(breaking(([, , retryable, recovery]) => retryable === ['retry', 'wait', 'check-network'].includes(recovery))).toEqual([]);
  });

  it('retry network failures and rate limits, never quota, validation or permission failures', () => {
    expect(breaking(([kind, reason, retryable]) => kind !== 'network' || reason === 'other' || retryable)).toEqual([]);
    expect(breaking(([kind, , retryable, recovery]) => kind !== 'rate-limit' || (retryable && recovery === 'wait'))).toEqual([]);
    expect(breaking(([kind, , retryable]) => !['quota', 'validation', 'permission'].includes(kind) || !retryable)).toEqual([]);
  });

  it('send the user to sign in after a lost session, and refresh an expired credential', () => {
    const lost = ['kicked-other-device', 'kicked-by-admin', 'password-changed', 'account-removed'];
    expect(breaking(([kind, reason, retryable, recovery]) => kind !== 'auth' || !lost.includes(reason) || (!retryable && recovery === 'relogin'))).toEqual([]);
    expect(breaking(([kind, reason, , recovery]) => kind !== 'auth' || reason !== 'token-expired' || recovery === 'refresh-credentials')).toEqual([]);
  });

  it('retry every code the pages document as a network failure or a timeout', () => {
    const network = [...android, ...ios].filter(({ name }) => /NETWORK|TIMEOUT|NOT_?REACHABLE/i.test(name));
    expect(network.map(({ code }) => code).sort((a, b) => a - b)).toEqual([2, 2, 300, 300, 301, 301]);
    for (const { code, name } of network) expect(lookup('native', code)?.[2], `${code} ${name}`).toBe(true);
  });
});

/** Hand-checked against each code's line: `[code, platform, kind, reason, retryable, recovery]`. */
const HAND_CHECKED: ReadonlyArray<readonly [number, NativePlatform, ...MappingEntry]> = [
  [0, 'native', 'unknown', 'not-an-error', false, 'none'], // EM_NO_ERROR
  [1, 'ios', 'unknown', 'unrecognized', false, 'none'], // EMErrorGeneral: the catch-all
  [2, 'android', 'network', 'offline', true, 'check-network'], // NETWORK_ERROR
  [3, 'ios', 'client', 'storage', false, 'check-config'], // EMErrorDatabaseOperationFailed
  [4, 'native', 'quota', 'account-limit-reached', false, 'upgrade-plan'], // EXCEED_SERVICE_LIMIT: user ID count
  [8, 'android', 'quota', 'plan-upgrade-required', false, 'upgrade-plan'], // DAU / MAU limit (newer)
  [100, 'android', 'auth', 'app-key-invalid', false, 'check-config'], // INVALID_APP_KEY
  [104, 'ios', 'auth', 'invalid-credentials', false, 'refresh-credentials'], // EMErrorInvalidToken
  [108, 'android', 'auth', 'token-expired', false, 'refresh-credentials'], // TOKEN_EXPIRED
  [109, 'native', 'auth', 'other', false, 'refresh-credentials'], // TOKEN_WILL_EXPIRE: not expired yet
  [201, 'ios', 'auth', 'not-logged-in', false, 'relogin'], // EMErrorUserNotLogin
  [204, 'android', 'user', 'not-found', false, 'fix-input'], // USER_NOT_FOUND
  [206, 'ios', 'auth', 'kicked-other-device', false, 'relogin'], // EMErrorUserLoginOnAnotherDevice
  [214, 'android', 'quota', 'limit-reached', false, 'check-config'], // USER_LOGIN_TOO_MANY_DEVICES
  [216, 'android', 'auth', 'password-changed', false, 'relogin'], // USER_KICKED_BY_CHANGE_PASSWORD
  [221, 'ios', 'message', 'not-friend', false, 'none'], // USER_NOT_FRIEND
  [300, 'android', 'network', 'connection-failed', true, 'check-network'], // SERVER_NOT_REACHABLE
  [301, 'ios', 'network', 'timeout', true, 'retry'], // EMErrorServerTimeout
  [302, 'native', 'server', 'busy', true, 'retry'], // SERVER_BUSY
  [305, 'ios', 'auth', 'app-disabled', false, 'contact-support'], // EMErrorServerServingForbidden
  [405, 'android', 'media', 'too-large', false, 'fix-input'], // FILE_TOO_LARGE
  [502, 'android', 'rate-limit', 'too-many-messages', true, 'wait'], // MESSAGE_SEND_TRAFFIC_LIMIT
  [510, 'native', 'message', 'too-large', false, 'fix-input'], // MESSAGE_SIZE_LIMIT (newer; web 510 differs)
  [605, 'android', 'group', 'invalid', false, 'fix-input'], // GROUP_SHARED_FILE_INVALIDID (newer numbering)
  [606, 'ios', 'group', 'not-found', false, 'fix-input'], // EMErrorGroupNotExist (newer numbering)
  [706, 'native', 'group', 'owner-cannot-leave', false, 'check-config'], // CHATROOM_OWNER_NOT_ALLOW_LEAVE
  [1002, 'android', 'friend', 'peer-limit-reached', false, 'none'], // CONTACT_REACH_LIMIT_PEER
  [1113, 'ios', 'server', 'internal', true, 'retry'], // EMErrorTranslateServiceFail
  [1200, 'native', 'message', 'content-rejected', false, 'fix-input'], // MODERATION_FAILED
  [1500, 'android', 'client', 'unsupported', false, 'check-config'], // PUSH_NOT_SUPPORT
  [1501, 'android', 'network', 'request-failed', true, 'retry'], // PUSH_BIND_FAILED
  [1502, 'android', 'network', 'request-failed', true, 'retry'], // PUSH_UNBIND_FAILED
];

describe.runIf(READS_SHARED)('hand-checked codes', () => {
  it('span the kinds', () => {
    expect(new Set(HAND_CHECKED.map(([, , kind]) => kind)).size).toBeGreaterThanOrEqual(11);
    expect(HAND_CHECKED.filter(([code]) => has(easemobNativeCodes, code)).length).toBeGreaterThanOrEqual(20);
  });

  it.each(HAND_CHECKED.map((row) => [row[0], row[1], row.slice(2)] as const))('%i on %s', (code, platform, entry) => {
    expect(lookup(platform, code)).toEqual(entry);
  });

  it('leave the Android push codes unmapped on iOS (where no such code exists)', () => {
    for (const code of [1500, 1501, 1502]) expect(lookup('ios', code)).toBeUndefined();
  });
});

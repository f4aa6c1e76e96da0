/**
 * Laws every mapping entry of every vendor obeys, whatever the code: the same idea gets the same answer. A new
 * mapping that breaks one is either wrong or a reason to revisit the law, here, on purpose.
 */
import { describe, expect, it } from 'vitest';
import { easemobMappings } from '../../mappings/easemob.js';
import { easemobEvents } from '../../mappings/easemob-events.js';
import { jmessageEvents } from '../../mappings/jmessage-events.js';
import { tencentEvents } from '../../mappings/tencent-events.js';
import type { EventTable } from '../../src/events.js';
import { jmessageMappings } from '../../mappings/jmessage.js';
import { tencentMappings } from '../../mappings/tencent.js';
import * as fallbacks from '../../src/fallbacks.js';
import { HTTP_STATUS } from '../../src/http-status.js';
import { RECOVERIES, isKind, isReasonOf } from '../../src/taxonomy.js';
import type { MappingEntry, VendorMappings } from '../../src/mapping.js';

interface Row {
  readonly where: string;
  readonly entry: MappingEntry;
}

function rows(vendor: string, mappings: VendorMappings): Row[] {
  const all: Row[] = Object.entries(mappings.codes).map(([code, entry]) => ({ where: `${vendor} ${code}`, entry }));
  for (const [platform, table] of Object.entries(mappings.platforms)) {
    for (const [code, entry] of Object.entries(table ?? {})) all.push({ where: `${vendor}/${platform} ${code}`, entry });
  }
  mappings.ranges.forEach(([from, to, entry]) => all.push({ where: `${vendor} ${from}-${to}`, entry }));
  (mappings.texts ?? []).forEach(([text, entry]) => all.push({ where: `${vendor} text "${text}"`, entry }));
  return all;
}

/** The entries an event table gives directly (its `{ code }` rules read the code tables, already in `rows`). */
function eventRows(vendor: string, table: EventTable): Row[] {
  return table.flatMap(({ event, when, means }) =>
    'entry' in means ? [{ where: `${vendor} event ${event}${when === undefined ? '' : ` ${String(when[1])}`}`, entry: means.entry }] : [],
  );
}

const every: Row[] = [
  ...rows('jmessage', jmessageMappings),
  ...rows('tencent', tencentMappings),
  ...rows('easemob', easemobMappings),
  ...eventRows('jmessage', jmessageEvents),
  ...eventRows('tencent', tencentEvents),
  ...eventRows('easemob', easemobEvents),
  ...Object.entries(HTTP_STATUS).map(([status, entry]) => ({ where: `http ${status}`, entry })),
  ...Object.entries(fallbacks).map(([name, entry]) => ({ where: `fallback ${name}`, entry })),
];

const vendors = { jmessage: jmessageMappings, tencent: tencentMappings, easemob: easemobMappings } as const;

/** Entries breaking `law`, as readable lines (empty when the law holds). */
const breaking = (law: (entry: MappingEntry) => boolean): string[] =>
  every.filter(({ entry }) => !law(entry)).map(({ where, entry }) => `${where}: ${JSON.stringify(entry)}`);

describe('mapping laws', () => {
  it('covers a real number of entries', () => {
    expect(every.length).toBeGreaterThan(700);
  });

  it('speaks only the taxonomy: a kind, one of its reasons, a recovery, a positive wait only when retryable', () => {
    expect(
      breaking(
        ([kind, reason, retryable, recovery, retryAfterMs]) =>
          isKind(kind) &&
          isReasonOf(kind, reason) &&
          (RECOVERIES as readonly string[]).includes(recovery) &&
          (retryAfterMs === undefined || (retryable && retryAfterMs > 0)),
      ),
    ).toEqual([]);
  });

  it.each(Object.entries(vendors))('%s lists as generic only codes it maps (in the common table or a platform\'s)', (_vendor, mappings) => {
    const tables = [mappings.codes, ...Object.values(mappings.platforms)];
    for (const code of mappings.generic) expect(tables.some((table) => table !== undefined && Object.hasOwn(table, code)), String(code)).toBe(true);
  });

  it('retries only with a retry-like recovery, and every retry-like recovery is retryable', () => {
    expect(breaking(([, , retryable, recovery]) => retryable === ['retry', 'wait', 'check-network'].includes(recovery))).toEqual([]);
  });

  it('rate limits are retryable after a wait', () => {
    expect(breaking(([kind, , retryable, recovery]) => kind !== 'rate-limit' || (retryable && recovery === 'wait'))).toEqual([]);
  });

  it('network failures are retryable', () => {
    expect(breaking(([kind, reason, retryable]) => kind !== 'network' || reason === 'other' || retryable)).toEqual([]);
  });

  it('quota, validation and permission failures are not retryable', () => {
    expect(breaking(([kind, , retryable]) => !['quota', 'validation', 'permission'].includes(kind) || !retryable)).toEqual([]);
  });

  it('internal, busy and timed-out servers are retryable', () => {
    expect(breaking(([kind, reason, retryable]) => kind !== 'server' || !['internal', 'busy', 'timeout'].includes(reason) || retryable)).toEqual([]);
  });

  it('an expired credential is refreshed; a lost session sends the user to sign in', () => {
    expect(breaking(([kind, reason, , recovery]) => kind !== 'auth' || reason !== 'token-expired' || recovery === 'refresh-credentials')).toEqual([]);
    const lost = ['kicked-other-device', 'kicked-by-admin', 'password-changed', 'account-removed'];
    expect(breaking(([kind, reason, retryable, recovery]) => kind !== 'auth' || !lost.includes(reason) || (!retryable && recovery === 'relogin'))).toEqual([]);
  });

  it('"already in that state" needs nothing done', () => {
    const settled = ['already-set', 'not-set', 'already-friend', 'already-blocked', 'not-blocked', 'already-recalled', 'not-an-error'];
    expect(breaking(([, reason, , recovery]) => !settled.includes(reason) || recovery === 'none')).toEqual([]);
  });

  it('an inferred range never claims more than its module: reason other (or unknown / unmapped-code where the module\'s codes disagree on kind), not retryable', () => {
    const inferred = [tencentMappings, jmessageMappings, easemobMappings].flatMap((mappings) =>
      mappings.ranges.filter(([, , , documented]) => !documented).map(([from, to, entry]) => ({ from, to, entry })),
    );
    expect(inferred.filter(({ entry }) => !['other', 'unmapped-code'].includes(entry[1]) || entry[2]).map(({ from, to }) => `${from}-${to}`)).toEqual([]);
  });
});

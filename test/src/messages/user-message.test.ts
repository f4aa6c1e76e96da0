/** Laws of user messages over every (kind, reason), recovery and context, in every built-in catalog. */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { easemob } from '../../../adapters/easemob/index.js';
import { jmessage } from '../../../adapters/jmessage/index.js';
import { tencent } from '../../../adapters/tencent/index.js';
import { KINDS, REASONS, RECOVERIES, createIMError, type IMError, type IMErrorInit, type Recovery } from '../../../src/index.js';
import { entryText, type Catalog, type Entry } from '../../../src/messages/catalog.js';
import { cleanContextText, type MessageContext } from '../../../src/messages/context.js';
import { en } from '../../../src/messages/en.js';
import { formatWait, renderUserMessage, withCatalogs } from '../../../src/messages/user-message.js';
import { zhCN } from '../../../src/messages/zh-CN.js';
import { throwingProxy } from '../../support/hostile.js';
import { anyContext, anyIMError } from '../../support/imerrors.js';

const catalogs: readonly Catalog[] = [en, zhCN];

/** Every subset of a full context: each value known or not. */
const contexts: MessageContext[] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15].map((bits) => ({
  ...(bits & 1 ? { group: 'Team' } : {}),
  ...(bits & 2 ? { user: 'Ann' } : {}),
  ...(bits & 4 ? { file: 'a.png' } : {}),
  ...(bits & 8 ? { seconds: 5 } : {}),
}));

function error(kind: string, reason: string, recovery: Recovery, extra: Partial<IMErrorInit> = {}): IMError {
  return createIMError({ kind, reason, recovery, retryable: false, vendor: 'tencent', cause: null, ...extra } as IMErrorInit);
}

/** Every (kind, reason) with every recovery: what a catalog must word. */
const pairs = KINDS.flatMap((kind) => REASONS[kind].map((reason) => [kind, reason] as const));

/** The message with the wait (the only number a catalog shows) taken out, for the "no codes" checks. */
const withoutWait = (message: string): string => message.replace(/\b\d+ ?(seconds?|minutes?|hours?|days?|秒|分钟|小时|天)/g, '');

describe.each(catalogs.map((catalog) => [catalog.locale, catalog] as const))('%s: every (kind, reason), recovery and context', (_locale, catalog) => {
  it('reads as finished sentences: non-empty, no template syntax, no doubled or stray spaces', () => {
    const bad: string[] = [];
    let checked = 0;
    for (const [kind, reason] of pairs) {
      for (const recovery of RECOVERIES) {
        for (const context of contexts) {
          const message = renderUserMessage(catalog, error(kind, reason, recovery), context);
          const fine =
            message.trim() === message &&
            message.length > 1 &&
            !/[[\]{}|]/.test(message) &&
            !/ {2}| [.,!?。，！？]|[“(] | [”)]/.test(message) &&
            /[.!?。！？]$/.test(message);
          if (!fine) bad.push(`${kind}/${reason} ${recovery} ${JSON.stringify(context)}: ${message}`);
          checked++;
        }
      }
    }
    expect(bad).toEqual([]);
    expect(checked).toBe(pairs.length * RECOVERIES.length * contexts.length);
  });

  it('offers a next step for every recovery but `none`', () => {
    for (const recovery of RECOVERIES) expect(catalog.steps[recovery] === '', recovery).toBe(recovery === 'none');
  });

  it('uses the context where given and reads naturally where absent', () => {
    const full = { group: 'Team', user: 'Ann', file: 'a.png' };
    const named: string[] = [];
    const changed: string[] = [];
    for (const [kind, reason] of pairs) {
      const entry = (catalog.messages[kind] as Record<string, Entry>)[reason]!;
      if (/\{(group|user|file)\}/.test(entryText(entry))) named.push(`${kind}/${reason}`);
      const without = renderUserMessage(catalog, error(kind, reason, 'none'), {});
      const withAll = renderUserMessage(catalog, error(kind, reason, 'none'), full);
      for (const value of Object.values(full)) expect(without).not.toContain(value);
      if (withAll !== without) changed.push(`${kind}/${reason}`);
    }
    // Every entry that can name its group, person or file does so when told; the others stay as they are.
    expect(changed).toEqual(named);
    expect(named.length).toBeGreaterThan(30);
  });

  it('shows no number but the wait, so never a vendor code', () => {
    for (const [kind, reason] of pairs) {
      for (const retryAfterMs of [undefined, 200, 1000, 60_000, 3_600_000]) {
        const message = renderUserMessage(catalog, error(kind, reason, 'wait', { code: 803010, retryAfterMs }), {});
        expect(withoutWait(message), message).not.toMatch(/\d/);
      }
    }
  });
});

describe('waits', () => {
  const limited = (retryAfterMs?: number): IMError =>
    error('rate-limit', 'too-many-messages', 'wait', { retryable: true, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });

  it('say how long where the vendor documents it, in seconds or minutes', () => {
    expect(renderUserMessage(en, limited(1000))).toBe("You're sending messages too quickly. Please try again in 1 second.");
    expect(renderUserMessage(en, limited(200))).toBe("You're sending messages too quickly. Please try again in 1 second.");
    expect(renderUserMessage(en, limited(5000))).toBe("You're sending messages too quickly. Please try again in 5 seconds.");
    expect(renderUserMessage(en, limited(60_000))).toBe("You're sending messages too quickly. Please try again in 1 minute.");
    expect(renderUserMessage(en, limited(90_000))).toBe("You're sending messages too quickly. Please try again in 2 minutes.");
    expect(renderUserMessage(zhCN, limited(30_000))).toBe('消息发送太频繁了，请 30 秒后再试。');
    expect(renderUserMessage(zhCN, limited(120_000))).toBe('消息发送太频繁了，请 2 分钟后再试。');
  });

  it('read naturally when unknown, and take the app’s seconds first', () => {
    expect(renderUserMessage(en, limited())).toBe("You're sending messages too quickly. Please try again in a moment.");
    expect(renderUserMessage(zhCN, limited())).toBe('消息发送太频繁了，请稍后再试。');
    expect(renderUserMessage(en, limited(1000), { seconds: 10 })).toBe("You're sending messages too quickly. Please try again in 10 seconds.");
  });

  // Issue 13: 18,000 s read "in 300 minutes"; a NaN or negative wait read "in 1 second".
  it('use the largest unit the wait reaches, rounded up', () => {
    expect(renderUserMessage(en, limited(18_000_000))).toBe("You're sending messages too quickly. Please try again in 5 hours.");
    expect(renderUserMessage(zhCN, limited(18_000_000))).toBe('消息发送太频繁了，请 5 小时后再试。');
    expect(renderUserMessage(en, limited(3_600_000))).toBe("You're sending messages too quickly. Please try again in 1 hour.");
    expect(renderUserMessage(en, limited(5_400_000))).toBe("You're sending messages too quickly. Please try again in 2 hours.");
    expect(renderUserMessage(en, limited(3 * 86_400_000))).toBe("You're sending messages too quickly. Please try again in 3 days.");
    expect(renderUserMessage(zhCN, limited(86_400_000))).toBe('消息发送太频繁了，请 1 天后再试。');
    expect(renderUserMessage(en, limited(59_000))).toBe("You're sending messages too quickly. Please try again in 59 seconds.");
  });

  it.each([Number.NaN, -5, 0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('say "in a moment" for a wait of %s', (wait) => {
    const moment = "You're sending messages too quickly. Please try again in a moment.";
    expect(renderUserMessage(en, limited(wait))).toBe(moment);
    expect(renderUserMessage(en, limited(), { seconds: wait })).toBe(moment);
    expect(formatWait(en, wait)).toBeUndefined();
  });

  it.prop([fc.double({ min: 1e-3, max: 1e9, noNaN: true })], { numRuns: 100 })('never promise a shorter wait than the real one', (seconds) => {
    const text = formatWait(en, seconds)!;
    const [, n, unit] = /^(\d+) (second|minute|hour|day)s?$/.exec(text)!;
    const length = { second: 1, minute: 60, hour: 3_600, day: 86_400 }[unit as 'second'];
    expect(Number(n) * length).toBeGreaterThanOrEqual(seconds);
    // …and the largest unit it reaches: a smaller number would not do in the next unit up.
    if (unit !== 'day') expect(seconds).toBeLessThanOrEqual({ second: 60, minute: 3_600, hour: 86_400 }[unit as 'second']);
  });
});

// Issue 13: an unmapped, non-retryable code said "try again later".
describe('unknown errors', () => {
  it.each(['unmapped-code', 'unrecognized', 'ambiguous-vendor'] as const)('%s, which nothing can be done about, offers no retry', (reason) => {
    const unknown = error('unknown', reason, 'none', { retryable: false });
    expect(renderUserMessage(en, unknown)).toBe('Something went wrong.');
    expect(renderUserMessage(zhCN, unknown)).toBe('出了点问题。');
  });
});

describe('every mapped vendor code', () => {
  const adapters = [jmessage, tencent, easemob] as const;

  it('becomes a message without its code or the vendor’s text, on every platform, in both languages', () => {
    let checked = 0;
    for (const adapter of adapters) {
      const { codes, platforms, ranges } = adapter.mappings;
      const tables: Array<readonly [string | undefined, object]> = [[undefined, codes], ...Object.entries(platforms)];
      const numbers = tables.flatMap(([platform, table]) => Object.keys(table).map((code) => [platform, Number(code)] as const));
      numbers.push(...ranges.map(([from]) => [undefined, from] as const));
      for (const [platform, code] of numbers) {
        const raw = { code, message: 'VENDOR_TEXT_MARKER', desc: 'VENDOR_TEXT_MARKER', type: code };
        const imError = adapter.normalize(raw, { platform: platform as never });
        for (const catalog of catalogs) {
          const message = renderUserMessage(catalog, imError, { group: 'G', user: 'U', file: 'F' });
          expect(message).not.toContain('VENDOR_TEXT_MARKER');
          expect(withoutWait(message), `${adapter.vendor} ${code}: ${message}`).not.toMatch(/\d/);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('toUserMessage over any IMError', () => {
  const toUserMessage = withCatalogs([en, zhCN]);
  const locale = fc.constantFrom(undefined, 'en', 'zh-CN', 'zh_TW', 'fr', '', 'not a locale');

  it.prop([anyIMError, anyContext, locale], { numRuns: 1000 })('returns a non-empty sentence with no unfilled placeholder, and never throws', (imError, context, tag) => {
    const message = toUserMessage(imError, { locale: tag, context });
    expect(message.trim().length).toBeGreaterThan(0);
    // The same context with every known text replaced by a plain word: any template syntax left is unfilled.
    const plain = (value: unknown): string | undefined => (cleanContextText(value) === undefined ? undefined : 'Name');
    const sameShape = context === undefined ? undefined : { ...context, group: plain(context.group), user: plain(context.user), file: plain(context.file) };
    const shape = toUserMessage(imError, { locale: tag, context: sameShape });
    expect(shape).not.toMatch(/[{}[\]|]/);
    // A message that names nothing from the context is the same whatever the context's texts are.
    if (!shape.includes('Name')) expect(message).toBe(shape);
  });

  it.prop([anyIMError, fc.stringMatching(/^[A-Za-z]{12}$/), locale], { numRuns: 500 })(
    'shows nothing of the vendor text, the code or the cause',
    (imError, marker, tag) => {
      const leaky = createIMError({ ...imError.toJSON(), vendorMessage: `${marker} usersig=eJx${marker}`, cause: { secret: marker }, chain: [{ code: 123456, message: marker }] } as IMErrorInit);
      const message = toUserMessage(leaky, { locale: tag });
      expect(message).not.toContain(marker);
      expect(withoutWait(message)).not.toMatch(/\d/);
    },
  );

  it('survives values that are not what their types say', () => {
    const hostile: unknown[] = [undefined, null, 42, 'auth', {}, { kind: 'auth', reason: 'constructor' }, { kind: '__proto__' }, throwingProxy(), Object.create(null)];
    for (const value of hostile) {
      expect(toUserMessage(value as IMError)).toBe('Something went wrong.');
      expect(toUserMessage(value as IMError, throwingProxy() as never)).toBe('Something went wrong.');
      expect(toUserMessage(value as IMError, { locale: 'zh-CN', catalog: [{} as Catalog] })).toBe('Something went wrong.');
    }
  });
});

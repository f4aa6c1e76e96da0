/**
 * Catalogs: checked once when defined, complete by type. The `@ts-expect-error` lines are checked by
 * `npm run typecheck`: each must be a type error, or the type check fails.
 */
import { describe, expect, it } from 'vitest';
import { KINDS, REASONS, createIMError } from '../../../src/index.js';
import { catalogProblems, defineCatalog, extendCatalog, type CatalogSpec } from '../../../src/messages/catalog.js';
import { en } from '../../../src/messages/en.js';
import { zhCN } from '../../../src/messages/zh-CN.js';
import { renderUserMessage } from '../../../src/messages/user-message.js';

/** A spec like the English catalog's, to break one piece at a time. */
const spec: CatalogSpec = { ...en };

const kicked = createIMError({ kind: 'auth', reason: 'kicked-other-device', vendor: 'tencent', code: 1002, retryable: false, recovery: 'relogin', cause: null });

describe('the built-in catalogs (checked here, not at every app start)', () => {
  it.each([en, zhCN])('$locale passes every check defineCatalog makes, and is frozen like its catalogs', (catalog) => {
    expect(catalogProblems(catalog)).toEqual([]);
    expect(Object.isFrozen(catalog)).toBe(true);
    expect(defineCatalog(catalog)).toEqual(catalog);
  });
});

describe('defineCatalog', () => {
  it('accepts the built-in catalog and freezes what it returns', () => {
    expect(catalogProblems(spec)).toEqual([]);
    const catalog = defineCatalog(spec);
    expect(Object.isFrozen(catalog)).toBe(true);
    expect(catalog.codes).toEqual({});
  });

  it('requires, by type, an entry for every reason of every kind', () => {
    const { 'kicked-other-device': _dropped, ...auth } = en.messages.auth;
    // @ts-expect-error — auth/kicked-other-device has no wording
    const missing: CatalogSpec = { ...spec, messages: { ...en.messages, auth } };
    // @ts-expect-error — 'kicked' is not a reason of auth
    const extra: CatalogSpec = { ...spec, messages: { ...en.messages, auth: { ...en.messages.auth, kicked: 'x' } } };
    // @ts-expect-error — every recovery needs a step
    const noStep: CatalogSpec = { ...spec, steps: { retry: 'Try again.' } };
    expect(() => defineCatalog(missing)).toThrow(/auth\/kicked-other-device: no text/);
    expect([extra, noStep]).toHaveLength(2);
  });

  it('rejects, at run time too, a catalog from JSON that lacks entries or steps', () => {
    const fromJson = JSON.parse(JSON.stringify({ ...spec, messages: { auth: {} }, steps: {} })) as CatalogSpec;
    const problems = catalogProblems(fromJson);
    const reasons = KINDS.reduce((count, kind) => count + REASONS[kind].length, 0);
    expect(problems.filter((problem) => problem.endsWith(': no text') && !problem.startsWith('steps'))).toHaveLength(reasons);
    expect(problems).toContain('steps.relogin: no text');
    expect(() => defineCatalog(fromJson)).toThrow(TypeError);
  });

  it.each([
    ['a placeholder that may be unknown outside [ | ]', { 'kicked-other-device': 'Signed in on {user}' }, 'may be unknown'],
    ['an unknown placeholder', { 'kicked-other-device': 'Signed in [on {device}|elsewhere]' }, 'unknown placeholder {device}'],
    ['broken syntax', { 'kicked-other-device': 'Signed in [elsewhere' }, '[ without ]'],
    ['an entry that is empty without context', { 'kicked-other-device': '[{user}]' }, 'empty without context'],
    ['a step for a recovery that does not exist', { 'kicked-other-device': { text: 'Signed out', steps: { later: 'x' } } }, 'unknown recovery later'],
  ])('rejects %s', (_what, auth, problem) => {
    const broken = { ...spec, messages: { ...en.messages, auth: { ...en.messages.auth, ...auth } } } as CatalogSpec;
    expect(() => defineCatalog(broken)).toThrow(problem);
  });

  it('rejects a bad locale tag, duration or sentence part', () => {
    expect(catalogProblems({ ...spec, locale: 'english please' })).toContain('locale: not a BCP 47 tag');
    expect(catalogProblems({ ...spec, durations: { ...spec.durations, seconds: { one: '', other: '{n} s' } } })).toContain('durations.seconds.one: no text');
    expect(catalogProblems({ ...spec, sentence: { end: '.', join: '. ' } as never })).toContain('sentence.space: not text');
  });
});

describe('extendCatalog', () => {
  it('overrides one entry and keeps the rest', () => {
    const mine = extendCatalog(en, { messages: { auth: { 'kicked-other-device': 'You signed in somewhere else' } } });
    expect(renderUserMessage(mine, kicked)).toBe('You signed in somewhere else. Sign in again to continue.');
    expect(mine.messages.auth['token-expired']).toBe(en.messages.auth['token-expired']);
    expect(mine.locale).toBe('en');
    expect(renderUserMessage(en, kicked)).toBe("You've been signed in on another device. Sign in again to continue.");
  });

  it('overrides wording per vendor code, merged with the base catalog’s codes', () => {
    const first = extendCatalog(en, { codes: { tencent: { 1002: 'Your account is open in another window' } } });
    const second = extendCatalog(first, { codes: { tencent: { 70001: 'Your sign-in has run out' }, easemob: { 206: 'Signed in elsewhere' } } });
    expect(renderUserMessage(second, kicked)).toBe('Your account is open in another window. Sign in again to continue.');
    expect(Object.keys(second.codes.tencent ?? {}).sort()).toEqual(['1002', '70001']);
    expect(second.codes.easemob).toEqual({ 206: 'Signed in elsewhere' });
  });

  it('derives a new locale, and checks what it adds', () => {
    const enGB = extendCatalog(en, { locale: 'en-GB', steps: { 'check-config': 'Please contact our support team.' } });
    expect(enGB.locale).toBe('en-GB');
    expect(enGB.steps['check-config']).toBe('Please contact our support team.');
    expect(() => extendCatalog(en, { steps: { retry: 'Try [again' } })).toThrow('steps.retry');
  });
});

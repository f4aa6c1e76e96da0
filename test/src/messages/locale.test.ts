import { describe, expect, it } from 'vitest';
import { canonicalLocale, localeChain, resolveCatalog } from '../../../src/messages/locale.js';

const catalogs = [{ locale: 'en' }, { locale: 'zh-CN' }] as const;
const locale = (requested: string | undefined, fallbacks?: readonly string[], list: readonly { locale: string }[] = catalogs) =>
  resolveCatalog(list, requested, fallbacks, 'en')?.locale;

describe('locale resolution', () => {
  it('reads every spelling of a tag as one locale', () => {
    expect(canonicalLocale('zh_CN')).toBe('zh-cn');
    expect(locale('zh_CN')).toBe('zh-CN');
    expect(locale('ZH-cn')).toBe('zh-CN');
  });

  it('tries the tag, then its shorter forms, then the fallbacks', () => {
    expect(localeChain('zh-Hant-TW', ['zh-CN'])).toEqual(['zh-hant-tw', 'zh-hant', 'zh', 'zh-cn']);
  });

  it('falls back zh-TW → zh-CN → en', () => {
    expect(locale('zh-TW')).toBe('zh-CN');
    expect(locale('zh-TW', [], [{ locale: 'en' }])).toBe('en');
    expect(locale('zh-TW', [], [{ locale: 'en' }, { locale: 'zh-TW' }, { locale: 'zh-CN' }])).toBe('zh-TW');
  });

  it('uses a named fallback before the default', () => {
    expect(locale('fr', ['zh-CN'])).toBe('zh-CN');
    expect(locale('yue-HK', ['zh-TW', 'zh-CN'], [{ locale: 'en' }, { locale: 'zh-CN' }, { locale: 'zh-TW' }])).toBe('zh-TW');
  });

  it('ends at the default locale, then the first catalog', () => {
    expect(locale('fr')).toBe('en');
    expect(locale(undefined)).toBe('en');
    expect(resolveCatalog([{ locale: 'zh-CN' }, { locale: 'ja' }], 'fr')?.locale).toBe('zh-CN');
    expect(resolveCatalog([], 'en')).toBeUndefined();
  });

  it('prefers earlier catalogs for the same locale (an app’s own before the built-in)', () => {
    const mine = { locale: 'en', mine: true };
    expect(resolveCatalog([mine, ...catalogs], 'en-GB')).toBe(mine);
  });
});

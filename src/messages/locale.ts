/**
 * Choosing a catalog for a requested locale, along a fallback chain: the locale itself, the fallbacks the caller
 * names, the locale's shorter forms (`zh-Hant-TW` → `zh-Hant` → `zh`), any catalog of the same language
 * (`zh-TW` → `zh-CN`), and finally the default catalog (`en` where it is there).
 */

/** A catalog-like value: only its locale tag matters here. */
interface Localized {
  readonly locale: string;
}

/** A locale tag in one spelling: `zh_cn`, `ZH-CN` and `zh-CN` are the same locale. */
export function canonicalLocale(tag: string): string {
  return tag.replace(/_/g, '-').toLowerCase();
}

/** The language part of a locale tag (`zh` of `zh-TW`). */
function language(tag: string): string {
  return canonicalLocale(tag).split('-')[0] ?? '';
}

/** `zh-Hant-TW` → `['zh-hant-tw', 'zh-hant', 'zh']`. */
function shorterForms(tag: string): string[] {
  const parts = canonicalLocale(tag).split('-');
  return parts.map((_, index) => parts.slice(0, parts.length - index).join('-'));
}

/**
 * The locales tried for `requested`, in order, before the language match and the default: the locale and its shorter
 * forms, then each fallback and its shorter forms. Exported for tests and tools; canonical spellings.
 */
export function localeChain(requested: string | undefined, fallbacks: readonly string[] = []): string[] {
  const chain: string[] = [];
  for (const tag of [...(requested === undefined ? [] : [requested]), ...fallbacks]) {
    for (const form of shorterForms(tag)) if (form !== '' && !chain.includes(form)) chain.push(form);
  }
  return chain;
}

/**
 * The catalog to use for `requested`: the first of `catalogs` (earlier ones win, so an app's own catalogs go first)
 * along the chain; then one of the same language as the requested locale or a fallback; then the one for
 * `defaultLocale`; then the first. Undefined only when `catalogs` is empty.
 */
export function resolveCatalog<C extends Localized>(
  catalogs: readonly C[],
  requested: string | undefined,
  fallbacks: readonly string[] = [],
  defaultLocale: string | undefined = undefined,
): C | undefined {
  const byTag = (tag: string): C | undefined => catalogs.find((catalog) => canonicalLocale(catalog.locale) === tag);
  for (const tag of localeChain(requested, fallbacks)) {
    const found = byTag(tag);
    if (found !== undefined) return found;
  }
  for (const tag of [...(requested === undefined ? [] : [requested]), ...fallbacks]) {
    const found = catalogs.find((catalog) => language(catalog.locale) === language(tag));
    if (found !== undefined) return found;
  }
  return (defaultLocale === undefined ? undefined : byTag(canonicalLocale(defaultLocale))) ?? catalogs[0];
}

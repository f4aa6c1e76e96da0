/**
 * `toUserMessage`: an IMError in words an end user should see — the catalog's entry for the vendor code or the
 * (kind, reason), then the next step for the error's recovery. Never a vendor code, vendor text or `cause`.
 */
import type { IMError } from '../imerror.js';
import { entryStep, entryText, type Catalog, type Entry, type PluralForms } from './catalog.js';
import { contextValues, type MessageContext } from './context.js';
import { resolveCatalog } from './locale.js';
import { renderTemplate } from './template.js';

/** Options of `toUserMessage`. */
export interface UserMessageOptions {
  /** The user's locale (`'zh-CN'`, `'zh_TW'`, `'en-GB'`…); resolved along the fallback chain. */
  readonly locale?: string | undefined;
  /** What the app knows about the situation: group or user names, seconds to wait. */
  readonly context?: MessageContext | undefined;
  /** The app's own catalogs, tried before the built-in ones (an added locale, or overridden wording). */
  readonly catalog?: Catalog | readonly Catalog[] | undefined;
  /** Locales to try after `locale` and before the default, e.g. `['zh-CN']` for `zh-TW`. */
  readonly fallback?: readonly string[] | undefined;
}

/** `toUserMessage(error, options?)`: a short, polite sentence for end users. Never throws, never empty. */
export type ToUserMessage = (error: IMError, options?: UserMessageOptions) => string;

/**
 * `value[key]`, or undefined when `value` is no object or reading it throws: `safeGet` of `src/safe.ts` as it reads
 * outside `normalize` (where there is no read-once memory), without that module in the messages bundles.
 */
function read(value: unknown, key: string): unknown {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return undefined;
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** `table[key]` when it is the table's own entry (never `constructor`, `__proto__`…). */
function own<T>(table: { readonly [key: string]: T } | undefined, key: unknown): T | undefined {
  if (table === undefined || (typeof key !== 'string' && typeof key !== 'number')) return undefined;
  return Object.prototype.hasOwnProperty.call(table, String(key)) ? table[String(key)] : undefined;
}

/** The entry for an error: its vendor code's, else its (kind, reason)'s, else the catalog's "unrecognized". */
function entryFor(catalog: Catalog, error: unknown): Entry {
  const byCode = own(own(catalog.codes, read(error, 'vendor')), read(error, 'code'));
  const byReason = own(own<{ readonly [reason: string]: Entry }>(catalog.messages, read(error, 'kind')), read(error, 'reason'));
  return byCode ?? byReason ?? catalog.messages.unknown.unrecognized;
}

function plural(forms: PluralForms, n: number): string {
  return renderTemplate(n === 1 ? forms.one : forms.other, { n: String(n) });
}

/** The units of a wait, largest first, with their length in seconds. */
const UNITS = [
  ['days', 86_400],
  ['hours', 3_600],
  ['minutes', 60],
] as const;

/**
 * A wait in the catalog's words, in the largest unit it reaches, rounded up (never a shorter wait than the real one):
 * 18,000 s → 5 hours, 90 s → 2 minutes, 59 s → 59 seconds. Undefined for a wait that is not a positive finite
 * number, so that the template says "in a moment" rather than "in 1 second".
 */
export function formatWait(catalog: Catalog, seconds: number): string | undefined {
  if (!Number.isFinite(seconds) || seconds <= 0) return undefined;
  const whole = Math.ceil(seconds);
  const unit = UNITS.find(([, length]) => whole >= length);
  return unit === undefined ? plural(catalog.durations.seconds, whole) : plural(catalog.durations[unit[0]], Math.ceil(whole / unit[1]));
}

/** Characters that end a sentence, in the scripts the catalogs use. */
const SENTENCE_END = /[.!?…。！？]$/;

/** The situation and the next step as one message, punctuated as the catalog says. */
function compose(catalog: Catalog, what: string, step: string): string {
  const text = what.trim();
  const next = step.trim();
  const ended = SENTENCE_END.test(text);
  const { end, join, space } = catalog.sentence;
  if (next === '') return ended ? text : `${text}${end}`;
  return `${text}${ended ? space : join}${next}`;
}

/** The user message for `error` in one catalog. Never throws for a checked catalog, whatever `error` is. */
export function renderUserMessage(catalog: Catalog, error: IMError, context?: MessageContext): string {
  try {
    const entry = entryFor(catalog, error);
    const recovery = read(error, 'recovery');
    const step = (typeof recovery === 'string' ? (entryStep(entry, recovery as never) ?? own(catalog.steps, recovery)) : undefined) ?? '';
    const values = contextValues(context, read(error, 'retryAfterMs'), (seconds) => formatWait(catalog, seconds));
    return compose(catalog, renderTemplate(entryText(entry), values), renderTemplate(step, values));
  } catch {
    // Only a hand-made, unchecked catalog can get here: say what the catalog says for an unrecognised error.
    return compose(catalog, renderTemplate(entryText(catalog.messages.unknown.unrecognized), {}), '');
  }
}

/**
 * A `toUserMessage` over built-in catalogs: the call's own catalogs are tried first, then these; `defaultLocale`
 * (else the first built-in's) is the end of every fallback chain.
 */
export function withCatalogs(builtIn: readonly [Catalog, ...Catalog[]], defaultLocale?: string): ToUserMessage {
  const fallbackLocale = defaultLocale ?? builtIn[0].locale;
  return (error, options) => {
    try {
      const given = read(options, 'catalog');
      const mine = (Array.isArray(given) ? given : given === undefined || given === null ? [] : [given]) as readonly Catalog[];
      const locale = read(options, 'locale');
      const fallback = read(options, 'fallback');
      const catalog =
        resolveCatalog(
          [...mine, ...builtIn],
          typeof locale === 'string' ? locale : mine[0]?.locale,
          Array.isArray(fallback) ? fallback.filter((tag): tag is string => typeof tag === 'string') : [],
          fallbackLocale,
        ) ?? builtIn[0];
      return renderUserMessage(catalog, error, read(options, 'context') as MessageContext | undefined);
    } catch {
      // Options that are not what their type says (a catalog that is not one, a throwing Proxy): the default catalog.
      return renderUserMessage(builtIn[0], error);
    }
  };
}

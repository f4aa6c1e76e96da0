/**
 * Message catalogs: for one locale, the wording of every (kind, reason), the next step for every recovery, and
 * optional wording for single vendor codes. A catalog is data; {@link defineCatalog} checks it once.
 */
import { KINDS, REASONS, RECOVERIES, type Kind, type ReasonOf, type Recovery, type Vendor } from '../taxonomy.js';
import { PLACEHOLDERS } from './context.js';
import { renderTemplate, templateProblems, type Template } from './template.js';


/** Next steps that replace the catalog's {@link Steps} for some recoveries, for one entry; `''` for none. */
export type StepOverrides = { readonly [R in Recovery]?: Template };

/**
 * What one (kind, reason) — or one vendor code — says: the situation, written without a final full stop
 * (`'You've been signed in on another device'`), optionally with its own next steps. The next step for the error's
 * `recovery` is added after it, from `steps` here or else from the catalog's {@link Steps}.
 */
export type Entry = Template | { readonly text: Template; readonly steps?: StepOverrides };

/** The entries of one kind: one for each of its reasons. */
export type KindMessages<K extends Kind> = { readonly [R in ReasonOf<K>]: Entry };

/** An entry for every reason of every kind. Adding a reason to the taxonomy makes every catalog fail to compile. */
export type CatalogMessages = { readonly [K in Kind]: KindMessages<K> };

/** The next step a user is offered for each recovery (`'Sign in again to continue.'`); `''` when there is none. */
export type Steps = { readonly [R in Recovery]: Template };

/** Wording for single vendor codes, e.g. `{ tencent: { 70001: 'Your session has expired' } }`; wins over the kind/reason entry. */
export type CodeMessages = { readonly [V in Vendor]?: { readonly [code: string]: Entry } };

/** A count in words: `one` when the count is 1, else `other`; `{n}` is the number. */
export interface PluralForms {
  readonly one: Template;
  readonly other: Template;
}

/**
 * How a waiting time is written (`{wait}` in templates), in the largest unit it reaches, rounded up: seconds under a
 * minute, minutes under an hour, hours under a day, else days (18,000 s is 5 hours, 90 s is 2 minutes).
 */
export interface Durations {
  readonly seconds: PluralForms;
  readonly minutes: PluralForms;
  readonly hours: PluralForms;
  readonly days: PluralForms;
}

/**
 * How the situation and the next step become one message: `text + end` alone, `text + join + step` with a step.
 * When the text already ends a sentence (`.`, `?`, `。`…), `space` is used in place of `end` / `join`.
 */
export interface Sentence {
  readonly end: string;
  readonly join: string;
  readonly space: string;
}

/** Everything a catalog holds, as written. */
export interface CatalogSpec {
  /** A BCP 47 tag: `'en'`, `'zh-CN'`, `'zh-TW'`. */
  readonly locale: string;
  readonly messages: CatalogMessages;
  readonly steps: Steps;
  readonly codes?: CodeMessages;
  readonly durations: Durations;
  readonly sentence: Sentence;
}

declare const checked: unique symbol;

/** A checked catalog, made by {@link defineCatalog} or {@link extendCatalog}. */
export interface Catalog extends CatalogSpec {
  readonly codes: CodeMessages;
  /** Marks catalogs whose templates have been checked. */
  readonly [checked]: true;
}

/** Changes to a catalog: any entry, step or code, and a new locale tag for a catalog derived from another. */
export interface CatalogOverrides {
  readonly locale?: string;
  readonly messages?: { readonly [K in Kind]?: { readonly [R in ReasonOf<K>]?: Entry } };
  readonly steps?: { readonly [R in Recovery]?: Template };
  readonly codes?: CodeMessages;
  readonly durations?: Partial<Durations>;
  readonly sentence?: Partial<Sentence>;
}

/** The text of an entry. */
export function entryText(entry: Entry): Template {
  return typeof entry === 'string' ? entry : entry.text;
}

/** The entry's own next step for a recovery, if it has one. */
export function entryStep(entry: Entry, recovery: Recovery): Template | undefined {
  return typeof entry === 'string' ? undefined : entry.steps?.[recovery];
}

function isTemplate(value: unknown): value is Template {
  return typeof value === 'string';
}

/** Problems with one entry: not text, empty without context, or a bad template. */
function entryProblems(where: string, entry: unknown): string[] {
  const text: unknown = typeof entry === 'object' && entry !== null ? (entry as { text?: unknown }).text : entry;
  if (!isTemplate(text)) return [`${where}: no text`];
  const problems = templateProblems(text, PLACEHOLDERS).map((problem) => `${where}: ${problem}`);
  if (renderTemplate(text, {}).trim() === '') problems.push(`${where}: empty without context`);
  const steps: unknown = typeof entry === 'object' && entry !== null ? (entry as { steps?: unknown }).steps : undefined;
  if (steps !== undefined) {
    for (const [recovery, step] of Object.entries(steps as object)) {
      if (!(RECOVERIES as readonly string[]).includes(recovery)) problems.push(`${where}: step for unknown recovery ${recovery}`);
      else if (!isTemplate(step)) problems.push(`${where}: step ${recovery} is not text`);
      else problems.push(...templateProblems(step, PLACEHOLDERS).map((problem) => `${where} step ${recovery}: ${problem}`));
    }
  }
  return problems;
}

/** Everything wrong with a catalog as written (also for catalogs from JSON, which the compiler never saw). */
export function catalogProblems(spec: CatalogSpec): string[] {
  const problems: string[] = [];
  if (typeof spec.locale !== 'string' || !/^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$/.test(spec.locale)) problems.push('locale: not a BCP 47 tag');
  for (const kind of KINDS) {
    const entries = spec.messages?.[kind] as { readonly [reason: string]: unknown } | undefined;
    for (const reason of REASONS[kind]) problems.push(...entryProblems(`${kind}/${reason}`, entries?.[reason]));
  }
  for (const recovery of RECOVERIES) {
    const step: unknown = spec.steps?.[recovery];
    if (!isTemplate(step)) problems.push(`steps.${recovery}: no text`);
    else problems.push(...templateProblems(step, PLACEHOLDERS).map((problem) => `steps.${recovery}: ${problem}`));
  }
  for (const [vendor, codes] of Object.entries(spec.codes ?? {})) {
    for (const [code, entry] of Object.entries(codes ?? {})) problems.push(...entryProblems(`codes.${vendor}.${code}`, entry));
  }
  for (const unit of ['seconds', 'minutes', 'hours', 'days'] as const) {
    for (const form of ['one', 'other'] as const) {
      const template: unknown = spec.durations?.[unit]?.[form];
      if (!isTemplate(template) || template === '') problems.push(`durations.${unit}.${form}: no text`);
      else problems.push(...templateProblems(template, ['n'], ['n']).map((problem) => `durations.${unit}.${form}: ${problem}`));
    }
  }
  for (const part of ['end', 'join', 'space'] as const) {
    if (typeof spec.sentence?.[part] !== 'string') problems.push(`sentence.${part}: not text`);
  }
  return problems;
}

/**
 * Checks a catalog and returns it, frozen. Throws a `TypeError` listing the problems when a template is malformed,
 * names an unknown placeholder, leaves a maybe-unknown placeholder outside `[ | ]`, or is empty without context —
 * so that {@link Catalog}s always render.
 *
 * @example
 * ```ts
 * const fr = defineCatalog({ locale: 'fr', kinds: { network: 'Pas de connexion.', … }, … });
 * toUserMessage(err, { locale: 'fr', catalogs: [fr] });
 * ```
 */
export function defineCatalog(spec: CatalogSpec): Catalog {
  const problems = catalogProblems(spec);
  if (problems.length > 0) {
    const shown = problems.slice(0, 10).join('; ');
    throw new TypeError(`im-errors: catalog ${String(spec.locale)}: ${shown}${problems.length > 10 ? ` (+${problems.length - 10} more)` : ''}`);
  }
  return builtInCatalog(spec);
}

/**
 * A catalog that ships with im-errors (`en`, `zh-CN`), frozen as {@link defineCatalog} freezes it but checked by the
 * test suite (`test/src/messages/catalog.test.ts`) instead of at every app start: an app that uses only built-in
 * catalogs does not ship the checker (a fifth of `im-errors/messages/en`, gzipped). Not for catalogs written
 * elsewhere: those go through {@link defineCatalog}.
 */
export function builtInCatalog(spec: CatalogSpec): Catalog {
  return Object.freeze({ ...spec, codes: spec.codes ?? {} }) as Catalog;
}

/**
 * A catalog like `base` with some entries, steps or vendor codes replaced — for an app's own wording, or a new
 * locale derived from an existing one (`extendCatalog(zhCN, { locale: 'zh-TW', messages: … })`).
 *
 * @example
 * ```ts
 * const ours = extendCatalog(en, { messages: { 'auth/token-expired': 'Please sign in again.' } });
 * toUserMessage(err, { catalogs: [ours] });
 * ```
 */
export function extendCatalog(base: Catalog, overrides: CatalogOverrides): Catalog {
  const messages = Object.fromEntries(
    KINDS.map((kind) => [kind, { ...base.messages[kind], ...overrides.messages?.[kind] }]),
  ) as unknown as CatalogMessages;
  const vendors = new Set([...Object.keys(base.codes), ...Object.keys(overrides.codes ?? {})]) as Set<Vendor>;
  const codes: CodeMessages = Object.fromEntries(
    [...vendors].map((vendor) => [vendor, { ...base.codes[vendor], ...overrides.codes?.[vendor] }]),
  );
  return defineCatalog({
    locale: overrides.locale ?? base.locale,
    messages,
    steps: { ...base.steps, ...overrides.steps },
    codes,
    durations: { ...base.durations, ...overrides.durations },
    sentence: { ...base.sentence, ...overrides.sentence },
  });
}

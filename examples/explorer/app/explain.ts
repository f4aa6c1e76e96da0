/** The explorer's answer for one state of the form: the IMError, its documented meaning, the words users read. */
import type { IMError } from 'im-errors';
import { RECOVERY_MEANINGS, describeCode, descriptionsOf, retryableText, type Described } from 'im-errors/descriptions';
import { toDeveloperMessage, toUserMessage } from 'im-errors/messages';
import { readInput, type ReadInput } from './read-input.js';
import { vendorChoice } from './vendors.js';

/** The message languages the explorer offers, with their names as the language select shows them. */
export const LOCALES = [
  { id: 'en', label: 'English' },
  { id: 'zh-CN', label: '简体中文' },
] as const;

/** A message language. */
export type Locale = (typeof LOCALES)[number]['id'];

/** The form's state. */
export interface ExplorerQuery {
  /** A vendor choice id (`detect`, `tencent`…). */
  readonly vendor: string;
  readonly text: string;
  /** A platform of the chosen vendor, or `default`. */
  readonly platform: string;
  readonly locale: Locale;
}

/** What the result panel shows. */
export interface Explained {
  readonly reading: ReadInput;
  readonly error: IMError;
  /** `yes`, `yes, after 1000 ms` or `no`. */
  readonly retryable: string;
  /** What the recovery asks of the app, in one line. */
  readonly recoveryMeaning: string;
  /** The vendor's error chain as codes, outermost first (`1 › -2`); empty for a single error. */
  readonly chain: string;
  /** The user message in the chosen language, then in the other. */
  readonly userMessages: readonly [{ readonly locale: Locale; readonly text: string }, { readonly locale: Locale; readonly text: string }];
  readonly developerMessage: string;
  /** What the vendor's documents and SDK tables say of the reported code on the platform read. */
  readonly documented: readonly Described[];
}

/** An IMError's code as a number, when it is one (`70001`, `'-2'`); platform codes such as `ECONNRESET` are not. */
function numericCode(code: IMError['code']): number | undefined {
  if (typeof code === 'number') return code;
  return code !== undefined && /^-?\d+$/.test(code) ? Number(code) : undefined;
}

/** The documented meanings of the error's code, from its vendor's descriptions. */
function documentedFor(error: IMError): Described[] {
  const descriptions = descriptionsOf(error.vendor);
  const code = numericCode(error.code);
  return descriptions === undefined || code === undefined ? [] : describeCode(descriptions, code, error.platform);
}

/** Explains the form's input; undefined while it is empty. Never throws (the library's calls are total). */
export function explain(query: ExplorerQuery): Explained | undefined {
  const reading = readInput(query.text);
  if (reading.form === 'empty') return undefined;
  const platform = query.platform === 'default' ? undefined : query.platform;
  const error = vendorChoice(query.vendor).normalize(reading.value, platform);
  const other: Locale = query.locale === 'en' ? 'zh-CN' : 'en';
  return {
    reading,
    error,
    retryable: retryableText(error.retryable, error.retryAfterMs),
    recoveryMeaning: RECOVERY_MEANINGS[error.recovery],
    chain: error.chain.length > 1 ? error.chain.map((link) => String(link.code ?? '?')).join(' › ') : '',
    userMessages: [
      { locale: query.locale, text: toUserMessage(error, { locale: query.locale }) },
      { locale: other, text: toUserMessage(error, { locale: other }) },
    ],
    developerMessage: toDeveloperMessage(error),
    documented: documentedFor(error),
  };
}

/**
 * How the demo prints a step: for each distinct failure, the raw vendor error, the IMError and the message a user
 * sees in English and Chinese; then what the retry policy did, call by call; then how the step ended.
 */
import { redact, treatmentOf, type GiveUpReason, type IMError, type MethodTable, type MethodTreatment } from '../../src/index.js';
import { toUserMessage } from '../../src/messages/index.js';
import type { JournalEntry } from './journal.js';

/** The locales every failure is shown in. */
export const LOCALES = ['en', 'zh-CN'] as const;

/** Why a call stopped being retried, in words. */
const GIVE_UP: { readonly [R in GiveUpReason]: string } = {
  'not-retryable': 'sending it again unchanged cannot succeed',
  'max-attempts': 'no attempts left',
  'rule-max-retries': "the rule's retries are used up",
  deadline: 'the next wait would pass the deadline',
  'retry-after-too-long': "the vendor's wait is longer than a call should hang",
  cancelled: 'the caller cancelled',
  'budget-exhausted': 'the retry budget is empty',
  'refresh-failed': 'the credentials could not be refreshed',
  'circuit-open': 'the circuit breaker is open',
  'not-idempotent': 'an attempt timed out and the call may not be repeated',
};

/** What `wrapClient` does with a method, in words. */
const TREATMENT: { readonly [T in MethodTreatment]: string } = {
  retry: 'retried per the policy',
  once: 'called once, never retried',
  normalize: 'not in the table: called once, failures normalized',
  passthrough: 'passed through untouched',
};

/** How `wrapClient` treats `method` under `table`, e.g. `getConversationList: idempotent → retried per the policy`. */
export function treatment(table: MethodTable, method: string): string {
  const safety = Object.prototype.hasOwnProperty.call(table, method) ? table[method] : undefined;
  return `${safety ?? 'unlisted'} → ${TREATMENT[treatmentOf(table, method)]}`;
}

/** A labelled line; later lines of the same block pass an empty label. */
function line(label: string, text: string): string {
  return `  ${label.padEnd(9)} ${text}`;
}

/** A raw vendor value as it arrived (an `Error` with its own fields, or JSON), with any credential redacted. */
export function showRaw(value: unknown): string {
  if (value instanceof Error) {
    return redact(`${value.name} ${JSON.stringify({ ...value, message: value.message })}`);
  }
  return value === undefined ? 'undefined' : redact(JSON.stringify(value) ?? String(value));
}

/** An IMError's fields on one line: kind/reason, where it came from, whether to retry, what to do. */
export function showError(error: IMError): string {
  const platform = error.platform === undefined ? '' : `/${error.platform}`;
  const source = `${error.vendor}${platform} ${error.code === undefined ? 'no code' : `code ${String(error.code)}`}`;
  const retry = error.retryable ? `retryable${error.retryAfterMs === undefined ? '' : ` after ${error.retryAfterMs} ms`}` : 'not retryable';
  const chain = error.chain.length > 1 ? ` · chain ${error.chain.map((link) => String(link.code ?? '?')).join(' > ')}` : '';
  return `${error.kind}/${error.reason} · ${source} · ${retry} · recovery ${error.recovery}${chain}`;
}

/** The block printed once per distinct failure: raw, IMError, and the user's message in each locale. */
export function showFailure(error: IMError): string[] {
  return [
    line('raw', showRaw(error.cause)),
    line('IMError', showError(error)),
    ...LOCALES.map((locale) => line(locale, toUserMessage(error, { locale }))),
  ];
}

/** Every IMError a step's entries hold (each failed attempt, each event), the same failure listed once. */
export function failuresOf(entries: readonly JournalEntry[]): IMError[] {
  const all = entries.flatMap((entry) => {
    if (entry.type === 'event') return [entry.error];
    if (entry.type === 'settled') return entry.history.attempts.flatMap((attempt) => (attempt.error === undefined ? [] : [attempt.error]));
    return [];
  });
  const key = (error: IMError): string => [error.vendor, error.platform, String(error.code), error.kind, error.reason].join(' ');
  return all.filter((error, index) => all.findIndex((other) => key(other) === key(error)) === index);
}

/** One journal entry as a line of the retry story; undefined for a call that succeeded at once (nothing to tell). */
function retryLine(entry: JournalEntry): string | undefined {
  switch (entry.type) {
    case 'retry': {
      const { error, attempt, delayMs } = entry;
      const floor = error.retryAfterMs === undefined ? '' : ` (the vendor's ${error.retryAfterMs} ms window is the floor)`;
      return `attempt ${attempt} failed (${error.kind}/${error.reason}) → retry in ${Math.round(delayMs)} ms${floor}`;
    }
    case 'note':
      return entry.text; // told under the retry it came before, by showRetries
    case 'event':
      return `none: an SDK event, not a call — nothing to retry`;
    case 'settled': {
      const { error, history } = entry;
      const attempts = history.attempts.length;
      if (error === undefined) {
        return attempts === 1 ? undefined : `attempt ${attempts} succeeded (${Math.round(history.totalDelayMs)} ms waited in all)`;
      }
      const reason = history.gaveUp ?? 'max-attempts';
      return `attempt ${attempts} failed (${error.kind}/${error.reason}) → gave up: ${reason} — ${GIVE_UP[reason]}`;
    }
  }
}

/**
 * The retry story of a step, one call after another (numbered when there are several). What the app did before a
 * retry (a credential refresh) is told under that retry's line.
 */
export function showRetries(entries: readonly JournalEntry[]): string[] {
  const calls: string[][] = [[]];
  let notes: string[] = [];
  for (const entry of entries) {
    const call = calls[calls.length - 1] ?? [];
    if (entry.type === 'note') {
      notes.push(`  ↳ first ${entry.text}`);
      continue;
    }
    const text = retryLine(entry);
    if (text !== undefined) call.push(text);
    if (entry.type === 'retry') {
      call.push(...notes);
      notes = [];
    }
    if (entry.type === 'settled' || entry.type === 'event') {
      call.push(...notes);
      notes = [];
      calls.push([]);
    }
  }
  calls[calls.length - 1]?.push(...notes);
  const told = calls.filter((lines) => lines.length > 0);
  return told.flatMap((lines, index) => {
    const prefix = told.length > 1 ? `call ${index + 1}: ` : '';
    return lines.map((text, at) => line(index === 0 && at === 0 ? 'retry' : '', `${at === 0 ? prefix : ' '.repeat(prefix.length)}${text}`));
  });
}

/** A step of the demo as printed. */
export interface StepView {
  readonly number: number;
  readonly title: string;
  /** The call as the app writes it, and how the wrapper treats it. */
  readonly call: string;
  readonly entries: readonly JournalEntry[];
  /** How the step ended, for the app and its user. */
  readonly outcome: string;
}

/** The lines printed for one step. */
export function showStep(step: StepView): string[] {
  return [
    `▸ ${step.number}. ${step.title}`,
    line('call', step.call),
    ...failuresOf(step.entries).flatMap(showFailure),
    ...showRetries(step.entries),
    line('outcome', step.outcome),
  ];
}

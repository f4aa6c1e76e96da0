/**
 * What an app may tell a message about the situation (a group's name, who the other person is, how long to wait),
 * and how those values become template values.
 */
import type { TemplateValues } from './template.js';

/** Context for a user message. Every value is optional: messages read naturally without it. */
export interface MessageContext {
  /** The group's display name, e.g. `'Book Club'`. */
  readonly group?: string | undefined;
  /** The other person's display name (friend, recipient, user looked up). */
  readonly user?: string | undefined;
  /** The file's name, for upload and download failures. */
  readonly file?: string | undefined;
  /** Seconds to wait before trying again; defaults to the error's `retryAfterMs`. */
  readonly seconds?: number | undefined;
}

/** The placeholders a message template may use: the context's names, with `wait` for the formatted wait. */
export const PLACEHOLDERS = ['group', 'user', 'file', 'wait'] as const;

/** Longest context value shown; longer names are cut and end with an ellipsis. */
export const MAX_CONTEXT_TEXT = 40;

/** A context text as shown: one line, trimmed, at most {@link MAX_CONTEXT_TEXT} characters; undefined if empty or not text. */
export function cleanContextText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Control characters and line breaks would break a one-line toast; runs of whitespace read as one space. Only the
  // start of a long value is looked at.
  const text = value.slice(0, MAX_CONTEXT_TEXT * 4).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g, ' ').trim();
  if (text === '') return undefined;
  const chars = Array.from(text); // by code point, so a cut never splits an emoji's surrogate pair
  return chars.length > MAX_CONTEXT_TEXT ? `${chars.slice(0, MAX_CONTEXT_TEXT).join('').trimEnd()}…` : text;
}

/** Whole seconds to wait, rounded up (at least 1), from the context or else from `retryAfterMs`; undefined if neither. */
export function waitSeconds(seconds: unknown, retryAfterMs: unknown): number | undefined {
  if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0) return Math.ceil(seconds);
  if (typeof retryAfterMs === 'number' && Number.isFinite(retryAfterMs) && retryAfterMs > 0) return Math.ceil(retryAfterMs / 1000);
  return undefined;
}

/** Reads one property of a value the caller typed as a context but may be anything; never throws. */
function read(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** The template values for a context: cleaned texts, and `wait` formatted by `formatWait` when a wait is known. */
export function contextValues(
  context: MessageContext | undefined,
  retryAfterMs: unknown,
  formatWait: (seconds: number) => string | undefined,
): TemplateValues {
  const seconds = waitSeconds(read(context, 'seconds'), retryAfterMs);
  return {
    group: cleanContextText(read(context, 'group')),
    user: cleanContextText(read(context, 'user')),
    file: cleanContextText(read(context, 'file')),
    wait: seconds === undefined ? undefined : formatWait(seconds),
  };
}

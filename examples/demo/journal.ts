/**
 * What happened during one step of the demo, in order: the retry runtime's hooks (each retry, each call's end with
 * its history), the app's own notes (a credential refresh), and failures that arrived as SDK events.
 */
import type { IMError, RetryHistory, RetryHooks } from '../../src/index.js';

/** One thing the journal heard. */
export type JournalEntry =
  /** `onRetry`: attempt `attempt` failed with `error`; the next one comes after `delayMs`. */
  | { readonly type: 'retry'; readonly error: IMError; readonly attempt: number; readonly delayMs: number }
  /** `onSuccess` / `onGiveUp`: a call ended; `error` is what it rejected with (undefined: it succeeded). */
  | { readonly type: 'settled'; readonly error: IMError | undefined; readonly history: RetryHistory }
  /** A failure reported by an SDK event through `subscribeErrors`. */
  | { readonly type: 'event'; readonly error: IMError }
  /** Something the app did between attempts (refreshing credentials). */
  | { readonly type: 'note'; readonly text: string };

/** A journal: hooks to pass to `wrapClient`, and what they recorded since the last {@link Journal.take}. */
export interface Journal {
  readonly hooks: Required<RetryHooks>;
  readonly event: (error: IMError) => void;
  readonly note: (text: string) => void;
  /** The entries recorded since the last call, oldest first; the journal is then empty. */
  readonly take: () => JournalEntry[];
}

/** A new, empty journal. */
export function createJournal(): Journal {
  let entries: JournalEntry[] = [];
  const record = (entry: JournalEntry): void => {
    entries.push(entry);
  };
  return {
    hooks: {
      onRetry: (error, attempt, delayMs) => record({ type: 'retry', error, attempt, delayMs }),
      onSuccess: (history) => record({ type: 'settled', error: undefined, history }),
      onGiveUp: (error, history) => record({ type: 'settled', error, history }),
    },
    event: (error) => record({ type: 'event', error }),
    note: (text) => record({ type: 'note', text }),
    take: () => {
      const taken = entries;
      entries = [];
      return taken;
    },
  };
}

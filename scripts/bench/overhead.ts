/**
 * Success-path overhead: what wrapping a call that succeeds costs, for im-errors' entry points and its peers, around
 * the same `async () => value`, measured by `runRounds`; each sample awaits a batch of calls in a row.
 */
import { ExponentialBackoff, handleAll, retry } from 'cockatiel';
import pRetry from 'p-retry';
import { tencent } from '../../adapters/tencent/index.js';
import { withRetry, wrap, wrapClient } from '../../src/index.js';
import { runRounds, type RoundRow, type RoundSettings } from './rounds.js';

/** One wrapped call measured. */
export interface OverheadSubject {
  readonly name: string;
  /** The call as written, for the report. */
  readonly code: string;
  /** Builds the call once (wrappers, policies); the returned function is what is timed. */
  readonly make: () => () => Promise<unknown>;
}

/** How long to measure. */
export interface OverheadSettings extends RoundSettings {
  /** Calls awaited per sample. */
  readonly batch: number;
}

/** The operation every subject wraps: an async function that succeeds at once. */
const value = { ok: true } as const;
const operation = async (): Promise<typeof value> => value;

/** The subjects, bare first (the ratios are to it). */
export const SUBJECTS: readonly OverheadSubject[] = [
  { name: 'bare call', code: 'await op()', make: () => operation },
  {
    name: 'im-errors withRetry',
    code: 'await withRetry(op, { normalizer: tencent })',
    make: () => {
      const options = { normalizer: tencent };
      return () => withRetry(operation, options);
    },
  },
  {
    name: 'im-errors wrap',
    code: 'const call = wrap(op, { normalizer: tencent }); await call()',
    make: () => wrap(operation, { normalizer: tencent }),
  },
  {
    name: 'im-errors wrapClient',
    code: 'const chat = wrapClient({ getMessageList: op }, { normalizer: tencent }); await chat.getMessageList()',
    make: () => {
      const chat = wrapClient({ getMessageList: operation }, { normalizer: tencent });
      return () => chat.getMessageList();
    },
  },
  { name: 'p-retry', code: 'await pRetry(op)', make: () => () => pRetry(operation) },
  {
    name: 'cockatiel retry',
    code: 'await retry(handleAll, { maxAttempts: 3, backoff: new ExponentialBackoff() }).execute(op)',
    make: () => {
      const policy = retry(handleAll, { maxAttempts: 3, backoff: new ExponentialBackoff() });
      return () => policy.execute(operation);
    },
  },
];

/**
 * Measures every subject, `rounds` times over, in one process. The first subject is the bare call: each round's
 * ratios are to the bare call of the same round. Each sample awaits `batch` calls in a row.
 */
export async function runOverhead(settings: OverheadSettings, subjects: readonly OverheadSubject[] = SUBJECTS): Promise<RoundRow[]> {
  const tasks = subjects.map(({ name, code, make }) => {
    const call = make();
    return {
      name,
      code,
      sample: async () => {
        for (let i = 0; i < settings.batch; i++) await call();
      },
    };
  });
  return runRounds(settings, tasks, settings.batch);
}

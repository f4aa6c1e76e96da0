/** What a retry strategy under test is: a factory of one client's retrying caller. */
import type { Clock } from '../../../src/index.js';
import type { Random } from './random.js';

/** What a client's caller may use: the virtual clock, the jitter stream, and a tally for why calls gave up. */
export interface ContenderEnv {
  readonly clock: Clock;
  readonly random: Random;
  /** Counts one occurrence of `label` (e.g. why a call stopped retrying), for the report. */
  readonly tally: (label: string) => void;
}

/** One client's way of making a call with retries. */
export type RetryingCall = (operation: () => Promise<unknown>) => Promise<unknown>;

/** A retry strategy under test. */
export interface Contender {
  readonly name: string;
  /** Its settings, for the report. */
  readonly settings: string;
  /** True for the peers im-errors is measured against ("best peer"); false for im-errors and the baseline. */
  readonly peer: boolean;
  /** Makes one client's caller. */
  readonly forClient: (env: ContenderEnv) => RetryingCall;
}

/** The shape of the demo's script: acts (one simulated SDK each) made of steps (one scripted fault each). */
import type { Clock } from '../../src/index.js';
import type { Journal } from './journal.js';

/** What every act shares: virtual time, seeded jitter, and the journal the retry hooks write to. */
export interface DemoEnv {
  readonly clock: Clock;
  readonly random: () => number;
  readonly journal: Journal;
}

/** One scripted moment of the session. */
export interface Step {
  readonly title: string;
  /** The call as the app writes it, and how the wrapper treats it (see `treatment`). */
  readonly call: string;
  /** Makes the call(s); resolves with how the step ended for the app and its user. Never rejects. */
  readonly run: () => Promise<string>;
}

/** One simulated SDK, wrapped as an app would wrap it, and the steps played against it. */
export interface Act {
  readonly title: string;
  readonly steps: readonly Step[];
}

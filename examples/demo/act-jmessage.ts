/**
 * Act 3, JMessage (web SDK `JIM`, whose calls return `.onSuccess().onFail()` chains): a send refused by the
 * 60-messages-a-minute limit is sent again once the vendor's window has passed.
 */
import { jmessage, jmessageMethods, wrapJIM } from '../../adapters/jmessage/index.js';
import { DEFAULT_RETRY_POLICY, createRetryBudget, type RetryPolicy } from '../../src/index.js';
import type { Act, DemoEnv } from './act.js';
import { FaultSchedule } from './sdk/faults.js';
import { SimulatedJIM } from './sdk/jmessage.js';

/**
 * Sends are never retried by default (after a lost answer a second call may deliver twice). A rate-limited send,
 * though, was refused before delivery, so it may go again after the window: this policy retries rate limits and
 * nothing else.
 */
export const RATE_LIMITED_SENDS: RetryPolicy = {
  ...DEFAULT_RETRY_POLICY,
  rules: DEFAULT_RETRY_POLICY.rules.filter((rule) => rule.when.kind === 'rate-limit'),
  otherwise: 'never',
};

/** Builds the act: the fault schedule, the simulated `JIM` and the app's sender. */
export function jmessageAct({ clock, random, journal }: DemoEnv): Act {
  const faults = new FaultSchedule().queue('sendSingleMsg', { rejects: { code: 803010, message: 'beyond the frequency limit' } });
  const sdk = new SimulatedJIM(faults);
  const methods = { sendSingleMsg: 'idempotent' } as const; // repeatable under RATE_LIMITED_SENDS only
  const sender = wrapJIM(sdk, {
    normalizer: jmessage,
    clock,
    random,
    budget: createRetryBudget(),
    ...journal.hooks,
    methods,
    policy: RATE_LIMITED_SENDS,
  });

  return {
    title: 'JMessage · web SDK (JIM chains), wrapped with wrapJIM(JIM, { normalizer: jmessage })',
    steps: [
      {
        title: 'Carol sends her 61st message within a minute',
        call:
          "sender.sendSingleMsg({ target_username: 'dave', content: '…' })  " +
          `[${jmessageMethods.sendSingleMsg ?? 'unlisted'} in jmessage.methods; this sender: ${methods.sendSingleMsg} under RATE_LIMITED_SENDS → only rate limits retried]`,
        run: async () => {
          const sent = await sender.sendSingleMsg({ target_username: 'dave', content: 'see you at 8' });
          return `sent as msg_id ${sent.msg_id} once the window had passed; the user only saw it arrive late`;
        },
      },
    ],
  };
}

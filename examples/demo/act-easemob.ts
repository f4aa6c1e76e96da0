/**
 * Act 2, Easemob (web SDK): a login failure wrapping the dead request underneath, then an outage in which the retry
 * budget stops retrying so the struggling server sees each read about once.
 */
import { easemob, easemobMethods } from '../../adapters/easemob/index.js';
import { DEFAULT_RETRY_POLICY, createRetryBudget, wrapClient } from '../../src/index.js';
import type { Act, DemoEnv } from './act.js';
import { treatment } from './report.js';
import { SimulatedEasemobConnection } from './sdk/easemob.js';
import { FaultSchedule } from './sdk/faults.js';

/** Reads the app makes during the outage (the user scrolls back, the app polls). */
const OUTAGE_READS = 5;

/** Builds the act: the fault schedule, the simulated connection and the app's wrapped client. */
export function easemobAct({ clock, random, journal }: DemoEnv): Act {
  const faults = new FaultSchedule().queue('open', {
    rejects: { type: 1, message: 'login failed', data: { type: -2, message: 'Request Unknow Error', extraInfo: { httpCode: 0 } } },
  });
  const sdk = new SimulatedEasemobConnection(faults);
  const budget = createRetryBudget(); // the default budget, made here only to print its counters
  const conn = wrapClient(sdk, { normalizer: easemob, clock, random, budget, ...journal.hooks });
  const call = (text: string, method: string): string => `${text}  [${treatment(easemobMethods, method)}]`;
  const login = { user: 'bob', accessToken: 'YWMtbob-demo-token' };

  return {
    title: 'Easemob · web SDK (connection), wrapped with wrapClient(conn, { normalizer: easemob })',
    steps: [
      {
        title: 'Bob signs in on a dead network; the SDK wraps the HTTP failure in its login error',
        call: call("conn.open({ user: 'bob', accessToken })", 'open'),
        run: async () => {
          try {
            await conn.open(login);
            return 'signed in';
          } catch {
            await conn.open(login); // the network is back and Bob taps "Sign in" again
            return 'the sign-in screen shows the message; Bob taps "Sign in" again and is in';
          }
        },
      },
      {
        title: `An outage: every history read fails with "server busy" (${OUTAGE_READS} reads)`,
        call: call("conn.fetchHistoryMessages({ targetId: 'alice', chatType: 'singleChat', pageSize: 20 })", 'fetchHistoryMessages'),
        run: async () => {
          faults.outage('fetchHistoryMessages', { rejects: { type: 500, message: 'Server busy' } });
          const before = faults.calls('fetchHistoryMessages');
          for (let read = 0; read < OUTAGE_READS; read++) {
            await conn.fetchHistoryMessages({ targetId: 'alice', chatType: 'singleChat', pageSize: 20 }).catch(() => undefined);
          }
          faults.restore('fetchHistoryMessages');
          const sent = faults.calls('fetchHistoryMessages') - before;
          const { remaining, capacity, granted, refused } = budget.snapshot();
          return (
            `the server saw ${sent} calls for ${OUTAGE_READS} reads (up to ${OUTAGE_READS * DEFAULT_RETRY_POLICY.maxAttempts} without a budget); ` +
            `budget ${remaining} of ${capacity} tokens, ${granted} retries granted, ${refused} refused`
          );
        },
      },
    ],
  };
}

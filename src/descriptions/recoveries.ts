/** What each recovery asks of the app, in one line (the doc comment of `RECOVERIES`, as data for the CLI and the explorer). */
import type { Recovery } from '../taxonomy.js';

/** One-line meaning of every recovery. */
export const RECOVERY_MEANINGS: { readonly [R in Recovery]: string } = {
  retry: 'send the same request again after a short backoff',
  wait: 'send it again, but only after a longer pause',
  'refresh-credentials': 'fetch a new token / UserSig / signature, then retry; the user need not act',
  relogin: 'the session is gone: send the user to sign in again',
  'check-network': 'the device is offline or cannot reach the server: wait for connectivity',
  'fix-input': 'the request itself is wrong: change it',
  'check-config': "the app's setup is wrong: a developer fixes it",
  'upgrade-plan': 'a plan or account limit: buy or enable more in the vendor console',
  'contact-support': 'the vendor must act',
  none: 'nothing to do',
};

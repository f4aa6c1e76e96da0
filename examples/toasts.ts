/**
 * `npm run example:toasts` (or `npm run example:toasts -- zh-CN`): a Tencent-like chat client wrapped with
 * `wrapClient`. A call that fails for good shows a toast worded by `toUserMessage` in the user's locale — never a
 * vendor code or vendor text; a call the retry policy rescued shows nothing. Time is virtual, jitter seeded.
 */
import { pathToFileURL } from 'node:url';
import { tencent } from '../adapters/tencent/index.js';
import { isIMError, retryHistoryOf, wrapClient, type IMError, type Recovery } from '../src/index.js';
import { toUserMessage, type MessageContext } from '../src/messages/index.js';
import { FaultSchedule } from './demo/sdk/faults.js';
import { SimulatedTencentChat, TencentSDKError } from './demo/sdk/tencent.js';
import { seededRandom, virtualClock } from './support/time.js';

/** How a toast looks. */
export type Tone = 'info' | 'warning' | 'error';

/** The tone of a toast, by what the user can do about the error (a table: every recovery has a tone). */
export const TONES: { readonly [R in Recovery]: Tone } = {
  retry: 'info',
  wait: 'info',
  'check-network': 'warning',
  'fix-input': 'warning',
  'refresh-credentials': 'info',
  relogin: 'error',
  'check-config': 'error',
  'upgrade-plan': 'warning',
  'contact-support': 'error',
  none: 'info',
};

/** A toast as the app shows it. */
export interface Toast {
  readonly tone: Tone;
  readonly text: string;
}

/** The toast for a call that failed with `error`, in `locale`; `context` is what the app knows (a group's name…). */
export function toastFor(error: IMError, locale: string, context?: MessageContext): Toast {
  return { tone: TONES[error.recovery], text: toUserMessage(error, { locale, context }) };
}

/** The failures the example injects, per method of the simulated SDK. */
export function exampleFaults(): FaultSchedule {
  return new FaultSchedule()
    .queue('getConversationList', { rejects: new TencentSDKError(2801, 'request timeout') })
    .queue('sendMessage', { rejects: new TencentSDKError(80002, 'message too long') })
    .queue('joinGroup', { rejects: new TencentSDKError(10014, 'group is full') })
    .queue('getUserProfile', ...Array.from({ length: 3 }, () => ({ rejects: new TencentSDKError(9506, 'frequency limit') })));
}

/** Options of {@link main}. */
export interface ToastsOptions {
  /** The user's locale (`en` by default). */
  readonly locale?: string | undefined;
  /** Where lines are printed (`console.log` by default). */
  readonly log?: ((line: string) => void) | undefined;
}

/** Runs the example; resolves with the lines printed. */
export async function main({ locale = 'en', log = console.log }: ToastsOptions = {}): Promise<string[]> {
  const lines: string[] = [];
  const print = (line: string): void => {
    lines.push(line);
    log(line);
  };
  const time = virtualClock();
  const sdk = new SimulatedTencentChat(exampleFaults());
  const chat = wrapClient(sdk, { normalizer: tencent, clock: time.clock, random: seededRandom(7) });

  /** Runs a user action; a failure becomes a toast, a success (even after retries) shows nothing. */
  const attempt = async (action: string, call: () => Promise<unknown>, context?: MessageContext): Promise<void> => {
    print(`▸ ${action}`);
    try {
      await call();
      print('  no toast: it worked');
    } catch (caught) {
      if (!isIMError(caught)) throw caught;
      const toast = toastFor(caught, locale, context);
      const attempts = retryHistoryOf(caught)?.attempts.length ?? 1;
      print(`  toast [${toast.tone}] ${toast.text}`);
      print(`  (log: ${caught.kind}/${caught.reason}, ${caught.vendor} code ${String(caught.code)}, ${attempts} attempt${attempts === 1 ? '' : 's'})`);
    }
  };

  print(`Toasts in ${locale}:`);
  await attempt('Open the chat list (the request times out once; the retry works)', () => chat.getConversationList());
  await attempt('Send a 12,000-character message', () => chat.sendMessage(chat.createTextMessage({ to: 'bob', payload: { text: 'x'.repeat(12_000) } })));
  await attempt('Join “Book Club”', () => chat.joinGroup({ groupID: 'book-club' }), { group: 'Book Club' });
  await attempt("Look up Bob's profile while the app is rate limited (Tencent 9506: 5 calls a second)", () =>
    chat.getUserProfile({ userIDList: ['bob'] }),
  );
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main({ locale: process.argv[2] ?? 'en' });
}

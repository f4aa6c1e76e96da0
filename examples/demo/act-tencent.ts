/**
 * Act 1, Tencent Cloud IM (web SDK): a timeout retried, an expired UserSig refreshed and retried once, an invalid
 * send given up at once, and a kick to another device arriving as an event.
 */
import { match } from 'ts-pattern';
import { tencent, tencentMethods } from '../../adapters/tencent/index.js';
import { isIMError, subscribeErrors, wrapClient, type IMError } from '../../src/index.js';
import { patterns } from '../../src/patterns.js';
import type { Act, DemoEnv } from './act.js';
import { treatment } from './report.js';
import { FaultSchedule } from './sdk/faults.js';
import { SimulatedTencentChat, TencentSDKError } from './sdk/tencent.js';

/** What the app's server hands out: a fresh UserSig (never printed; im-errors redacts them from every text). */
function issueUserSig(userID: string): Promise<string> {
  return Promise.resolve(`eJw1jdEKgjAYhd9l${userID}1UVWz3tXCOPp0OaE3Ur1ZjRQXaiFKpR`);
}

/** The failing call's IMError, or rethrows what is not one (a bug in the demo). */
function imError(caught: unknown): IMError {
  if (isIMError(caught)) return caught;
  throw caught;
}

/** Builds the act: the fault schedule, the simulated SDK and the app's wrapped client. */
export function tencentAct({ clock, random, journal }: DemoEnv): Act {
  const faults = new FaultSchedule()
    .queue('getConversationList', { rejects: new TencentSDKError(2801, 'request timeout') })
    .queue('getMessageList', { rejects: new TencentSDKError(70001, 'UserSig expired, please login again') })
    .queue('sendMessage', { throws: new Error('Params validate failed.') });
  const sdk = new SimulatedTencentChat(faults);
  const chat = wrapClient(sdk, {
    normalizer: tencent,
    clock,
    random,
    ...journal.hooks,
    refreshCredentials: async () => {
      await sdk.login({ userID: 'alice', userSig: await issueUserSig('alice') });
      journal.note('refreshCredentials(): a new UserSig from the app server, chat.login() with it');
    },
  });
  const call = (text: string, method: string): string => `${text}  [${treatment(tencentMethods, method)}]`;

  return {
    title: 'Tencent Cloud IM · web SDK (TencentCloudChat), wrapped with wrapClient(chat, { normalizer: tencent })',
    steps: [
      {
        title: 'Alice signs in and loads her conversations; the request times out once',
        call: call('chat.getConversationList()', 'getConversationList'),
        run: async () => {
          await chat.login({ userID: 'alice', userSig: await issueUserSig('alice') });
          const { data } = await chat.getConversationList();
          return `${data.conversationList.length} conversations shown; the user never saw the timeout`;
        },
      },
      {
        title: 'She opens a chat after her UserSig expired',
        call: call("chat.getMessageList({ conversationID: 'C2Cbob' })", 'getMessageList'),
        run: async () => {
          const { data } = await chat.getMessageList({ conversationID: 'C2Cbob' });
          return `${data.messageList.length} messages shown after a silent re-login`;
        },
      },
      {
        title: 'A bug sends a message without a recipient; the SDK throws',
        call: call("chat.sendMessage(chat.createTextMessage({ to: '', payload: { text: 'hi' } }))", 'sendMessage'),
        run: async () => {
          try {
            await chat.sendMessage(chat.createTextMessage({ to: '', payload: { text: 'hi' } }));
            return 'sent';
          } catch (caught) {
            return `not sent; the app shows a toast (${imError(caught).recovery}) and logs the bug`;
          }
        },
      },
      {
        title: 'Alice signs in on her phone: the web session is kicked',
        call: "subscribeErrors(chat, tencent, listener) hears the SDK's kickedOut event  [event]",
        run: () => {
          let outcome = 'nothing happened';
          const stop = subscribeErrors(chat, tencent, (error) => {
            journal.event(error);
            outcome = match(error)
              .with(patterns.recovery.relogin, (e) => `the app routes to the sign-in screen (${e.kind}/${e.reason} → relogin)`)
              .otherwise((e) => `the app shows a toast (${e.kind}/${e.reason})`);
          });
          sdk.emit('kickedOut', { type: 'multipleDevice' });
          stop();
          return Promise.resolve(outcome);
        },
      },
    ],
  };
}

/**
 * `npm run example:retry`: a Tencent-like chat client wrapped with `wrapClient`. A read that hits a network timeout
 * is retried; a rate limit (Tencent 9506: 5 requests/s) is waited out; a message too large is given up at once
 * (`sendMessage` is never retried anyway); then, in an outage, the client's retry budget stops retrying so the
 * struggling server sees each call once. Hooks log each step; the budget is printed at the end.
 *
 * Time is virtual (the clock below jumps forward instead of waiting), so the example runs in milliseconds while
 * reporting the waits a real client would make.
 */
import { pathToFileURL } from 'node:url';
import { tencent } from '../adapters/tencent/index.js';
import { otelAttributes, retryBudgetOf, retryHistoryOf, wrapClient, type IMError } from '../src/index.js';
import { seededRandom, virtualClock } from './support/time.js';

/** What the Tencent web SDK rejects with: an `Error` subclass carrying `code`. */
class TencentError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** A stand-in for `TencentCloudChat.create(...)`: each method fails as scripted, then succeeds. */
class FakeChat {
  readonly failures: Record<string, TencentError[]> = {
    getConversationList: [new TencentError(2801, 'request timed out')],
    getUserProfile: [new TencentError(9506, 'call frequency limit')],
    sendMessage: [new TencentError(80002, 'message too large')],
  };
  readonly calls: Record<string, number> = {};
  /** While true, every call fails as in a vendor outage. */
  outage = false;

  #answer<T>(method: string, data: T): Promise<{ code: 0; data: T }> {
    this.calls[method] = (this.calls[method] ?? 0) + 1;
    const failure = this.outage ? new TencentError(2801, 'request timed out') : this.failures[method]?.shift();
    return failure === undefined ? Promise.resolve({ code: 0, data }) : Promise.reject(failure);
  }

  getConversationList() {
    return this.#answer('getConversationList', { conversationList: ['C2Calice', 'GROUPteam'] });
  }

  getUserProfile(options: { userIDList: string[] }) {
    return this.#answer('getUserProfile', options.userIDList.map((userID) => ({ userID, nick: userID.toUpperCase() })));
  }

  createTextMessage(options: { to: string; payload: { text: string } }) {
    return { to: options.to, text: options.payload.text };
  }

  sendMessage(message: { to: string; text: string }) {
    return this.#answer('sendMessage', { message });
  }
}

const describe = (error: IMError): string => `${error.kind}/${error.reason}${error.code === undefined ? '' : ` (code ${String(error.code)})`}`;

/** Runs the example, printing through `log`; returns the lines printed. */
export async function main(log: (line: string) => void = console.log): Promise<string[]> {
  const lines: string[] = [];
  const print = (line: string): void => {
    lines.push(line);
    log(line);
  };
  const sdk = new FakeChat();
  const chat = wrapClient(sdk, {
    normalizer: tencent,
    clock: virtualClock().clock,
    random: seededRandom(42),
    onRetry: (error, attempt, delayMs) => print(`  retry: attempt ${attempt} failed with ${describe(error)}; waiting ${Math.round(delayMs)} ms`),
    onGiveUp: (error, history) => print(`  give up: ${describe(error)} after ${history.attempts.length} attempt(s) (${history.gaveUp ?? '-'})`),
  });

  print('getConversationList — idempotent, one network timeout:');
  const conversations = await chat.getConversationList();
  print(`  ok: ${conversations.data.conversationList.join(', ')} (${sdk.calls.getConversationList ?? 0} calls)`);

  print('getUserProfile — rate limited (Tencent 9506, 5 requests/s):');
  const profiles = await chat.getUserProfile({ userIDList: ['alice'] });
  print(`  ok: ${profiles.data.map((profile) => profile.nick).join(', ')} (${sdk.calls.getUserProfile ?? 0} calls)`);

  print('sendMessage — never retried (a retry could send twice), and this error needs a change anyway:');
  const message = chat.createTextMessage({ to: 'alice', payload: { text: 'x'.repeat(9_000) } });
  try {
    await chat.sendMessage(message);
  } catch (caught) {
    const error = caught as IMError;
    print(`  failed: ${describe(error)}, retryable: ${String(error.retryable)}, recovery: ${error.recovery}`);
    print(`  history: ${retryHistoryOf(error)?.attempts.length ?? 0} attempt(s); telemetry error.type = ${otelAttributes(error)['error.type']}`);
  }

  print('outage — three reads while every call times out:');
  sdk.outage = true;
  const before = sdk.calls.getConversationList ?? 0;
  for (let read = 0; read < 3; read++) await chat.getConversationList().catch(() => undefined);
  const sent = (sdk.calls.getConversationList ?? 0) - before;
  print(`  ${sent} calls reached the server for 3 reads (without a budget: up to 9); every 10 calls earn one retry`);

  const budget = retryBudgetOf(chat)?.snapshot();
  print(`budget: ${budget?.remaining ?? '-'} of ${budget?.capacity ?? '-'} tokens left, ${budget?.granted ?? 0} retries granted, ${budget?.refused ?? 0} refused, ${budget?.calls ?? 0} calls`);
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main();
}

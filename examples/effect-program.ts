/**
 * `npm run example:effect`: an Effect program over a (fake) Tencent web SDK. SDK calls become Effects that fail with
 * IMErrors; `Effect.catchTag` handles them by kind; the retry policy runs as an Effect Schedule (refreshing the
 * UserSig before retrying an expired one); the `IMErrors` layer supplies adapters, policy and the message catalog.
 */
import { pathToFileURL } from 'node:url';
import * as Effect from 'effect/Effect';
import * as Layer from 'effect/Layer';
import * as Schedule from 'effect/Schedule';
import { tencent } from '../adapters/tencent/index.js';
import { IMErrors, retrySchedule, type TaggedIMError } from '../src/effect/index.js';
import { DEFAULT_RETRY_POLICY } from '../src/index.js';
import { toUserMessage } from '../src/messages/index.js';

/** What the fake SDK does on each call of `sendMessage`, in order: reject with a raw vendor error, or succeed. */
export type Step = { readonly reject: unknown } | 'ok';

/** A stand-in for `@tencentcloud/chat`: `sendMessage` follows a script, `renewUserSig` counts renewals. */
export class FakeChat {
  calls = 0;
  renewals = 0;
  constructor(private readonly script: readonly Step[]) {}

  sendMessage(text: string): Promise<{ readonly text: string }> {
    const step = this.script[this.calls++] ?? 'ok';
    return step === 'ok' ? Promise.resolve({ text }) : Promise.reject(step.reject);
  }

  renewUserSig(): Promise<void> {
    this.renewals++;
    return Promise.resolve();
  }
}

/** The script the example runs: what Tencent's web SDK rejects with, as it really shapes its errors. */
export const SCRIPT: readonly Step[] = [
  { reject: { code: 2801, message: 'request timeout' } }, // network/timeout: retried after a backoff
  'ok',
  { reject: { code: 70001, message: ' | sendMessage | ' } }, // auth/token-expired: UserSig renewed, then retried
  'ok',
  { reject: { code: 9506, message: 'too frequent' } }, // rate-limit: waits the vendor's 200 ms, at least
  'ok',
  { reject: { code: 1002, message: 'kicked out' } }, // auth/kicked-other-device: not retried, caught by catchTag
];

/** The app's layer: the Tencent adapter (web platform), the default policy, English messages. */
export const AppLayer: Layer.Layer<IMErrors> = IMErrors.layer({ adapters: [tencent], platform: 'web', toUserMessage, locale: 'en' });

/**
 * The program: four sends. Each line it reports says what happened; `log` receives them. Retries are logged from the
 * schedule's decisions (`Schedule.tap`), so the waits shown are the ones the policy planned.
 */
export function program(chat: FakeChat, log: (line: string) => void): Effect.Effect<void, TaggedIMError, IMErrors> {
  const say = (line: string) => Effect.sync(() => log(line));
  const schedule = retrySchedule(DEFAULT_RETRY_POLICY, {
    refreshCredentials: () => Effect.promise(() => chat.renewUserSig()).pipe(Effect.tap(() => say('  renewed the UserSig'))),
  }).pipe(
    Schedule.tap(({ output }) =>
      output.retry ? say(`  ${output.error.kind}/${output.error.reason}: retry ${output.attempt} in ${Math.round(output.delayMs)} ms`) : Effect.void,
    ),
  );
  const send = (text: string) =>
    IMErrors.fromPromise(() => chat.sendMessage(text)).pipe(
      Effect.retry(schedule),
      Effect.tap((sent) => say(`sent "${sent.text}"`)),
    );

  return Effect.gen(function* () {
    yield* send('hello');
    yield* send('are you there?');
    yield* send('third time');
    yield* send('bye').pipe(
      Effect.catchTag('auth', (error) =>
        Effect.gen(function* () {
          // `error` is narrowed to the auth kind: `reason` is one of the auth reasons.
          if (error.reason !== 'kicked-other-device') return yield* Effect.fail(error);
          const { userMessage } = yield* IMErrors;
          yield* say(`not sent: ${error.kind}/${error.reason} → tell the user: "${userMessage?.(error) ?? error.message}"`);
        }),
      ),
    );
  });
}

/** Runs the program against the scripted SDK with the app's layer, on the real clock, printing each line. */
export async function main(log: (line: string) => void = console.log): Promise<FakeChat> {
  const chat = new FakeChat(SCRIPT);
  await Effect.runPromise(program(chat, log).pipe(Effect.provide(AppLayer)));
  log(`${chat.calls} SDK calls, ${chat.renewals} UserSig renewal`);
  return chat;
}

/** Run as a script (`node dist/examples/effect-program.js`), not when imported by its test. */
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();

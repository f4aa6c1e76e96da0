/**
 * `npm run example:di`: a chat service wired by tsyringe. `registerIMErrors` puts the normalizer, the retry policy, a
 * ready retrier and the message function (Simplified Chinese here) into the container; the service gets them from
 * it. The SDK is a stand-in that fails the way Tencent's web SDK does.
 */
import { pathToFileURL } from 'node:url';
// im-errors/di first: it loads reflect-metadata, which tsyringe needs before it is imported.
import { IMErrorsTokens, registerIMErrors, type Retrier, type UserMessage } from '../src/di/index.js';
import { container as root, instanceCachingFactory, type DependencyContainer } from 'tsyringe';
import { tencent } from '../adapters/tencent/index.js';
import type { Clock, IMError } from '../src/index.js';
import { toUserMessage } from '../src/messages/index.js';

/** A stand-in for the SDK: each call of `sendMessage` takes the next step of the script (a raw error, or success). */
export class FakeSdk {
  calls = 0;
  constructor(private readonly script: ReadonlyArray<unknown | 'ok'>) {}

  sendMessage(to: string, text: string): Promise<string> {
    const step = this.script[this.calls++] ?? 'ok';
    return step === 'ok' ? Promise.resolve(`${to} ← ${text}`) : Promise.reject(step);
  }
}

/** The token the app registers its SDK under. */
export const SDK = Symbol('FakeSdk');

/**
 * The app's chat service: sends through the retrier, and answers with a sentence for the user when sending fails.
 * With `experimentalDecorators` on, the same class is written with `@injectable()` and `@inject(IMErrorsTokens.retry)`
 * on its constructor parameters (no `emitDecoratorMetadata` needed; see test/src/di/decorators). This example is
 * built without legacy decorators, so it registers the class with a factory instead.
 */
export class ChatService {
  constructor(
    private readonly retry: Retrier,
    private readonly userMessage: UserMessage,
    private readonly sdk: FakeSdk,
  ) {}

  /** Sends `text`; resolves with what to show: the sent message, or why it failed in the user's language. */
  async send(to: string, text: string): Promise<string> {
    try {
      return `sent: ${await this.retry(() => this.sdk.sendMessage(to, text))}`;
    } catch (error) {
      const failure = error as IMError;
      return `failed (${failure.kind}/${failure.reason}): ${this.userMessage(failure, { user: to })}`;
    }
  }
}

/** The script the example runs, shaped like Tencent web SDK rejections. */
export const SCRIPT: ReadonlyArray<unknown | 'ok'> = [
  { code: 2801, message: 'request timeout' }, // retried by the default policy
  'ok',
  { code: 20007, message: 'in blacklist' }, // the recipient blocked the sender: not retried
];

/** Options for wiring the example: a clock and a random source (tests pass virtual ones), and the SDK. */
export interface AppOptions {
  readonly sdk: FakeSdk;
  readonly clock?: Clock | undefined;
  readonly random?: (() => number) | undefined;
}

/** Registers im-errors and the app's classes in a child of tsyringe's root container. */
export function createContainer({ sdk, clock, random }: AppOptions): DependencyContainer {
  const container = registerIMErrors(root.createChildContainer(), {
    adapters: [tencent],
    platform: 'web',
    locale: 'zh-CN',
    toUserMessage,
    retry: { clock, random },
  });
  container.register(SDK, { useValue: sdk });
  container.register(ChatService, {
    useFactory: instanceCachingFactory(
      (c) => new ChatService(c.resolve<Retrier>(IMErrorsTokens.retry), c.resolve<UserMessage>(IMErrorsTokens.userMessage), c.resolve<FakeSdk>(SDK)),
    ),
  });
  return container;
}

/** Sends two messages through the wired service and prints what the user would see. */
export async function main(log: (line: string) => void = console.log, options: Partial<AppOptions> = {}): Promise<FakeSdk> {
  const sdk = options.sdk ?? new FakeSdk(SCRIPT);
  const chat = createContainer({ ...options, sdk }).resolve(ChatService);
  log(await chat.send('alice', 'hello'));
  log(await chat.send('bob', 'hi'));
  log(`${sdk.calls} SDK calls`);
  return sdk;
}

/** Run as a script (`node dist/examples/di-service.js`), not when imported by its test. */
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();

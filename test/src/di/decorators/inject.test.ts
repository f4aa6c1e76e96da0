/**
 * `@inject(token)` on constructor parameters, compiled with `experimentalDecorators` and WITHOUT
 * `emitDecoratorMetadata` (this folder's tsconfig.json; vitest's transform reads it too). The library itself uses no
 * decorators: only apps do, and tsyringe needs no `design:paramtypes` when every parameter names its token.
 */
import { IMErrorsTokens, registerIMErrors, type Retrier, type UserMessage } from '../../../../src/di/index.js';
import { container, inject, injectable } from 'tsyringe';
import { describe, expect, it } from 'vitest';
import { tencent } from '../../../../adapters/tencent/index.js';
import type { IMError } from '../../../../src/index.js';
import { toUserMessage } from '../../../../src/messages/index.js';
import { virtualClock } from '../../../support/virtual-clock.js';

/** A chat service as an app writes it: its dependencies injected by token. */
@injectable()
class ChatService {
  constructor(
    @inject(IMErrorsTokens.retry) private readonly retry: Retrier,
    @inject(IMErrorsTokens.userMessage) private readonly say: UserMessage,
    @inject(IMErrorsTokens.normalize) readonly normalize: (raw: unknown) => IMError,
    @inject(IMErrorsTokens.locale) readonly locale: string | undefined,
  ) {}

  /** Sends through a (fake) SDK call; on failure, what the user should read. */
  async send(sdkCall: () => Promise<string>): Promise<string> {
    try {
      return await this.retry(sdkCall);
    } catch (error) {
      return this.say(error as IMError);
    }
  }
}

describe('@inject(token) without emitDecoratorMetadata', () => {
  it('compiles without design:paramtypes', () => {
    expect(Reflect.getMetadata('design:paramtypes', ChatService)).toBeUndefined();
  });

  it('resolves a class whose constructor injects the tokens', async () => {
    const { clock } = virtualClock();
    const scope = registerIMErrors(container.createChildContainer(), { adapters: [tencent], locale: 'zh-CN', toUserMessage, retry: { clock } });
    const service = scope.resolve(ChatService);
    expect(service.locale).toBe('zh-CN');
    expect(service.normalize({ code: 70001, message: 'expired' }).reason).toBe('token-expired');

    let calls = 0;
    const flaky = async (): Promise<string> => (++calls < 2 ? Promise.reject({ code: 2801, message: 'request timeout' }) : 'sent');
    await expect(service.send(flaky)).resolves.toBe('sent');
    expect(calls).toBe(2);

    const kicked = { code: 1002, message: 'kicked' };
    const expected = toUserMessage(tencent.normalize(kicked), { locale: 'zh-CN' });
    await expect(service.send(() => Promise.reject(kicked))).resolves.toBe(expected);
  });
});

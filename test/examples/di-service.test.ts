/** `npm run example:di` never rots: its tsyringe-wired service runs here on a virtual clock (no real waiting). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ChatService, FakeSdk, SCRIPT, createContainer, main } from '../../examples/di-service.js';
import { tencent } from '../../adapters/tencent/index.js';
import { toUserMessage } from '../../src/messages/index.js';
import { virtualClock } from '../support/virtual-clock.js';

describe('examples/di-service.ts', () => {
  it('retries the timeout, then tells the user in Chinese why the second message failed', async () => {
    const lines: string[] = [];
    const { clock, timers } = virtualClock();
    const sdk = await main((line) => lines.push(line), { clock, random: () => 0.5 });
    const blocked = tencent.normalize(SCRIPT[2]);
    expect(lines).toEqual([
      'sent: alice ← hello',
      `failed (message/blocked-by-receiver): ${toUserMessage(blocked, { locale: 'zh-CN', context: { user: 'bob' } })}`,
      '3 SDK calls',
    ]);
    expect(sdk.calls).toBe(3);
    expect(timers).toEqual([50]); // one retry, after 100 ms × 0.5 of jitter
  });

  it('resolves one ChatService per container', () => {
    const container = createContainer({ sdk: new FakeSdk([]) });
    expect(container.resolve(ChatService)).toBe(container.resolve(ChatService));
  });

  it('has its npm script, running the built file', () => {
    const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts['example:di']).toBe('npm run build --silent && node dist/examples/di-service.js');
  });
});

/** `npm run example:effect` never rots: its program runs here under Effect's TestClock (no real waiting). */
import { readFileSync } from 'node:fs';
import * as Effect from 'effect/Effect';
import * as Fiber from 'effect/Fiber';
import { TestClock } from 'effect/testing';
import { describe, expect, it } from 'vitest';
import { AppLayer, FakeChat, SCRIPT, program } from '../../examples/effect-program.js';
import { DEFAULT_RETRY_POLICY } from '../../src/index.js';

describe('examples/effect-program.ts', () => {
  it('retries the timeout, renews the UserSig, waits out the rate limit, and catches the kick by tag', async () => {
    const lines: string[] = [];
    const chat = new FakeChat(SCRIPT);
    await Effect.runPromise(
      Effect.gen(function* () {
        const fiber = yield* Effect.forkChild(program(chat, (line) => lines.push(line)).pipe(Effect.provide(AppLayer)));
        yield* TestClock.adjust('1 minute');
        yield* Fiber.join(fiber);
      }).pipe(Effect.provide(TestClock.layer())),
    );
    expect(chat.calls).toBe(7);
    expect(chat.renewals).toBe(1);
    const backoff = Number(/^  network\/timeout: retry 1 in (\d+) ms$/.exec(lines[0] ?? '')?.[1]);
    expect(backoff).toBeLessThanOrEqual(DEFAULT_RETRY_POLICY.backoff.baseMs); // full jitter within the first 100 ms
    expect(lines.slice(1, 4)).toEqual(['sent "hello"', '  renewed the UserSig', '  auth/token-expired: retry 1 in 0 ms']);
    expect(lines[4]).toBe('sent "are you there?"');
    const wait = Number(/^  rate-limit\/too-many-requests: retry 1 in (\d+) ms$/.exec(lines[5] ?? '')?.[1]);
    expect(wait).toBeGreaterThanOrEqual(200); // the vendor's hint is the floor
    expect(lines[6]).toBe('sent "third time"');
    expect(lines[7]).toMatch(/^not sent: auth\/kicked-other-device → tell the user: ".+"$/);
    expect(lines).toHaveLength(8);
  });

  it('has its npm script, running the built file', () => {
    const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts['example:effect']).toBe('npm run build --silent && node dist/examples/effect-program.js');
  });
});

/** How the demo prints: raw values without credentials, every failure once, the retry story from the hooks. */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createJournal } from '../../examples/demo/journal.js';
import { failuresOf, showError, showFailure, showRaw, showRetries, treatment } from '../../examples/demo/report.js';
import { TencentSDKError } from '../../examples/demo/sdk/tencent.js';
import { tencent } from '../../adapters/tencent/index.js';
import { withRetry, type MethodSafety } from '../../src/index.js';
import { toUserMessage } from '../../src/messages/index.js';
import { anyIMError } from '../support/imerrors.js';
import { virtualClock } from '../support/virtual-clock.js';

/** A credential as the vendors write them: long, opaque. */
const secret = fc.stringMatching(/^[A-Za-z0-9]{40,60}$/);

describe('showRaw', () => {
  it.prop([secret, fc.constantFrom('userSig', 'token', 'password', 'accessToken')])(
    'never prints a credential a raw error carries',
    (value, name) => {
      expect(showRaw({ code: 70001, message: `bad ${name}=${value}`, [name]: value })).not.toContain(value);
      expect(showRaw(Object.assign(new TencentSDKError(70001, `${name}: ${value}`), { data: { [name]: value } }))).not.toContain(value);
    },
  );

  it('shows an SDK Error with its own fields, and plain values as JSON', () => {
    expect(showRaw(new TencentSDKError(2801, 'request timeout'))).toBe('Error {"code":2801,"message":"request timeout"}');
    expect(showRaw({ type: 500, message: 'Server busy' })).toBe('{"type":500,"message":"Server busy"}');
    expect(showRaw(undefined)).toBe('undefined');
  });
});

describe('showFailure', () => {
  it.prop([anyIMError])('names kind, reason, vendor, retryability and recovery, and the message in both locales', (error) => {
    const [, imError, en, zh] = showFailure(error);
    expect(imError).toContain(showError(error));
    expect(showError(error)).toMatch(new RegExp(`^${error.kind}/${error.reason} · ${error.vendor}`));
    expect(showError(error)).toContain(`recovery ${error.recovery}`);
    expect(en).toContain(toUserMessage(error, { locale: 'en' }));
    expect(zh).toContain(toUserMessage(error, { locale: 'zh-CN' }));
  });
});

describe('failuresOf', () => {
  it.prop([fc.array(anyIMError, { maxLength: 8 }), fc.array(fc.nat({ max: 7 }), { maxLength: 8 })])(
    'lists every failure an event or attempt reported, each once',
    (errors, repeats) => {
      const journal = createJournal();
      for (const error of errors) journal.event(error);
      for (const index of repeats) if (errors[index] !== undefined) journal.event(errors[index]);
      const listed = failuresOf(journal.take());
      const key = (e: (typeof errors)[number]) => [e.vendor, e.platform, String(e.code), e.kind, e.reason].join(' ');
      expect(new Set(listed.map(key)).size).toBe(listed.length);
      expect(new Set(listed.map(key))).toEqual(new Set(errors.map(key)));
    },
  );
});

describe('showRetries', () => {
  it('tells what withRetry did, from its hooks: each retry with its wait, then how the call ended', async () => {
    const journal = createJournal();
    const { clock, timers } = virtualClock();
    const failures = [new TencentSDKError(2801, 'timeout'), new TencentSDKError(2801, 'timeout')];
    const result = await withRetry(
      () => {
        const failure = failures.shift();
        return failure === undefined ? 'ok' : Promise.reject(failure);
      },
      { normalizer: tencent, clock, random: () => 0.5, ...journal.hooks },
    );
    expect(result).toBe('ok');
    const story = showRetries(journal.take()).map((line) => line.trim());
    expect(story).toEqual([
      `retry     attempt 1 failed (network/timeout) → retry in ${timers[0]} ms`,
      `attempt 2 failed (network/timeout) → retry in ${timers[1]} ms`,
      `attempt 3 succeeded (${timers[0]! + timers[1]!} ms waited in all)`,
    ]);
  });

  it('says why a call gave up, and numbers the calls when there are several', async () => {
    const journal = createJournal();
    for (let call = 0; call < 2; call++) {
      await withRetry(() => Promise.reject(new TencentSDKError(80002, 'too long')), { normalizer: tencent, ...journal.hooks }).catch(() => undefined);
    }
    const story = showRetries(journal.take()).map((line) => line.trim());
    expect(story).toEqual([
      'retry     call 1: attempt 1 failed (message/too-large) → gave up: not-retryable — sending it again unchanged cannot succeed',
      'call 2: attempt 1 failed (message/too-large) → gave up: not-retryable — sending it again unchanged cannot succeed',
    ]);
  });
});

describe('treatment', () => {
  it.each<[MethodSafety, string]>([
    ['idempotent', 'idempotent → retried per the policy'],
    ['not-idempotent', 'not-idempotent → called once, never retried'],
    ['sdk-retries', 'sdk-retries → called once, never retried'],
    ['local', 'local → passed through untouched'],
  ])('%s', (safety, words) => {
    expect(treatment({ m: safety }, 'm')).toBe(words);
  });

  it('unlisted methods and inherited names are not in the table', () => {
    expect(treatment({}, 'm')).toBe('unlisted → not in the table: called once, failures normalized');
    expect(treatment({}, 'constructor')).toBe('unlisted → not in the table: called once, failures normalized');
  });
});

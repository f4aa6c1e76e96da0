/**
 * `npm start` never rots: the scripted session runs here exactly as `node dist/examples/demo/main.js` runs it, and
 * its output must show, for every scripted failure, the raw vendor error, the IMError, what the retry policy did and
 * the user's message in English and Chinese.
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../examples/demo/main.js';
import { TencentSDKError } from '../../examples/demo/sdk/tencent.js';
import { easemob, jmessage, tencent } from '../../src/all.js';
import { DEFAULT_RETRY_POLICY, type IMError } from '../../src/index.js';
import { toUserMessage } from '../../src/messages/index.js';

/** One scripted failure: the step it happens in, how its raw error is printed, the IMError it must become. */
interface ScriptedFailure {
  readonly step: number;
  readonly raw: string;
  readonly error: IMError;
  /** Lines of the retry story, in order (each matched against one later line of the step). */
  readonly retry: readonly (string | RegExp)[];
  readonly outcome: string | RegExp;
}

const easemobLogin = { type: 1, message: 'login failed', data: { type: -2, message: 'Request Unknow Error', extraInfo: { httpCode: 0 } } };
const kickedOut = { name: 'kickedOut', data: { type: 'multipleDevice' } };

const SCRIPT: readonly ScriptedFailure[] = [
  {
    step: 1,
    raw: 'Error {"code":2801,"message":"request timeout"}',
    error: tencent.normalize(new TencentSDKError(2801, 'request timeout')),
    retry: [/^attempt 1 failed \(network\/timeout\) → retry in \d+ ms$/, /^attempt 2 succeeded \(\d+ ms waited in all\)$/],
    outcome: '2 conversations shown',
  },
  {
    step: 2,
    raw: 'Error {"code":70001,"message":"UserSig expired, please login again"}',
    error: tencent.normalize(new TencentSDKError(70001, 'UserSig expired, please login again')),
    retry: ['attempt 1 failed (auth/token-expired) → retry in 0 ms', /^↳ first refreshCredentials\(\): /, /^attempt 2 succeeded/],
    outcome: 'silent re-login',
  },
  {
    step: 3,
    raw: 'Error {"message":"Params validate failed."}',
    error: tencent.normalize(new Error('Params validate failed.')),
    retry: [/^attempt 1 failed \(validation\/invalid\) → gave up: not-retryable/],
    outcome: 'not sent',
  },
  {
    step: 4,
    raw: JSON.stringify(kickedOut),
    error: tencent.normalizeEvent('kickedOut', kickedOut)!,
    retry: [/^none: an SDK event, not a call/],
    outcome: /sign-in screen/,
  },
  {
    step: 5,
    raw: JSON.stringify(easemobLogin),
    error: easemob.normalize(easemobLogin),
    retry: [/^attempt 1 failed \(network\/request-failed\) → gave up: max-attempts/],
    outcome: 'taps "Sign in" again',
  },
  {
    step: 6,
    raw: '{"type":500,"message":"Server busy"}',
    error: easemob.normalize({ type: 500, message: 'Server busy' }),
    retry: [/^call 1: attempt 1 failed \(server\/busy\) → retry in \d+ ms$/, /gave up: budget-exhausted/],
    outcome: /the server saw \d+ calls for 5 reads/,
  },
  {
    step: 7,
    raw: '{"code":803010,"message":"beyond the frequency limit"}',
    error: jmessage.normalize({ code: 803010, message: 'beyond the frequency limit' }),
    retry: [/^attempt 1 failed \(rate-limit\/too-many-messages\) → retry in \d+ ms \(the vendor's 1000 ms window is the floor\)$/, /^attempt 2 succeeded/],
    outcome: 'sent as msg_id 7001',
  },
];

/** A labelled line's text: `  raw       {…}` → `{…}`. */
const textOf = (line: string): string => line.slice(12);

/** The lines of step `n`, from its heading to the next blank line. */
function stepLines(lines: readonly string[], n: number): string[] {
  const start = lines.findIndex((line) => line.startsWith(`▸ ${n}. `));
  expect(start, `step ${n} is printed`).toBeGreaterThan(-1);
  const end = lines.findIndex((line, index) => index > start && line.trim() === '');
  return lines.slice(start, end === -1 ? undefined : end);
}

/** The lines of a step under `label`, continuation lines (empty label) included. */
function section(step: readonly string[], label: string): string[] {
  const start = step.findIndex((line) => line.startsWith(`  ${label.padEnd(9)} `));
  if (start === -1) return [];
  const end = step.findIndex((line, index) => index > start && !line.startsWith(' '.repeat(12)));
  return step.slice(start, end === -1 ? undefined : end).map((line) => textOf(line).trimStart());
}

describe('examples/demo (npm start)', () => {
  let lines: string[] = [];
  let elapsedMs = 0;
  beforeAll(async () => {
    const started = performance.now();
    lines = await main(() => undefined);
    elapsedMs = performance.now() - started;
  });

  it.each(SCRIPT)('step $step: prints the raw error, the IMError, the retry decision and both messages', ({ step, raw, error, retry, outcome }) => {
    const printed = stepLines(lines, step);
    expect(section(printed, 'raw')).toEqual([raw]);
    const [imError] = section(printed, 'IMError');
    expect(imError).toContain(`${error.kind}/${error.reason} · ${error.vendor}`);
    expect(imError).toContain(error.code === undefined ? 'no code' : `code ${String(error.code)}`);
    expect(imError).toContain(error.retryable ? '· retryable' : '· not retryable');
    expect(imError).toContain(`· recovery ${error.recovery}`);
    expect(section(printed, 'en')).toEqual([toUserMessage(error, { locale: 'en' })]);
    expect(section(printed, 'zh-CN')).toEqual([toUserMessage(error, { locale: 'zh-CN' })]);
    // Each expected retry line is found after the previous one.
    const story = section(printed, 'retry');
    let at = -1;
    for (const expected of retry) {
      const found = story.findIndex((line, index) => index > at && (typeof expected === 'string' ? line === expected : expected.test(line)));
      expect(found, `retry line ${String(expected)} in\n${story.join('\n')}`).toBeGreaterThan(at);
      at = found;
    }
    const [ended] = section(printed, 'outcome');
    if (typeof outcome === 'string') expect(ended).toContain(outcome);
    else expect(ended).toMatch(outcome);
  });

  it('prints the call each step makes and how the wrapper treats it', () => {
    for (const { step } of SCRIPT) expect(section(stepLines(lines, step), 'call')).toHaveLength(1);
    expect(section(stepLines(lines, 1), 'call')[0]).toContain('[idempotent → retried per the policy]');
    expect(section(stepLines(lines, 3), 'call')[0]).toContain('[not-idempotent → called once, never retried]');
    expect(section(stepLines(lines, 5), 'call')[0]).toContain('[sdk-retries → called once, never retried]');
  });

  it("waits at least the vendor's window on a rate limit", () => {
    const story = section(stepLines(lines, 7), 'retry').join('\n');
    expect(Number(/retry in (\d+) ms/.exec(story)?.[1])).toBeGreaterThanOrEqual(1000);
  });

  it('lets the retry budget cut an outage short: fewer calls reach the server than the policy alone would make', () => {
    const [ended] = section(stepLines(lines, 6), 'outcome');
    const [, sent, reads] = /the server saw (\d+) calls for (\d+) reads/.exec(ended ?? '') ?? [];
    expect(Number(sent)).toBeGreaterThanOrEqual(Number(reads));
    expect(Number(sent)).toBeLessThan(Number(reads) * DEFAULT_RETRY_POLICY.maxAttempts);
    expect(ended).toMatch(/[1-9]\d* refused/);
  });

  it('contrasts one number on two platforms', () => {
    expect(lines).toContainEqual(expect.stringMatching(/Tencent 1002 from the web SDK +→ auth\/kicked-other-device/));
    expect(lines).toContainEqual(expect.stringMatching(/Tencent 1002 from the REST API +→ validation\/invalid/));
    expect(lines).toContainEqual(expect.stringMatching(/Easemob 502 on Android +→ rate-limit\/too-many-messages/));
  });

  it('is deterministic, fast (virtual time) and prints no credential', async () => {
    expect(await main(() => undefined)).toEqual(lines);
    expect(elapsedMs).toBeLessThan(1000);
    expect(lines.at(-1)).toMatch(/^━━ 7 steps: \d+ calls or events failed at least once, \d+ retries, \d+\.\d\d s waited \(virtual time\)$/);
    const text = lines.join('\n');
    expect(text).not.toContain('eJw1'); // the UserSig the app server hands out
    expect(text).not.toContain('YWMt'); // Bob's access token
  });

  it('is what `npm start` runs', () => {
    const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.start).toBe('npm run build --silent && node dist/examples/demo/main.js');
    expect(existsSync(new URL('../../examples/demo/main.ts', import.meta.url))).toBe(true);
  });
});

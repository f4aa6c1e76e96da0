/**
 * `npm start`: a scripted chat session against simulated Tencent, Easemob and JMessage SDKs with injected faults.
 * For each failure it prints the raw vendor error, the IMError, what the retry policy did, and the message a user
 * sees in English and Chinese. Time is virtual and the jitter seeded: every run prints the same, in milliseconds.
 */
import { pathToFileURL } from 'node:url';
import type { Act, DemoEnv } from './act.js';
import { easemobAct } from './act-easemob.js';
import { jmessageAct } from './act-jmessage.js';
import { tencentAct } from './act-tencent.js';
import { createJournal } from './journal.js';
import { platformLines } from './platforms.js';
import { showStep } from './report.js';
import { seededRandom, virtualClock } from '../support/time.js';

/** The acts, in the order they are played. */
const ACTS: ReadonlyArray<(env: DemoEnv) => Act> = [tencentAct, easemobAct, jmessageAct];

/** A section heading, after a blank line. */
const heading = (title: string): string[] => ['', `━━ ${title}`];

/** Plays the session, printing through `log`; resolves with the lines printed. */
export async function main(log: (line: string) => void = console.log): Promise<string[]> {
  const lines: string[] = [];
  const print = (...printed: string[]): void => {
    for (const line of printed) {
      lines.push(line);
      log(line);
    }
  };
  const time = virtualClock();
  const env: DemoEnv = { clock: time.clock, random: seededRandom(2024), journal: createJournal() };

  print(
    'im-errors demo: a scripted chat session against simulated vendor SDKs, with faults injected on schedule.',
    'Each failure: the raw vendor error, the IMError, what the retry policy did, and the user message (en, zh-CN).',
  );
  let number = 0;
  let failed = 0;
  let retries = 0;
  for (const makeAct of ACTS) {
    const act = makeAct(env);
    print(...heading(act.title));
    for (const step of act.steps) {
      const outcome = await step.run();
      const entries = env.journal.take();
      failed += entries.filter((entry) => entry.type === 'event' || (entry.type === 'settled' && entry.history.attempts.some((a) => a.error !== undefined))).length;
      retries += entries.filter((entry) => entry.type === 'retry').length;
      print('', ...showStep({ number: ++number, title: step.title, call: step.call, entries, outcome }));
    }
  }
  print(...heading('Same number, different platform: the tables are keyed by (vendor, platform, code)'), ...platformLines());
  print(...heading(`${number} steps: ${failed} calls or events failed at least once, ${retries} retries, ${(time.elapsed() / 1000).toFixed(2)} s waited (virtual time)`));
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main();
}

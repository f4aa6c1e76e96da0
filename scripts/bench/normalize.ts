/**
 * Normalize throughput: `normalize` over the realistic mix of `normalize-mix.ts`, through each vendor's adapter and
 * through `im-errors/all`'s detection, against the cheapest thing an app could do instead — building a plain
 * `new Error(message)` with the same vendor text — in the same run. ns/op is per raw error.
 */
import { normalize as detectAndNormalize } from '../../src/all.js';
import { normalizeMix, type MixItem } from './normalize-mix.js';
import { runRounds, type RoundRow, type RoundSettings, type RoundTask } from './rounds.js';

/** How long to measure, and how many passes over the mix one sample makes. */
export interface NormalizeSettings extends RoundSettings {
  readonly passes: number;
}

/** Keeps results alive so the engine cannot drop the work; read once at the end. */
let sink = 0;

/** The tasks, baseline first, each one pass over `mix` per inner loop. */
export function normalizeTasks(mix: readonly MixItem[], passes: number): RoundTask[] {
  const messages = mix.map((item) => item.message);
  return [
    {
      name: 'new Error(message)',
      code: 'new Error(vendorText)',
      sample: () => {
        for (let pass = 0; pass < passes; pass++) for (const message of messages) sink += new Error(message).message.length;
      },
    },
    {
      name: 'normalize, vendor adapter',
      code: 'tencent.normalize(raw) (the adapter for each item)',
      sample: () => {
        for (let pass = 0; pass < passes; pass++) for (const item of mix) sink += item.normalize(item.raw).kind.length;
      },
    },
    {
      name: 'normalize, vendor detected',
      code: "import { normalize } from 'im-errors/all'; normalize(raw)",
      sample: () => {
        for (let pass = 0; pass < passes; pass++) for (const item of mix) sink += detectAndNormalize(item.raw).kind.length;
      },
    },
  ];
}

/** Measures the tasks over the mix; `sink` is returned so the caller can show the work was done. */
export async function runNormalize(settings: NormalizeSettings): Promise<{ rows: RoundRow[]; items: number; sink: number }> {
  const mix = normalizeMix();
  const rows = await runRounds(settings, normalizeTasks(mix, settings.passes), mix.length * settings.passes);
  return { rows, items: mix.length, sink };
}

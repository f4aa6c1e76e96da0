import { describe, expect, it } from 'vitest';
import { normalizeMix } from '../../../scripts/bench/normalize-mix.js';
import { normalizeTasks, runNormalize } from '../../../scripts/bench/normalize.js';
import { KINDS } from '../../../src/index.js';

describe('the normalize mix', () => {
  const mix = normalizeMix();

  it('holds what the issue asks for: all vendors, nested Easemob errors, unknown codes, JS errors', () => {
    const results = mix.map((item) => ({ label: item.label, error: item.normalize(item.raw) }));
    const vendors = new Set(results.map(({ error }) => error.vendor));
    expect(vendors).toEqual(new Set(['tencent', 'jmessage', 'easemob', 'agora']));
    expect(results.filter(({ error }) => error.chain.length > 1).map(({ label }) => label)).toEqual(
      expect.arrayContaining(['easemob: 304 → 17', 'easemob: 304 → 304 → -1', 'agora: 304 → -2']),
    );
    expect(results.filter(({ error }) => error.kind === 'unknown').length).toBeGreaterThanOrEqual(2);
    expect(mix.filter((item) => item.raw instanceof Error).length).toBeGreaterThanOrEqual(3);
  });

  it('normalizes every item to a kind, and keeps each raw error as the cause', () => {
    for (const item of mix) {
      const error = item.normalize(item.raw);
      expect(KINDS).toContain(error.kind);
      expect(error.cause).toBe(item.raw);
    }
  });

  it('gives the baseline the vendor’s own text', () => {
    for (const item of mix) expect(item.message.length).toBeGreaterThan(0);
  });
});

describe('normalizeTasks', () => {
  it('puts the new Error baseline first and does the work of every item on each pass', () => {
    const mix = normalizeMix();
    const seen: unknown[] = [];
    const counting = mix.map((item) => ({ ...item, normalize: (raw: unknown) => (seen.push(raw), item.normalize(raw)) }));
    const tasks = normalizeTasks(counting, 3);
    expect(tasks[0]!.name).toBe('new Error(message)');
    tasks[1]!.sample();
    expect(seen).toHaveLength(mix.length * 3);
  });

  it('runs end to end on a short timing', async () => {
    const { rows, items } = await runNormalize({ rounds: 1, timeMs: 5, passes: 1 });
    expect(items).toBe(normalizeMix().length);
    expect(rows.map((row) => row.name)).toEqual(['new Error(message)', 'normalize, vendor adapter', 'normalize, vendor detected']);
  }, 30_000); // real (short) timing runs: tinybench's warm-up and minimum samples take seconds on a loaded machine
});

/** Measuring a spec for real: a bundle passes only within its budget and breaking no absence rule. */
import { describe, expect, it } from 'vitest';
import { CORE_ONLY, vendorOnly } from '../../../scripts/size/allowances.js';
import { measure, measureAll } from '../../../scripts/size/measure.js';
import { repoRoot } from '../../../scripts/seeds/dir.js';

const root = repoRoot();
const source = "import { normalize } from 'im-errors/tencent';\nexport const n = (raw) => normalize(raw);\n";

describe('measure', () => {
  it('passes a bundle within its budget that breaks no rule', async () => {
    const result = await measure({ name: 'lean', source, allows: vendorOnly('tencent'), budget: 1_000_000 }, root);
    expect(result).toMatchObject({ name: 'lean', source, budget: 1_000_000, violations: [], passed: true });
    expect(result.check?.within).toBe(true);
    const sizes = Object.values(result.inputs);
    expect(sizes).toStrictEqual([...sizes].sort((a, b) => b - a)); // largest first
    expect(Object.keys(result.inputs)).toContain('dist/mappings/tencent.js');
  });

  it('fails a bundle one byte over its budget', async () => {
    const { gzipBytes } = await measure({ name: 'lean', source, allows: vendorOnly('tencent') }, root);
    const atBudget = await measure({ name: 'lean', source, allows: vendorOnly('tencent'), budget: gzipBytes }, root);
    const under = await measure({ name: 'lean', source, allows: vendorOnly('tencent'), budget: gzipBytes - 1 }, root);
    expect(atBudget.passed).toBe(true);
    expect(under).toMatchObject({ passed: false, check: { within: false } });
  });

  it('fails a bundle within budget that breaks an absence rule, and one without a budget too', async () => {
    const result = await measure({ name: 'wrong vendor', source, allows: CORE_ONLY, budget: 1_000_000 }, root);
    expect(result.passed).toBe(false);
    expect(result.violations.map(({ rule }) => rule)).toEqual(expect.arrayContaining(['other-vendors']));
    expect((await measure({ name: 'no budget', source, allows: CORE_ONLY }, root)).passed).toBe(false);
  });

  it('measures the same bundle to the same bytes every time', async () => {
    const [first, second] = await measureAll(
      [
        { name: 'a', source, allows: vendorOnly('tencent') },
        { name: 'b', source, allows: vendorOnly('tencent') },
      ],
      root,
    );
    expect([second?.minBytes, second?.gzipBytes]).toEqual([first?.minBytes, first?.gzipBytes]);
  });
});

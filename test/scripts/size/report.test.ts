import { describe, expect, it } from 'vitest';
import type { SizeResult } from '../../../scripts/size/measure.js';
import { budgetTable, consumerList, entryTable, sizeReport, statusOf, violationList } from '../../../scripts/size/report.js';

const result = (overrides: Partial<SizeResult>): SizeResult => ({
  name: 'tencent: normalize',
  source: "import { normalize } from 'im-errors/tencent';\nexport const n = (raw) => normalize(raw);\n",
  minBytes: 30_232,
  gzipBytes: 6_818,
  budget: 7_100,
  check: { within: true, headroomPercent: 3.97 },
  violations: [],
  inputs: {},
  passed: true,
  ...overrides,
});

const over = result({ name: 'over', gzipBytes: 7_200, check: { within: false, headroomPercent: -1.41 }, passed: false });
const broken = result({ name: 'broken', violations: [{ rule: 'other-vendors', detail: 'dist/mappings/easemob.js (easemob)' }], passed: false });

describe('statusOf', () => {
  it('says ok, or what is wrong', () => {
    expect(statusOf(result({}))).toBe('ok');
    expect(statusOf(over)).toBe('**over budget**');
    expect(statusOf(broken)).toBe('**1 absence violation**');
    expect(statusOf({ ...over, violations: [...broken.violations, ...broken.violations] })).toBe('**over budget, 2 absence violations**');
  });
});

describe('the tables', () => {
  it('give bundle, raw min bytes, gzip bytes, budget, headroom and status', () => {
    expect(budgetTable([result({}), over]).split('\n')).toEqual([
      '| bundle | min bytes | gzip bytes | budget (gzip) | headroom | status |',
      '| --- | --- | --- | --- | --- | --- |',
      '| tencent: normalize | 30,232 | 6,818 | 7,100 | 4.0 % | ok |',
      '| over | 30,232 | 7,200 | 7,100 | -1.4 % | **over budget** |',
    ]);
  });

  it('give entries without budget columns', () => {
    expect(entryTable([result({ name: 'im-errors/tencent', budget: undefined, check: undefined })]).split('\n')[2]).toBe(
      '| im-errors/tencent | 30,232 | 6,818 | ok |',
    );
  });

  it('list each consumer on one line, and each violation', () => {
    expect(consumerList([result({})])).toBe("- tencent: normalize: `import { normalize } from 'im-errors/tencent'; export const n = (raw) => normalize(raw);`");
    expect(violationList([result({}), broken])).toBe('- broken: other-vendors: dist/mappings/easemob.js (easemob)');
    expect(violationList([result({})])).toBe('');
  });
});

describe('sizeReport', () => {
  it('holds both tables, the rules, and says when nothing broke', () => {
    const report = sizeReport([result({})], [result({ name: 'im-errors/tencent', budget: undefined, check: undefined })]);
    expect(report).toContain('| tencent: normalize | 30,232 | 6,818 | 7,100 | 4.0 % | ok |');
    expect(report).toContain('| im-errors/tencent | 30,232 | 6,818 | ok |');
    expect(report).toContain('- node-globals: ');
    expect(report).toContain('No absence violation.');
  });

  it('lists the violations when something broke', () => {
    expect(sizeReport([broken], [])).toContain('Absence violations:\n\n- broken: other-vendors: dist/mappings/easemob.js (easemob)');
  });
});

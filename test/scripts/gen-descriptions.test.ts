/**
 * The committed code descriptions are exactly what `npm run descriptions` writes from the seeds and SDK tables: checked
 * where `../shared` is beside the repository (required in CI: IM_ERRORS_REQUIRE_SHARED=1); what they hold is checked
 * everywhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { descriptionFiles } from '../../scripts/gen-descriptions.js';
import { repoRoot, SEEDS_DIR } from '../../scripts/seeds/dir.js';
import { jmessageDescriptions } from '../../mappings/descriptions/jmessage.js';
import { tencentDescriptions } from '../../mappings/descriptions/tencent.js';
import { VENDORS } from '../../src/index.js';
import { READS_SHARED, SHARED_AVAILABLE } from '../support/shared.js';

describe.runIf(READS_SHARED)('mappings/descriptions, against ../shared', () => {
  it('has a module for every vendor, each up to date (run `npm run descriptions`)', () => {
    if (!SHARED_AVAILABLE) expect.fail(`IM_ERRORS_REQUIRE_SHARED=1 but there is no ${SEEDS_DIR}`);
    const files = descriptionFiles();
    expect([...files.keys()]).toEqual(VENDORS.map((vendor) => `mappings/descriptions/${vendor}.ts`));
    for (const [path, text] of files) expect(readFileSync(join(repoRoot(), path), 'utf8'), path).toBe(text);
  });
});

describe('mappings/descriptions', () => {
  it('holds each document’s words and each SDK’s constant names', () => {
    const [document, sdk] = tencentDescriptions.sources;
    expect(document?.codes['70001']).toMatch(/^UserSig expired/);
    expect(document?.ranges).toEqual([[120001, 130000, expect.any(String)]]);
    expect(sdk).toMatchObject({ platform: 'web', codes: { 1002: 'HELLO_ANSWER_KICKED_OUT', 2801: expect.stringContaining('TIMEOUT') } });
    const names = jmessageDescriptions.sources.map((source) => source.name);
    expect(names).toContain('JMessage server error codes (English)');
    expect(names.some((name) => name.startsWith('JMessage error codes (Chinese)'))).toBe(true);
  });
});

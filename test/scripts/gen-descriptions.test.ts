/** The committed code descriptions are exactly what `npm run descriptions` writes from the seeds and SDK tables. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { descriptionFiles } from '../../scripts/gen-descriptions.js';
import { repoRoot } from '../../scripts/seeds/dir.js';
import { jmessageDescriptions } from '../../mappings/descriptions/jmessage.js';
import { tencentDescriptions } from '../../mappings/descriptions/tencent.js';
import { VENDORS } from '../../src/index.js';

const files = descriptionFiles();

describe('mappings/descriptions', () => {
  it('has a module for every vendor', () => {
    expect([...files.keys()]).toEqual(VENDORS.map((vendor) => `mappings/descriptions/${vendor}.ts`));
  });

  it.each([...files])('%s is up to date (run `npm run descriptions`)', (path, text) => {
    expect(readFileSync(join(repoRoot(), path), 'utf8')).toBe(text);
  });

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

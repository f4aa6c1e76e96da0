/**
 * The committed `mappings/documented/*.json` are exactly what `npm run documents` writes from `../shared/`. Runs where
 * `../shared` is beside the repository; without it the check is skipped — unless IM_ERRORS_REQUIRE_SHARED=1 (CI), where
 * that is a failure. Everything else reads the committed files, so a plain clone passes its tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentedFile } from '../../../scripts/documents/documented.js';
import { renderDocumented } from '../../../scripts/documents/main.js';
import { SOURCES } from '../../../scripts/documents/sources.js';
import { READS_SHARED, SHARED_AVAILABLE, SHARED_DIR } from '../../support/shared.js';

describe.runIf(READS_SHARED)('the documented codes, against ../shared', () => {
  it('are what npm run documents writes from every source document', () => {
    if (!SHARED_AVAILABLE) expect.fail(`IM_ERRORS_REQUIRE_SHARED=1 but there is no ${SHARED_DIR}/vendor-docs`);
    for (const source of SOURCES) expect(existsSync(join(SHARED_DIR, source.file)), source.file).toBe(true);
    for (const [vendor, text] of renderDocumented()) expect(readFileSync(documentedFile(vendor), 'utf8'), vendor).toBe(text);
  });
});

/**
 * Whether the vendors' documents (`../shared`: its seeds and vendor documents) can be read here. Tests that parse
 * those documents themselves (the seed and vendor-document parsers, their hand counts, the drift checks) run where
 * they are and are required in CI (`IM_ERRORS_REQUIRE_SHARED=1`: a missing folder fails them there); in a plain clone
 * they are skipped, and what the other tests need from the documents comes from the committed
 * `mappings/documented/*.json` (`npm run documents`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from '../../scripts/documents/read.js';
import { SEEDS_DIR } from '../../scripts/seeds/dir.js';

export { SHARED_DIR };

/** CI: the documents must be there. */
export const SHARED_REQUIRED: boolean = process.env.IM_ERRORS_REQUIRE_SHARED === '1';

/** The seeds and the vendor documents are beside the repository. */
export const SHARED_AVAILABLE: boolean = existsSync(SEEDS_DIR) && existsSync(join(SHARED_DIR, 'vendor-docs'));

/** True where the documents can be read, or must be (CI: reading them then fails loudly if they are missing). */
export const READS_SHARED: boolean = SHARED_REQUIRED || SHARED_AVAILABLE;

/** `read()` where the documents are read, else `fallback` (the file's tests are skipped then). */
export function fromShared<T>(read: () => T, fallback: T): T {
  return READS_SHARED ? read() : fallback;
}

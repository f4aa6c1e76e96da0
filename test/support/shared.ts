/**
 * Whether `../shared` (the vendors' documents) is beside the repository. Tests that parse those documents themselves
 * (the seed and vendor-document parsers, their hand counts) run where it is and are required in CI
 * (`IM_ERRORS_REQUIRE_SHARED=1`: a missing folder fails them there); in a plain clone they are skipped, and what the
 * other tests need from the documents comes from the committed `mappings/documented/*.json` (`npm run documents`).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot } from '../../scripts/seeds/dir.js';

/** `../shared` beside the repository. */
export const SHARED_DIR = resolve(repoRoot(), '..', 'shared');

/** True where the documents can be read, or must be (CI: reading them then fails loudly if they are missing). */
export const READS_SHARED: boolean =
  process.env.IM_ERRORS_REQUIRE_SHARED === '1' || (existsSync(join(SHARED_DIR, 'seeds')) && existsSync(join(SHARED_DIR, 'vendor-docs')));

/** `read()` where the documents are read, else `fallback` (the file's tests are skipped then). */
export function fromShared<T>(read: () => T, fallback: T): T {
  return READS_SHARED ? read() : fallback;
}

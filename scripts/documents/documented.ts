/**
 * The committed record of what the vendors' documents list (`mappings/documented/<vendor>.json`, written by
 * `npm run documents` from `../shared/`): read by the coverage test and `npm run mappings:report`, which therefore need
 * nothing beside the repository.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../seeds/dir.js';
import type { Vendor } from '../../src/taxonomy.js';

/** What one document lists for one platform of its vendor. */
export interface DocumentedSource {
  readonly vendor: Exclude<Vendor, 'unknown' | 'agora'>;
  /** The document, relative to `../shared/`. */
  readonly file: string;
  readonly title: string;
  /** The vendor platform the codes are read on. */
  readonly platform: string;
  /** `[code, the document's words]`. */
  readonly codes: ReadonlyArray<readonly [number, string]>;
  /** Documented ranges: `[from, to, words]`. */
  readonly ranges?: ReadonlyArray<readonly [number, number, string]>;
  /** REST rows: `[HTTP status, error string, error_description]` (Easemob). */
  readonly rest?: ReadonlyArray<readonly [number, string, string]>;
}

/** The vendors with documents, in file order. */
export const DOCUMENTED_VENDORS = ['jmessage', 'tencent', 'easemob'] as const;

/** Where the committed file of a vendor is. */
export function documentedFile(vendor: (typeof DOCUMENTED_VENDORS)[number]): string {
  return join(repoRoot(), 'mappings', 'documented', `${vendor}.json`);
}

/** The committed sources of every vendor. */
export function loadDocumented(): DocumentedSource[] {
  return DOCUMENTED_VENDORS.flatMap((vendor) => JSON.parse(readFileSync(documentedFile(vendor), 'utf8')) as DocumentedSource[]);
}

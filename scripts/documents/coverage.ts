/**
 * How well the tables cover what the vendors document: each documented code (and Easemob REST row) normalized as a
 * bare value on its document's platform, by each adapter that reads that vendor's numbering (Agora Chat reads
 * Easemob's). One reading serves the coverage test and `npm run mappings:report`.
 */
import { agora } from '../../adapters/agora/index.js';
import { easemob } from '../../adapters/easemob/index.js';
import { jmessage } from '../../adapters/jmessage/index.js';
import { tencent } from '../../adapters/tencent/index.js';
import type { IMError } from '../../src/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../seeds/dir.js';
import type { DocumentedSource } from './documented.js';

/**
 * The documented items not yet mapped, keyed `adapter document platform` (`mappings/documented/open-gaps.json`): open
 * work, listed so that the coverage test and the report fail on any change to it — a new gap, or a closed one still
 * listed.
 */
export function openGaps(): Readonly<Record<string, readonly string[]>> {
  return JSON.parse(readFileSync(join(repoRoot(), 'mappings', 'documented', 'open-gaps.json'), 'utf8')) as Record<string, string[]>;
}

/** The key of one source, read by one adapter, in {@link openGaps}. */
export const gapKey = (adapter: string, source: DocumentedSource): string => `${adapter} ${source.file} ${source.platform}`;

type Normalize = (raw: unknown, options?: { platform?: string }) => IMError;

/** The adapters held to each vendor's documents. */
export const ADAPTERS_OF: { readonly [vendor in DocumentedSource['vendor']]: ReadonlyArray<readonly [name: string, normalize: Normalize]> } = {
  tencent: [['tencent', tencent.normalize as Normalize]],
  jmessage: [['jmessage', jmessage.normalize as Normalize]],
  easemob: [
    ['easemob', easemob.normalize as Normalize],
    ['agora', agora.normalize as Normalize],
  ],
};

/** One documented item and how it normalized. */
export interface Reading {
  /** The code, or `status error` for a REST row. */
  readonly item: string;
  readonly text: string;
  readonly verdict: 'mapped' | 'inferred' | 'unmapped';
  readonly error: IMError;
}

/** The verdict on a documented item's normalization: mapped from a table, only inferred from a range, or not mapped. */
export function verdictOf(error: IMError, restError?: string): Reading['verdict'] {
  if (error.reason === 'unmapped-code') return 'unmapped';
  // A REST body that no parser read comes out unrecognised: the row is not mapped.
  if (restError !== undefined && error.kind === 'unknown' && error.reason === 'unrecognized') return 'unmapped';
  return error.inferred ? 'inferred' : 'mapped';
}

/** Every item of one source, read by one adapter. */
export function readSource(source: DocumentedSource, normalize: Normalize): Reading[] {
  const options = { platform: source.platform };
  const codes = source.codes.map(([code, text]): Reading => {
    const error = normalize(code, options);
    return { item: String(code), text, verdict: verdictOf(error), error };
  });
  const rest = (source.rest ?? []).map(([status, restError, description]): Reading => {
    const error = normalize({ error: restError, error_description: description, statusCode: status }, options);
    return { item: `${status} ${restError}`.trim(), text: description, verdict: verdictOf(error, restError), error };
  });
  return [...codes, ...rest];
}

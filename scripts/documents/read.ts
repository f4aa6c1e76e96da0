/**
 * Reads the documents of {@link SOURCES} from `../shared/` into {@link DocumentedSource}s: every documented code (and
 * Easemob REST row) with the document's own words for it. `npm run documents` writes them to
 * `mappings/documented/<vendor>.json`; tests and the report read those committed files, so they run on a plain clone.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot } from '../seeds/dir.js';
import { readEasemobSeedCodes } from '../seeds/easemob.js';
import { readJMessageSeedCodes } from '../seeds/jmessage.js';
import { readTencentSeedCodes } from '../seeds/tencent.js';
import type { SeedCode } from '../seeds/types.js';
import type { DocumentedSource } from './documented.js';
import { SOURCES, type CodeSource } from './sources.js';
import { tableRows } from './tables.js';

/** `$IM_ERRORS_SHARED`, else `../shared` beside the repository. */
export const SHARED_DIR: string = process.env.IM_ERRORS_SHARED ?? resolve(repoRoot(), '..', 'shared');

const MAX_TEXT = 160;
const CODE = /^-?\d+$/;
const STATUS = /^\d{3}$/;
const RANGE_HEADING = /^#{1,6}\s*(\d+)\s*-\s*(\d+)[,\s]*(?:\/\/\/<\s*)?(.*)$/m;

function short(text: string): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  return folded.length > MAX_TEXT ? `${folded.slice(0, MAX_TEXT - 1)}…` : folded;
}

/** The platform a row under `section` is read on, or undefined when the source does not read that section. */
function platformOf(source: CodeSource, section: string | undefined): string | undefined {
  if (typeof source.platform === 'string') return source.platform;
  const found = Object.entries(source.platform).find(([start]) => section?.trim().startsWith(start));
  return found?.[1];
}

const SEED_READERS: { readonly [vendor in CodeSource['vendor']]: () => SeedCode[] } = {
  tencent: readTencentSeedCodes,
  jmessage: readJMessageSeedCodes,
  easemob: readEasemobSeedCodes,
};

interface Collected {
  codes: Map<number, string>;
  ranges: Array<readonly [number, number, string]>;
  rest: Map<string, readonly [number, string, string]>;
}

/** Reads one source into one collection per platform it covers. */
function collect(source: CodeSource): Map<string, Collected> {
  const byPlatform = new Map<string, Collected>();
  const bucket = (platform: string): Collected => {
    let found = byPlatform.get(platform);
    if (found === undefined) byPlatform.set(platform, (found = { codes: new Map(), ranges: [], rest: new Map() }));
    return found;
  };
  const text = readFileSync(join(SHARED_DIR, source.file), 'utf8');
  if (source.format === 'seed') {
    const name = source.file.split('/').pop();
    for (const seed of SEED_READERS[source.vendor]().filter((code) => code.file === name)) {
      const platform = platformOf(source, seed.section);
      if (platform === undefined) continue;
      if (seed.to !== undefined) bucket(platform).ranges.push([seed.code, seed.to, short(seed.text)]);
      else if (!bucket(platform).codes.has(seed.code)) bucket(platform).codes.set(seed.code, short(seed.text));
    }
    return byPlatform;
  }
  for (const { cells, section } of tableRows(text)) {
    const platform = platformOf(source, section);
    if (platform === undefined) continue;
    const [first = '', ...rest] = cells;
    if (source.format === 'code-rows' && CODE.test(first)) {
      const code = Number(first);
      if (!bucket(platform).codes.has(code)) bucket(platform).codes.set(code, short(rest.filter((cell) => cell !== '').join(' — ')));
    } else if (source.format === 'rest-rows' && STATUS.test(first) && cells.length >= 4) {
      const error = rest[0] ?? '';
      const description = (rest[1] ?? '').replace(/^[“"]|[”"]$/g, '');
      const key = `${first} ${error} ${description}`;
      if (!bucket(platform).rest.has(key)) bucket(platform).rest.set(key, [Number(first), error, short(description)]);
    }
  }
  if (source.format === 'code-rows') {
    const range = RANGE_HEADING.exec(text);
    const platform = platformOf(source, undefined);
    if (range !== null && platform !== undefined) bucket(platform).ranges.push([Number(range[1]), Number(range[2]), short(range[3] ?? '')]);
  }
  return byPlatform;
}

/** Every source, one entry per (document, platform), in {@link SOURCES} order. Throws when a document is missing or yields nothing. */
export function readSources(): DocumentedSource[] {
  const out: DocumentedSource[] = [];
  for (const source of SOURCES) {
    const collected = collect(source);
    if (collected.size === 0) throw new Error(`${source.file}: no code read`);
    for (const [platform, { codes, ranges, rest }] of collected) {
      out.push({
        vendor: source.vendor,
        file: source.file,
        title: source.title,
        platform,
        codes: [...codes],
        ...(ranges.length > 0 ? { ranges } : {}),
        ...(rest.size > 0 ? { rest: [...rest.values()] } : {}),
      });
    }
  }
  return out;
}

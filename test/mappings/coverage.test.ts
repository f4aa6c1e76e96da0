/**
 * Every code the vendors' documents list (the committed `mappings/documented/*.json`, see `npm run documents`) is
 * mapped on the platform its document is for: normalized there as a bare code, it resolves from a table — not from an
 * inferred range, and not as unmapped. Easemob's REST rows (HTTP status + `error` string) resolve through the REST
 * table, read from their body. Agora Chat shares Easemob's numbering and documents, so it is held to them too.
 */
import { describe, expect, it } from 'vitest';
import { ADAPTERS_OF, gapKey, openGaps, readSource } from '../../scripts/documents/coverage.js';
import { loadDocumented } from '../../scripts/documents/documented.js';

const sources = loadDocumented();

const OPEN_GAPS = openGaps();

describe('every documented code is mapped on its platform', () => {
  for (const source of sources) {
    for (const [name, normalize] of ADAPTERS_OF[source.vendor]) {
      it(`${name}: ${source.file} (${source.platform}, ${source.codes.length} codes, ${source.rest?.length ?? 0} REST rows)`, () => {
        const gaps = readSource(source, normalize)
          .filter((reading) => reading.verdict !== 'mapped')
          .map(({ item }) => item);
        expect(gaps, `documented codes not mapped (mappings/documented/open-gaps.json lists the open ones)`).toEqual(
          OPEN_GAPS[gapKey(name, source)] ?? [],
        );
      });
    }
  }

  it('reads sources for every vendor and platform the documents cover', () => {
    const pairs = [...new Set(sources.map((source) => `${source.vendor}/${source.platform}`))].sort();
    expect(pairs).toEqual([
      'easemob/android',
      'easemob/ios',
      'easemob/server',
      'easemob/web',
      'jmessage/android',
      'jmessage/ios',
      'jmessage/server',
      'jmessage/web',
      'tencent/native',
      'tencent/server',
    ]);
  });
});

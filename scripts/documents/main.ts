/**
 * `npm run documents`: reads the vendor documents in `../shared/` and writes `mappings/documented/<vendor>.json`, the
 * committed list of every documented code per source and platform. `test/scripts/documents/drift.test.ts` fails when
 * the committed files differ from what this would write (where `../shared` exists; in CI it must).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOCUMENTED_VENDORS, documentedFile } from './documented.js';
import { readSources } from './read.js';

/** The file text of each vendor, as `npm run documents` writes it: one source per line group, one code per line. */
export function renderDocumented(): Map<(typeof DOCUMENTED_VENDORS)[number], string> {
  const sources = readSources();
  return new Map(
    DOCUMENTED_VENDORS.map((vendor) => {
      const own = sources.filter((source) => source.vendor === vendor);
      const body = own.map((source) => {
        const head = JSON.stringify({ vendor: source.vendor, file: source.file, title: source.title, platform: source.platform }).slice(0, -1);
        const list = (name: string, rows: ReadonlyArray<readonly unknown[]> | undefined) =>
          rows === undefined ? '' : `,\n  "${name}": [\n${rows.map((row) => `    ${JSON.stringify(row)}`).join(',\n')}\n  ]`;
        return `{${head.slice(1)}${list('codes', source.codes)}${list('ranges', source.ranges)}${list('rest', source.rest)}\n}`;
      });
      return [vendor, `[\n${body.join(',\n')}\n]\n`];
    }),
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [vendor, text] of renderDocumented()) {
    const file = documentedFile(vendor);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`${file}: ${(JSON.parse(text) as unknown[]).length} sources`);
  }
}

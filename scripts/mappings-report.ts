/**
 * `npm run mappings:report`: how the tables cover what the vendors document, read from the committed
 * `mappings/documented/*.json` (so it needs nothing beside the repository):
 * - per vendor and platform, the distinct documented codes (and Easemob REST rows) and how many are mapped from a
 *   table, only inferred from a range, or unmapped;
 * - the same per source document;
 * - per vendor, the size of each table and the ranges it infers from;
 * - per installed SDK package, how many codes the package defines, how many are mapped and how many deliberately left
 *   unmapped.
 * Exits 1 if the documented codes not mapped differ from `mappings/documented/open-gaps.json` (the open work), or any
 * SDK-defined code is neither mapped nor listed.
 */
import { agora } from '../adapters/agora/index.js';
import { easemob } from '../adapters/easemob/index.js';
import { jmessage } from '../adapters/jmessage/index.js';
import { tencent } from '../adapters/tencent/index.js';
import { ADAPTERS_OF, gapKey, openGaps, readSource, type Reading } from './documents/coverage.js';
import { loadDocumented } from './documents/documented.js';
import { sdkConformance, sdkTable } from './sdk/table.js';

/** Prints rows as aligned columns. */
function print(rows: readonly string[][]): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd());
}

/** The counts of a set of readings, and (up to 8) of the items not mapped from a table. */
const counts = (readings: readonly Reading[]): string[] => {
  const of = (verdict: Reading['verdict']) => readings.filter((reading) => reading.verdict === verdict).length;
  const missing = readings.filter((reading) => reading.verdict !== 'mapped').map((reading) => reading.item);
  const listed = missing.length <= 8 ? missing.join(' ') : `${missing.slice(0, 8).join(' ')} (+${missing.length - 8})`;
  return [String(readings.length), String(of('mapped')), String(of('inferred')), String(of('unmapped')), listed || '-'];
};

const sources = loadDocumented();
const perSource: string[][] = [['vendor', 'platform', 'source', 'documented', 'mapped', 'inferred', 'unmapped', 'not mapped']];
const perPlatform = new Map<string, Map<string, Reading>>();
const listed = openGaps();
let changed = 0;
for (const source of sources) {
  for (const [name, normalize] of ADAPTERS_OF[source.vendor]) {
    const readings = readSource(source, normalize);
    const gaps = readings.filter((reading) => reading.verdict !== 'mapped').map((reading) => reading.item);
    if (JSON.stringify(gaps) !== JSON.stringify(listed[gapKey(name, source)] ?? [])) changed += 1;
    perSource.push([name, source.platform, source.file, ...counts(readings)]);
    const key = `${name}\t${source.platform}`;
    const distinct = perPlatform.get(key) ?? new Map<string, Reading>();
    for (const reading of readings) if (!distinct.has(reading.item)) distinct.set(reading.item, reading);
    perPlatform.set(key, distinct);
  }
}

const platformTable: string[][] = [['vendor', 'platform', 'documented', 'mapped', 'inferred', 'unmapped', 'not mapped']];
for (const [key, distinct] of perPlatform) platformTable.push([...key.split('\t'), ...counts([...distinct.values()])]);
print(platformTable);
console.log('');
print(perSource);

console.log('');
const tables: string[][] = [['vendor', 'common codes', 'by platform', 'documented ranges', 'inferred ranges']];
for (const adapter of [jmessage, tencent, easemob, agora]) {
  const { mappings } = adapter;
  const byPlatform = Object.entries(mappings.platforms)
    .map(([platform, codes]) => `${platform} ${Object.keys(codes ?? {}).length}`)
    .join(', ');
  tables.push([
    adapter.vendor,
    String(Object.keys(mappings.codes).length),
    byPlatform || '-',
    String(mappings.ranges.filter(([, , , documented]) => documented).length),
    String(mappings.ranges.filter(([, , , documented]) => !documented).length),
  ]);
}
print(tables);
const open = Object.values(listed).reduce((sum, items) => sum + items.length, 0);
console.log(`\nOpen gaps (mappings/documented/open-gaps.json): ${open} documented items not yet mapped.`);
if (changed > 0) {
  console.error(`${changed} source(s) whose unmapped codes differ from mappings/documented/open-gaps.json`);
  process.exitCode = 1;
}

console.log('');
const sdks = sdkConformance();
print(sdkTable(sdks));
const sdkMissing = sdks.reduce((sum, { missing: codes }) => sum + codes.length, 0);
if (sdkMissing > 0) {
  console.error(`\n${sdkMissing} SDK-defined code(s) neither mapped nor deliberately unmapped`);
  process.exitCode = 1;
}

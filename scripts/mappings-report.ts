/**
 * `npm run mappings:report`: per vendor, how many codes the seed documents, how many the tables map, and how many
 * ranges infer meanings from the vendor's numbering. Exits 1 if any documented code is unmapped.
 */
import { easemob } from '../adapters/easemob/index.js';
import { jmessage } from '../adapters/jmessage/index.js';
import { tencent } from '../adapters/tencent/index.js';
import { resolveCode, type AdapterSpec, type Vendor } from '../src/index.js';
import { readEasemobSeedCodes } from './seeds/easemob.js';
import { readJMessageSeedCodes } from './seeds/jmessage.js';
import { readTencentSeedCodes } from './seeds/tencent.js';
import type { SeedCode } from './seeds/types.js';

interface Row {
  readonly adapter: AdapterSpec<Exclude<Vendor, 'unknown'>, string>;
  readonly seed: readonly SeedCode[];
}

const rows: Row[] = [
  { adapter: jmessage, seed: readJMessageSeedCodes() },
  { adapter: tencent, seed: readTencentSeedCodes() },
  { adapter: easemob, seed: readEasemobSeedCodes() },
];

const header = ['vendor', 'documented', 'mapped', 'by platform', 'documented ranges', 'inferred ranges', 'unmapped'];
const table: string[][] = [header];
let missing = 0;
for (const { adapter, seed } of rows) {
  const { mappings } = adapter;
  const documented = new Set(seed.filter((entry) => entry.to === undefined).map((entry) => entry.code));
  const unmapped = [...documented].filter((code) => {
    const found = resolveCode(mappings, code, undefined);
    return found === undefined || found.inferred;
  });
  missing += unmapped.length;
  const byPlatform = Object.entries(mappings.platforms)
    .map(([platform, codes]) => `${platform} ${Object.keys(codes ?? {}).length}`)
    .join(', ');
  table.push([
    adapter.vendor,
    `${documented.size} codes${seed.some((entry) => entry.to !== undefined) ? ` + ${seed.filter((entry) => entry.to !== undefined).length} range` : ''}`,
    String(Object.keys(mappings.codes).length),
    byPlatform || '-',
    String(mappings.ranges.filter(([, , , documentedRange]) => documentedRange).length),
    String(mappings.ranges.filter(([, , , documentedRange]) => !documentedRange).length),
    unmapped.length === 0 ? '0' : unmapped.join(' '),
  ]);
}

const widths = header.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
for (const row of table) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd());
if (missing > 0) {
  console.error(`\n${missing} documented code(s) unmapped`);
  process.exitCode = 1;
}

/**
 * `npm run mappings:report`: per vendor, how many codes the seed documents, how many the tables map, and how many
 * ranges infer meanings from the vendor's numbering; then, per installed SDK package, how many codes the package
 * defines, how many are mapped and how many deliberately left unmapped. Exits 1 if any documented or SDK-defined
 * code is neither.
 */
import { easemob } from '../adapters/easemob/index.js';
import { jmessage } from '../adapters/jmessage/index.js';
import { tencent } from '../adapters/tencent/index.js';
import { resolveCode, type AdapterSpec, type Vendor } from '../src/index.js';
import { readEasemobSeedCodes } from './seeds/easemob.js';
import { readJMessageSeedCodes } from './seeds/jmessage.js';
import { readTencentSeedCodes } from './seeds/tencent.js';
import type { SeedCode } from './seeds/types.js';
import { sdkConformance, sdkTable } from './sdk/table.js';

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

/** Prints rows as aligned columns. */
function print(rows: readonly string[][]): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd());
}

print(table);
if (missing > 0) {
  console.error(`\n${missing} documented code(s) unmapped`);
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

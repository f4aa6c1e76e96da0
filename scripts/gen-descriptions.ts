/**
 * `npm run descriptions`: writes `mappings/descriptions/<vendor>.ts`, what each vendor's own documents
 * (`../shared/seeds/`, read by the seed parsers) and SDK constant tables (`../shared/vendor-sdk-codes/`) say each
 * code means — the "documented meaning" `im-errors explain` prints. Data only; no runtime entry imports it.
 * `test/scripts/gen-descriptions.test.ts` fails when the committed files differ from what this would write.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { VENDORS, type Vendor } from '../src/taxonomy.js';
import { repoRoot, SEEDS_DIR } from './seeds/dir.js';
import { readEasemobSeedCodes } from './seeds/easemob.js';
import { readJMessageSeedCodes } from './seeds/jmessage.js';
import { readTencentSeedCodes } from './seeds/tencent.js';
import type { SeedCode } from './seeds/types.js';

/** Where the SDK constant tables are: `$IM_ERRORS_SDK_CODES`, else `vendor-sdk-codes` beside the seeds. */
const SDK_CODES_DIR: string = process.env.IM_ERRORS_SDK_CODES ?? resolve(SEEDS_DIR, '..', 'vendor-sdk-codes');

/** A vendor document read by a seed parser, and how its codes are grouped into sources. */
interface SeedPlan {
  readonly read: () => SeedCode[];
  /** The source a documented code belongs to (one per document, or per section where sections name platforms). */
  readonly source: (code: SeedCode) => string;
  readonly platform?: string;
}

/** SDK constant tables (`vendor-sdk-codes/*.json`), merged into one source: the first file's names lead. */
interface SdkPlan {
  readonly files: readonly string[];
  readonly platform?: string;
}

interface VendorPlan {
  readonly seeds?: SeedPlan;
  readonly sdk: readonly SdkPlan[];
}

/** Source names for the JMessage documents, which come as three files (the Chinese one in sections per platform). */
const JMESSAGE_DOCS: { readonly [file: string]: (section: string | undefined) => string } = {
  '000_436aa1594640c544.txt': () => 'JMessage server error codes (English)',
  '001_1599e5c4793cf27d.txt': (section) => `JMessage error codes (Chinese): ${section ?? 'general'}`,
  '002_dc5685c8accccbb7.txt': () => 'JMessage Web SDK error codes',
};

/** What is read for each vendor. A vendor added to the taxonomy without a plan here fails to compile. */
const PLANS: { readonly [V in Exclude<Vendor, 'unknown'>]: VendorPlan } = {
  jmessage: {
    seeds: {
      read: readJMessageSeedCodes,
      source: (code) => JMESSAGE_DOCS[code.file]?.(code.section) ?? code.file,
    },
    sdk: [{ files: ['jmessage.json'] }],
  },
  tencent: {
    seeds: { read: readTencentSeedCodes, source: () => 'Tencent Cloud IM error codes (native SDKs, server, IM SDK V3)' },
    sdk: [{ files: ['tencentcloud-chat.json', 'tim-js-sdk.json'], platform: 'web' }],
  },
  easemob: {
    seeds: { read: readEasemobSeedCodes, source: () => 'Easemob Web / mini-program SDK error codes', platform: 'web' },
    sdk: [{ files: ['easemob-websdk.json'], platform: 'web' }],
  },
  agora: {
    sdk: [{ files: ['agora-chat.json'], platform: 'web' }],
  },
};

/** A source as it is built: code → texts (several when a document lists a code twice). */
interface Building {
  readonly name: string;
  readonly platform: string | undefined;
  readonly codes: Map<number, string[]>;
  readonly ranges: Array<readonly [number, number, string]>;
}

/** One line of text: whitespace runs become one space. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

function add(source: Building, code: number, text: string): void {
  const texts = source.codes.get(code) ?? [];
  if (!texts.includes(text)) texts.push(text);
  source.codes.set(code, texts);
}

function seedSources(plan: SeedPlan): Building[] {
  const sources = new Map<string, Building>();
  for (const code of plan.read()) {
    const name = plan.source(code);
    const source: Building = sources.get(name) ?? { name, platform: plan.platform, codes: new Map(), ranges: [] };
    sources.set(name, source);
    if (code.to === undefined) add(source, code.code, oneLine(code.text));
    else source.ranges.push([code.code, code.to, oneLine(code.text)]);
  }
  return [...sources.values()];
}

/** The shape of a `vendor-sdk-codes/*.json` file, as far as it is read here. */
interface SdkCodeFile {
  readonly package: string;
  readonly codes: ReadonlyArray<{ readonly code: number; readonly name: string; readonly doc?: string }>;
}

function readSdkFile(file: string): SdkCodeFile {
  const parsed = JSON.parse(readFileSync(join(SDK_CODES_DIR, file), 'utf8')) as SdkCodeFile;
  if (typeof parsed.package !== 'string' || !Array.isArray(parsed.codes)) throw new Error(`${file}: not an SDK code table`);
  return parsed;
}

/** `NAME: doc`, without the SDK's internal `@hidden` markers. */
function constantText(entry: SdkCodeFile['codes'][number]): string {
  const doc = entry.doc === undefined || entry.doc.startsWith('@') ? '' : oneLine(entry.doc);
  return doc === '' ? entry.name : `${entry.name}: ${doc}`;
}

function sdkSource(plan: SdkPlan): Building {
  const tables = plan.files.map(readSdkFile);
  const source: Building = {
    name: `${tables.map((table) => table.package).join(' + ')} constants`,
    platform: plan.platform,
    codes: new Map(),
    ranges: [],
  };
  const [first, ...others] = tables;
  for (const entry of first?.codes ?? []) add(source, entry.code, constantText(entry));
  for (const table of others) {
    for (const entry of table.codes) {
      const known = source.codes.get(entry.code) ?? [];
      if (known.some((text) => text === entry.name || text.startsWith(`${entry.name}:`))) continue;
      add(source, entry.code, `${constantText(entry)} (${table.package})`);
    }
  }
  return source;
}

const q = (text: string): string => JSON.stringify(text);

/** The TypeScript text of one vendor's descriptions module. */
function render(vendor: string, sources: readonly Building[]): string {
  const lines = [
    '// Generated by `npm run descriptions` (scripts/gen-descriptions.ts) from ../shared/seeds and',
    '// ../shared/vendor-sdk-codes. Do not edit: change the generator or its inputs, and run it again.',
    "import type { CodeDescriptions } from './types.js';",
    '',
    `/** What ${vendor}'s own documents and SDK constant tables say each code means. */`,
    `export const ${vendor}Descriptions: CodeDescriptions = {`,
    `  vendor: ${q(vendor)},`,
    '  sources: [',
  ];
  for (const source of sources) {
    lines.push('    {', `      name: ${q(source.name)},`);
    if (source.platform !== undefined) lines.push(`      platform: ${q(source.platform)},`);
    lines.push('      codes: {');
    for (const [code, texts] of [...source.codes].sort(([a], [b]) => a - b)) lines.push(`        ${q(String(code))}: ${q(texts.join(' / '))},`);
    lines.push('      },');
    if (source.ranges.length > 0) {
      lines.push('      ranges: [');
      for (const [from, to, text] of source.ranges) lines.push(`        [${from}, ${to}, ${q(text)}],`);
      lines.push('      ],');
    }
    lines.push('    },');
  }
  lines.push('  ],', '};', '');
  return lines.join('\n');
}

/** Every generated file: path relative to the repository → its text. */
export function descriptionFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const vendor of VENDORS) {
    const plan = PLANS[vendor];
    const sources = [...(plan.seeds === undefined ? [] : seedSources(plan.seeds)), ...plan.sdk.map(sdkSource)];
    files.set(`mappings/descriptions/${vendor}.ts`, render(vendor, sources));
  }
  return files;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = repoRoot();
  for (const [path, text] of descriptionFiles()) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    console.log(`wrote ${path}`);
  }
}

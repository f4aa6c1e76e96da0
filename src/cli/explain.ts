/** `im-errors explain <vendor> <code>`: the IMError a vendor code becomes, what the vendor says, what users read. */
import { en, resolveCatalog, toDeveloperMessage, toUserMessage, zhCN } from '../messages/index.js';
import type { IMError } from '../imerror.js';
import { UsageError, parse } from './args.js';
import { describeCode, type Described } from '../descriptions/describe.js';
import { RECOVERY_MEANINGS } from '../descriptions/recoveries.js';
import { retryableText } from '../descriptions/retryable.js';
import type { CliIO } from './io.js';
import { formatTable } from './table.js';
import { CLI_VENDORS, findVendor, type CliVendor } from './vendors.js';

/** The catalogs `--locale` chooses from. */
const CATALOGS = [en, zhCN] as const;

/** A code as typed: an integer (negative ones too: Easemob -2, Tencent -10001). */
const CODE = /^-?\d{1,12}$/;

/** What `explain` found, as `--json` prints it. */
export interface Explanation {
  readonly vendor: string;
  readonly platform: string | null;
  readonly code: number;
  readonly kind: string;
  readonly reason: string;
  readonly retryable: boolean;
  readonly retryAfterMs: number | null;
  readonly recovery: string;
  readonly inferred: boolean;
  readonly documented: readonly Described[];
  readonly userMessage: { readonly locale: string; readonly text: string };
  readonly developerMessage: string;
}

function vendorNamed(name: string): CliVendor {
  const vendor = findVendor(name);
  if (vendor === undefined) throw new UsageError(`unknown vendor '${name}' (vendors: ${CLI_VENDORS.map((known) => known.name).join(', ')})`);
  return vendor;
}

function codeOf(text: string): number {
  if (!CODE.test(text)) throw new UsageError(`the code must be an integer, not '${text}'`);
  return Number(text);
}

function platformOf(vendor: CliVendor, platform: string | undefined): string | undefined {
  if (platform !== undefined && !vendor.platforms.includes(platform)) {
    throw new UsageError(`${vendor.name} has no platform '${platform}' (platforms: ${vendor.platforms.join(', ')})`);
  }
  return platform;
}

/** The built-in locale `--locale` names (`zh_CN`, `zh-TW` → zh-CN, `en-GB` → en); other languages are an error. */
function localeOf(tag: string): string {
  const language = (value: string): string => value.replace(/_/g, '-').toLowerCase().split('-')[0] ?? '';
  const catalog = resolveCatalog(CATALOGS, tag);
  if (catalog === undefined || language(catalog.locale) !== language(tag) || !/^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$/.test(tag)) {
    throw new UsageError(`unknown locale '${tag}' (locales: ${CATALOGS.map((known) => known.locale).join(', ')})`);
  }
  return catalog.locale;
}

/** Explains one code; throws {@link UsageError} for a bad vendor, code, platform or locale. */
export function explainCode(vendorName: string, codeText: string, platformName?: string, localeTag = 'en'): Explanation {
  const vendor = vendorNamed(vendorName);
  const code = codeOf(codeText);
  const platform = platformOf(vendor, platformName);
  const locale = localeOf(localeTag);
  const error: IMError = vendor.normalize(code, platform);
  return {
    vendor: vendor.name,
    platform: error.platform ?? null,
    code,
    kind: error.kind,
    reason: error.reason,
    retryable: error.retryable,
    retryAfterMs: error.retryAfterMs ?? null,
    recovery: error.recovery,
    inferred: error.inferred,
    documented: describeCode(vendor.descriptions, code, error.platform),
    userMessage: { locale, text: toUserMessage(error, { locale }) },
    developerMessage: toDeveloperMessage(error),
  };
}

/** The explanation as aligned text. */
export function formatExplanation(explanation: Explanation): string {
  const { vendor, platform, code, retryable, retryAfterMs, recovery, documented, userMessage } = explanation;
  const rows: string[][] = [
    ['IMError', `${explanation.kind}/${explanation.reason}`],
    ['retryable', retryableText(retryable, retryAfterMs)],
    ['recovery', `${recovery} (${RECOVERY_MEANINGS[recovery as keyof typeof RECOVERY_MEANINGS] ?? ''})`],
  ];
  if (explanation.inferred) rows.push(['inferred', "yes: from the vendor's numbering, not its documentation"]);
  if (documented.length === 0) rows.push(['documented', "(not in the vendor's documents or SDK tables)"]);
  documented.forEach(({ source, text }, index) => rows.push([index === 0 ? 'documented' : '', `${source}: ${text}`]));
  rows.push([`user (${userMessage.locale})`, userMessage.text], ['developer', explanation.developerMessage]);
  const title = `${vendor} ${code}${platform === null ? '' : ` on ${platform}`}`;
  return [title, ...formatTable(rows).map((line) => `  ${line}`)].join('\n');
}

/** `explain`'s options. */
const OPTIONS = {
  platform: { type: 'string' },
  locale: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs `im-errors explain …`; returns the exit code. */
export function explainCommand(argv: readonly string[], io: CliIO, usage: string): number {
  const { values, positionals } = parse(argv, OPTIONS);
  if (values.help === true) {
    io.stdout(`${usage}\n`);
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError(`explain takes <vendor> <code>, got ${positionals.length} argument${positionals.length === 1 ? '' : 's'}`);
  const [vendor, code] = positionals as [string, string];
  const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  const explanation = explainCode(vendor, code, str(values.platform), str(values.locale));
  io.stdout(`${values.json === true ? JSON.stringify(explanation, null, 2) : formatExplanation(explanation)}\n`);
  return 0;
}

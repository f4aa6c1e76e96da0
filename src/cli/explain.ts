/** `im-errors explain <vendor> <code>`: the IMError a vendor code becomes, what the vendor says, what users read. */
import { en, toDeveloperMessage, toUserMessage, zhCN } from '../messages/index.js';
import { resolveCatalog } from '../messages/locale.js';
import type { IMError } from '../imerror.js';
import { UsageError, parse, shown } from './args.js';
import { describeCode, type Described } from '../descriptions/describe.js';
import { RECOVERY_MEANINGS } from '../descriptions/recoveries.js';
import { retryableText } from '../descriptions/retryable.js';
import type { CliIO } from './io.js';
import { formatTable } from './table.js';
import { HTTP_STATUS } from '../http-status.js';
import { CLI_VENDORS, findPlatform, findVendor, type CliVendor } from './vendors.js';

/** The catalogs `--locale` chooses from. */
const CATALOGS = [en, zhCN] as const;

/** A code as typed: an integer (negative ones too: Easemob -2, Tencent -10001). */
const CODE = /^-?\d{1,12}$/;

/** What `explain` found, as `--json` prints it. */
export interface Explanation {
  readonly vendor: string;
  readonly platform: string | null;
  /** The code; a REST answer's `error` string (Easemob `reach_limit`). */
  readonly code: number | string;
  /** The HTTP status a REST answer was explained with (`--status`); null for a code. */
  readonly httpStatus: number | null;
  readonly kind: string;
  readonly reason: string;
  readonly retryable: boolean;
  readonly retryAfterMs: number | null;
  readonly recovery: string;
  readonly inferred: boolean;
  /**
   * The code is one of the vendor's catch-alls (Easemob -2 REQUEST_UNKNOWN, 17): in a real error the HTTP status
   * beside it, or the error it wraps, decides — what a bare code gives is not what such an error gives.
   */
  readonly generic: boolean;
  readonly documented: readonly Described[];
  readonly userMessage: { readonly locale: string; readonly text: string };
  readonly developerMessage: string;
}

function vendorNamed(name: string): CliVendor {
  const vendor = findVendor(name);
  if (vendor === undefined) throw new UsageError(`unknown vendor ${shown(name)} (vendors: ${CLI_VENDORS.map((known) => known.name).join(', ')})`);
  return vendor;
}

/** The `error` strings of a vendor's REST rows (Easemob `reach_limit`), each with the statuses that list it. */
function restErrors(vendor: CliVendor): Map<string, number[]> {
  const errors = new Map<string, number[]>();
  for (const [status, byError] of Object.entries(vendor.mappings.rest ?? {})) {
    for (const error of Object.keys(byError)) errors.set(error, [...(errors.get(error) ?? []), Number(status)]);
  }
  return errors;
}

/** A code as typed: an integer, or one of the vendor's REST `error` strings. */
function codeOf(vendor: CliVendor, text: string): number | string {
  if (CODE.test(text)) return Number(text);
  if (restErrors(vendor).has(text)) return text;
  const rest = restErrors(vendor).size > 0 ? ` or one of its REST error strings (im-errors list --vendor ${vendor.name})` : '';
  throw new UsageError(`the code must be an integer${rest}, not ${shown(text)}`);
}

/** The `--status` of a REST answer: an HTTP status the row lists. */
function statusOf(vendor: CliVendor, error: number | string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const statuses = typeof error === 'string' ? (restErrors(vendor).get(error) ?? []) : [];
  if (typeof error !== 'string') throw new UsageError('--status goes with a REST error string, not a code');
  if (!/^\d{3}$/.test(text) || !statuses.includes(Number(text))) {
    throw new UsageError(`${vendor.name} documents ${shown(error)} with status ${statuses.join(' or ')}, not ${shown(text)}`);
  }
  return Number(text);
}

function platformOf(vendor: CliVendor, name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const platform = findPlatform(vendor, name);
  if (platform === undefined) throw new UsageError(`${vendor.name} has no platform ${shown(name)} (platforms: ${vendor.platforms.join(', ')})`);
  return platform;
}

/**
 * What the vendor documents for `code` on `platform`. Where the platform's own table maps the code otherwise than the
 * common table (Tencent's web SDK 1002 is a kick, the common 1002 an invalid parameter), the platform reads the
 * number its own way: only that platform's sources count. Elsewhere every source about the platform, or about none,
 * counts (web 70001 is the server's 70001, and both say so).
 */
function documentedOn(vendor: CliVendor, code: number, platform: string | undefined): Described[] {
  const key = String(code);
  const has = (table: object | undefined): boolean => table !== undefined && Object.prototype.hasOwnProperty.call(table, key);
  const table = platform === undefined ? undefined : vendor.mappings.platforms[platform];
  const common = vendor.mappings.codes;
  const own = has(table) && !(has(common) && String(common[code]) === String(table![code]));
  const sources = own ? vendor.descriptions.sources.filter((source) => source.platform === platform) : vendor.descriptions.sources;
  return describeCode({ ...vendor.descriptions, sources }, code, platform);
}

/** The built-in locale `--locale` names (`zh_CN`, `zh-TW` → zh-CN, `en-GB` → en); other languages are an error. */
function localeOf(tag: string): string {
  const language = (value: string): string => value.replace(/_/g, '-').toLowerCase().split('-')[0] ?? '';
  const catalog = resolveCatalog(CATALOGS, tag);
  if (catalog === undefined || language(catalog.locale) !== language(tag) || !/^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$/.test(tag)) {
    throw new UsageError(`unknown locale ${shown(tag)} (locales: ${CATALOGS.map((known) => known.locale).join(', ')})`);
  }
  return catalog.locale;
}

/** Explains one code; throws {@link UsageError} for a bad vendor, code, platform or locale. */
export function explainCode(vendorName: string, codeText: string, platformName?: string, localeTag = 'en', statusText?: string): Explanation {
  const vendor = vendorNamed(vendorName);
  const code = codeOf(vendor, codeText);
  const status = statusOf(vendor, code, statusText);
  const platform = platformOf(vendor, platformName);
  const locale = localeOf(localeTag);
  // A REST error string is explained as the body the API sends, with the status beside it when given.
  const raw = typeof code === 'string' ? { error: code, error_description: '', statusCode: status } : code;
  const error: IMError = vendor.normalize(raw, typeof code === 'string' ? (platform ?? 'server') : platform);
  return {
    vendor: vendor.name,
    platform: error.platform ?? null,
    code,
    httpStatus: status ?? null,
    kind: error.kind,
    reason: error.reason,
    retryable: error.retryable,
    retryAfterMs: error.retryAfterMs ?? null,
    recovery: error.recovery,
    inferred: error.inferred,
    generic: typeof code === 'number' && vendor.mappings.generic.includes(code),
    documented: typeof code === 'number' ? documentedOn(vendor, code, error.platform) : [],
    userMessage: { locale, text: toUserMessage(error, { locale }) },
    developerMessage: toDeveloperMessage(error),
  };
}

/** What the `generic` row says: how a real error with a catch-all code is read (HTTP 0 as the table has it). */
const GENERIC_NOTE = (() => {
  const [kind, reason] = HTTP_STATUS[0]!;
  return `yes: a catch-all; in a real error the error it wraps or its HTTP status decides (status 0, no answer: ${kind}/${reason})`;
})();

/** The explanation as aligned text. */
export function formatExplanation(explanation: Explanation): string {
  const { vendor, platform, code, retryable, retryAfterMs, recovery, documented, userMessage } = explanation;
  const rows: string[][] = [
    ['IMError', `${explanation.kind}/${explanation.reason}`],
    ['retryable', retryableText(retryable, retryAfterMs)],
    ['recovery', `${recovery} (${RECOVERY_MEANINGS[recovery as keyof typeof RECOVERY_MEANINGS] ?? ''})`],
  ];
  if (explanation.inferred) rows.push(['inferred', "yes: from the vendor's numbering, not its documentation"]);
  if (explanation.generic) rows.push(['generic', GENERIC_NOTE]);
  if (documented.length === 0) rows.push(['documented', "(not in the vendor's documents or SDK tables)"]);
  documented.forEach(({ source, text }, index) => rows.push([index === 0 ? 'documented' : '', `${source}: ${text}`]));
  rows.push([`user (${userMessage.locale})`, userMessage.text], ['developer', explanation.developerMessage]);
  const status = explanation.httpStatus === null ? '' : ` (HTTP ${explanation.httpStatus})`;
  const title = `${vendor} ${code}${status}${platform === null ? '' : ` on ${platform}`}`;
  return [title, ...formatTable(rows).map((line) => `  ${line}`)].join('\n');
}

/** `explain`'s options. */
const OPTIONS = {
  platform: { type: 'string' },
  status: { type: 'string' },
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
  const explanation = explainCode(vendor, code, str(values.platform), str(values.locale), str(values.status));
  io.stdout(`${values.json === true ? JSON.stringify(explanation, null, 2) : formatExplanation(explanation)}\n`);
  return 0;
}

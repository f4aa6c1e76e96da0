/**
 * The consumer bundles and their budgets, as data: small modules importing `im-errors/…` the way an app would, what
 * each may hold beyond the core, and the gzipped size it may reach. A budget sits a little above what the bundle
 * measured after the work on size (docs/readme/size.md); raise one only with the reason in its comment.
 */
import { CORE_ONLY, vendorOnly, type Allowance } from './allowances.js';

/** One bundle to measure. */
export interface BundleSpec {
  /** How the report names it. */
  readonly name: string;
  /** The consumer: an app's module, importing `im-errors/…` as an app would. */
  readonly source: string;
  /** What it may hold beyond the core. */
  readonly allows: Allowance;
  /** The gzipped bytes it may reach; none for a bundle checked only by the absence rules. */
  readonly budget?: number | undefined;
}

/** Lines of a consumer module. */
const lines = (...source: string[]): string => `${source.join('\n')}\n`;

/**
 * The budgeted bundles: the core with one adapter (Tencent) — normalize only, then with each part an app adds — the
 * English messages alone, and the README's first example (`normalize` over every vendor). Each budget is about 4 %
 * above what was measured (esbuild 0.28.2, Node 20's zlib), rounded up to 50 bytes.
 */
export const BUDGETED: readonly BundleSpec[] = [
  {
    name: 'tencent: normalize',
    source: lines(
      "import { normalize } from 'im-errors/tencent';",
      'export const toIMError = (raw) => normalize(raw);',
    ),
    allows: vendorOnly('tencent'),
    budget: 12_450, // measured 12,070 (11,444 + the HTTP reading of issue 14 and the JMessage tables of issue 11, merged) (platform lineage, REST rows and shape ownership in the core: issue 11; redaction scanner, IMError.fromJSON and the brand registry in the core: issue 12)
  },
  {
    name: 'tencent: the adapter object',
    source: lines(
      "import { tencent } from 'im-errors/tencent';",
      'export const toIMError = (raw) => tencent.normalize(raw);',
    ),
    allows: vendorOnly('tencent'),
    budget: 14_250, // measured 13,811 (13,208 + the HTTP reading of issue 14 and the JMessage tables of issue 11, merged) (platform lineage, REST rows and shape ownership in the core: issue 11; redaction scanner, IMError.fromJSON and the brand registry in the core: issue 12)
  },
  {
    name: 'all: normalize (every vendor)',
    source: lines(
      "import { normalize } from 'im-errors/all';",
      'export const toIMError = (raw) => normalize(raw);',
    ),
    allows: { ...CORE_ONLY, vendors: ['jmessage', 'tencent', 'easemob'] },
    budget: 17_550, // measured 17,042 (16,049 + the HTTP reading of issue 14 and the JMessage tables of issue 11, merged) (Easemob native tables, 108 codes, and REST rows; core platform model: issue 11; redaction scanner, IMError.fromJSON and the brand registry in the core: issue 12)
  },
  {
    name: 'tencent + withRetry',
    source: lines(
      "import { withRetry } from 'im-errors';",
      "import { tencent } from 'im-errors/tencent';",
      'export const send = (call) => withRetry(call, { normalizer: tencent });',
    ),
    allows: vendorOnly('tencent'),
    budget: 18_900, // measured 18,341 (16,124 + the retry fault paths of issue 12: option checks, attempt timeouts, single-flight refresh, per-signal cancellation) (15,533 + the HTTP reading of issue 14, merged) (core platform model, REST rows: issue 11; redaction scanner, IMError.fromJSON and the brand registry in the core: issue 12)
  },
  {
    name: 'messages/en',
    source: lines(
      "import { toUserMessage } from 'im-errors/messages/en';",
      'export const say = (error) => toUserMessage(error);',
    ),
    allows: CORE_ONLY,
    budget: 4_750, // measured 4,550
  },
  {
    name: 'effect + tencent',
    source: lines(
      "import { fromPromise, withRetry } from 'im-errors/effect';",
      "import { tencent } from 'im-errors/tencent';",
      'export const send = (call) => fromPromise(call, tencent).pipe(withRetry());',
    ),
    allows: { ...vendorOnly('tencent'), peers: ['effect'] },
    budget: 30_050, // measured 29,469 (27,521 + the retry fault paths of issue 12: option checks, the shared history recorder, single-flight refresh on a Deferred) (core platform model, REST rows: issue 11; redaction scanner, IMError.fromJSON and the brand registry in the core: issue 12)
  },
  {
    name: 'di + tencent',
    source: lines(
      "import { registerIMErrors } from 'im-errors/di';",
      "import { container } from 'tsyringe';",
      "import { tencent } from 'im-errors/tencent';",
      'registerIMErrors(container, { adapters: [tencent] });',
    ),
    allows: { ...vendorOnly('tencent'), peers: ['tsyringe', 'reflect-metadata'] },
    budget: 28_550, // measured 27,995 (25,844 + the retry fault paths of issue 12, through withRetry) (core platform model, REST rows: issue 11; redaction scanner, IMError.fromJSON and the brand registry in the core: issue 12; the HTTP reading of issue 14)
  },
];

/**
 * The vendor SDK packages im-errors is held to (pinned in package.json devDependencies), and where each keeps its
 * code table: Tencent's as an object literal inside the bundle, Easemob's and Agora's as the exported `statusCode`.
 */
import { agora } from '../../adapters/agora/index.js';
import { easemob } from '../../adapters/easemob/index.js';
import { tencent } from '../../adapters/tencent/index.js';
import type { AdapterSpec, Vendor } from '../../src/index.js';

/** Where a package keeps its codes. */
export type CodeSource =
  /** An object literal of `NAME:number` pairs in these bundle files (each read; they must agree). */
  | { readonly kind: 'bundle-literal'; readonly files: readonly string[] }
  /** The `statusCode` enum of the module (`.default.statusCode` under ESM interop). */
  | { readonly kind: 'status-enum' };

/** One SDK package. */
export interface SdkPackage {
  readonly name: string;
  /** The adapter whose tables must cover the package's codes. */
  readonly adapter: AdapterSpec<Exclude<Vendor, 'unknown'>, string>;
  /** The platform whose table the package's codes are read in. */
  readonly platform: string;
  readonly source: CodeSource;
}

/** Every SDK package, in README order. */
export const SDK_PACKAGES: readonly SdkPackage[] = [
  {
    name: '@tencentcloud/chat',
    adapter: tencent,
    platform: 'web',
    source: { kind: 'bundle-literal', files: ['index.js', 'index.es.js'] },
  },
  {
    name: 'tim-js-sdk',
    adapter: tencent,
    platform: 'web',
    source: { kind: 'bundle-literal', files: ['tim-js.js', 'tim-js.es.js', 'tim-js-friendship.js', 'tim-js-friendship.es.js'] },
  },
  // The WeChat mini-program build of tim-js-sdk 2.x: the same API and code table, read the same way.
  {
    name: 'tim-wx-sdk',
    adapter: tencent,
    platform: 'web',
    source: { kind: 'bundle-literal', files: ['tim-wx.js', 'tim-wx.es.js', 'tim-wx-friendship.js', 'tim-wx-friendship.es.js'] },
  },
  { name: 'easemob-websdk', adapter: easemob, platform: 'web', source: { kind: 'status-enum' } },
  { name: 'agora-chat', adapter: agora, platform: 'web', source: { kind: 'status-enum' } },
];

// @vitest-environment node
/**
 * `tim-wx-sdk` 2.27 (Tencent's WeChat mini-program SDK: the tim-js-sdk bundle built for mini programs, same API and
 * code table), loaded in Node against a dead network. It reads `wx` only where it exists (system info), so without a
 * mini-program runtime it runs its web code paths: the same real errors as tim-js-sdk.
 */
import { createRequire } from 'node:module';
import { tencentSuite, type TencentModule } from './support/tencent.js';

const require = createRequire(import.meta.url);

tencentSuite('tim-wx-sdk', { window: true, load: () => require('tim-wx-sdk') as TencentModule });

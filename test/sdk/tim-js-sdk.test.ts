// @vitest-environment node
/** `tim-js-sdk` 2.27 (the older Tencent web SDK, same API), loaded in Node against a dead network. */
import { createRequire } from 'node:module';
import { tencentSuite, type TencentModule } from './support/tencent.js';

const require = createRequire(import.meta.url);

tencentSuite('tim-js-sdk', { window: true, load: () => require('tim-js-sdk') as TencentModule });

// @vitest-environment node
/** `@tencentcloud/chat` 3.6 (the current Tencent web / mini-program SDK), loaded in Node against a dead network. */
import { createRequire } from 'node:module';
import { tencentSuite, type TencentModule } from './support/tencent.js';

const require = createRequire(import.meta.url);

tencentSuite('@tencentcloud/chat', { window: false, load: () => require('@tencentcloud/chat') as TencentModule });

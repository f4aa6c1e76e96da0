// @vitest-environment node
/** `easemob-websdk` 4.21 (Easemob's web / mini-program SDK), loaded in Node against a dead network. */
import { createRequire } from 'node:module';
import { easemob } from '../../adapters/easemob/index.js';
import { easemobSuite, type EasemobModule } from './support/easemob.js';

const require = createRequire(import.meta.url);

easemobSuite('easemob-websdk', { adapter: easemob, load: () => require('easemob-websdk') as EasemobModule });

// @vitest-environment node
/** `agora-chat` 1.4 (Agora Chat's web SDK, Easemob's under Agora's name), loaded in Node against a dead network. */
import { createRequire } from 'node:module';
import { agora } from '../../adapters/agora/index.js';
import { easemobSuite, type EasemobModule } from './support/easemob.js';

const require = createRequire(import.meta.url);

easemobSuite('agora-chat', { adapter: agora, load: () => (require('agora-chat') as { default: EasemobModule }).default });

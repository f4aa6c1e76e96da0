/** `im-errors/jmessage`: the JMessage (JIGUANG IM) adapter. */
import { jmessageMappings, type JMessagePlatform } from '../../mappings/jmessage.js';
import { defineAdapter } from '../../src/normalizer.js';
import { parseJMessage } from './parse.js';

export type { JMessagePlatform };

/**
 * JMessage. Its web, iOS, Android and server codes share one numbering, so `platform` only labels the result; it
 * is `server` for REST answers and otherwise whatever the caller passes.
 */
export const jmessage = defineAdapter({
  vendor: 'jmessage',
  platforms: ['web', 'ios', 'android', 'server'],
  defaultPlatform: undefined,
  mappings: jmessageMappings,
  parse: parseJMessage,
});

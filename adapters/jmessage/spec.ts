/**
 * JMessage: the error shapes and code tables, the part of the `jmessage` adapter that normalizing needs —
 * without its event and method tables. `normalize` from `im-errors/jmessage` and `im-errors/all` are built from it.
 */
import { jmessageMappings } from '../../mappings/jmessage.js';
import { parseJMessage } from './parse.js';

/** The JMessage adapter's spec, less `events` and `methods`. */
export const jmessageSpec = {
  vendor: 'jmessage',
  platforms: ['web', 'ios', 'android', 'server'],
  // Every JMessage code but 0 (success) is six digits in 765000–899999; no other vendor's numbering reaches there.
  ownCodes: [[765000, 899999]],
  defaultPlatform: undefined,
  mappings: jmessageMappings,
  parse: parseJMessage,
} as const;

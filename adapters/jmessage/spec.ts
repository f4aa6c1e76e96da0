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
  // Every JMessage SDK code but 0 (success) and the React Native plugin's -1…4 is six digits in 765000–899999; the
  // server adds seven-digit chat-room (713xxxx) and RTC signalling (7100xxx) codes. No other vendor's numbering
  // reaches either span.
  ownCodes: [
    [765000, 899999],
    [7100000, 7139999],
  ],
  defaultPlatform: undefined,
  mappings: jmessageMappings,
  parse: parseJMessage,
} as const;

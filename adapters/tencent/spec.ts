/**
 * Tencent Cloud IM: the error shapes and code tables, the part of the `tencent` adapter that normalizing needs —
 * without its event and method tables. `normalize` from `im-errors/tencent` and `im-errors/all` are built from it.
 */
import { tencentMappings } from '../../mappings/tencent.js';
import { parseTencent } from './parse.js';

/** The Tencent Cloud IM adapter's spec, less `events` and `methods`. */
export const tencentSpec = {
  vendor: 'tencent',
  platforms: ['web', 'native', 'server'],
  defaultPlatform: 'web',
  mappings: tencentMappings,
  parse: parseTencent,
} as const;

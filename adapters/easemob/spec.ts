/**
 * Easemob: the error shapes and code tables, the part of the `easemob` adapter that normalizing needs —
 * without its event and method tables. `normalize` from `im-errors/easemob` and `im-errors/all` are built from it.
 */
import { easemobMappings } from '../../mappings/easemob.js';
import { parseEasemob } from './parse.js';

/** The Easemob adapter's spec, less `events` and `methods`. */
export const easemobSpec = {
  vendor: 'easemob',
  platforms: ['web', 'native', 'server', 'android', 'ios'],
  defaultPlatform: 'web',
  mappings: easemobMappings,
  parse: parseEasemob,
} as const;

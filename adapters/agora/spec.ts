/**
 * Agora Chat: the error shapes and code tables, the part of the `agora` adapter that normalizing needs —
 * without its event and method tables. `normalize` from `im-errors/agora` is built from it.
 */
import { agoraMappings } from '../../mappings/agora.js';
import { parseEasemob } from '../easemob/parse.js';

/** The Agora Chat adapter's spec, less `events` and `methods`. */
export const agoraSpec = {
  vendor: 'agora',
  platforms: ['web', 'native', 'server', 'android', 'ios'],
  defaultPlatform: 'web',
  mappings: agoraMappings,
  parse: parseEasemob,
} as const;

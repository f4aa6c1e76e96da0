/**
 * What an IMError says when no vendor table decides: the entries for values no table maps, in one place.
 * Each is interpreted by `fromEntry`, like any vendor mapping.
 */
import type { MappingEntry } from './mapping.js';

/** A vendor code no table or range knows: kept, not guessed at. */
export const UNMAPPED: MappingEntry = ['unknown', 'unmapped-code', false, 'none'];

/** A value with no recognisable error in it. */
export const UNRECOGNIZED: MappingEntry = ['unknown', 'unrecognized', false, 'none'];

/** A value several vendors claim with equal evidence. */
export const AMBIGUOUS: MappingEntry = ['unknown', 'ambiguous-vendor', false, 'none'];

/** Any other thrown `Error`: an exception in local code (the app's or the SDK's). */
export const EXCEPTION: MappingEntry = ['client', 'exception', false, 'none'];

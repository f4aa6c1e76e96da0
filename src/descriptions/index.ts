/**
 * `im-errors/descriptions`: what each vendor's own documents and SDK tables say its codes mean, the lookup, the rows
 * of every mapped code, what each recovery asks and whether to retry, in words — documentation for tools (the
 * `im-errors` CLI, the explorer page). No runtime entry imports it: the texts are large, so an app pays for them only
 * if it imports this entry.
 *
 * @example
 * ```ts
 * import { CODE_DESCRIPTIONS, describeCode } from 'im-errors/descriptions';
 * describeCode(CODE_DESCRIPTIONS.tencent, 70001, 'web'); // [{ source: 'Tencent Cloud IM error codes …', text: 'UserSig expired. …' }, …]
 * ```
 *
 * @packageDocumentation
 */
export { CODE_DESCRIPTIONS, descriptionsOf } from './by-vendor.js';
export { describeCode, describeRange } from './describe.js';
export type { Described } from './describe.js';
export { documentedCodes, mappedCodes } from './mapped-codes.js';
export type { DocumentedCode, MappedCode, MappedVendor } from './mapped-codes.js';
export { RECOVERY_MEANINGS } from './recoveries.js';
export { retryableText } from './retryable.js';
export type { CodeDescriptions, DescriptionSource } from '../../mappings/descriptions/types.js';

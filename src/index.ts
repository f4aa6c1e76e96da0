/**
 * `im-errors`: the IMError taxonomy and the normalizer. Vendor adapters are separate entries
 * (`im-errors/tencent`, `im-errors/easemob`, `im-errors/jmessage`) so an app ships only the tables it uses.
 */
export { KINDS, REASONS, RECOVERIES, VENDORS, isKind, isReasonOf } from './taxonomy.js';
export type { Kind, Reason, ReasonOf, Recovery, Vendor } from './taxonomy.js';
export { createIMError, fromEntry, isIMError } from './imerror.js';
export type { ErrorLink, IMError, IMErrorContext, IMErrorFields, IMErrorInit, IMErrorJSON, IMErrorOf } from './imerror.js';
export { createNormalizer, defineAdapter } from './normalizer.js';
export type { Normalize, NormalizeOptions, NormalizerOptions, PlatformOf } from './normalizer.js';
export type { AdapterOptions, AdapterSpec, ParsedError, ParsedLink, VendorAdapter } from './adapter.js';
export { resolveCode } from './mapping.js';
export type { CodeRange, CodeTable, MappingEntry, Resolution, VendorMappings } from './mapping.js';
export { redact } from './redact.js';

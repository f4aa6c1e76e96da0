/**
 * Tencent Cloud IM error shapes: native SDK callbacks `{code, desc}`, web SDK rejections `{code, message, data?}`
 * (often `Error` subclasses with minified names), `EVENT.ERROR` payloads `{name: 'error', data: {code, message}}`,
 * REST API answers `{ActionStatus: 'FAIL', ErrorCode, ErrorInfo}`, (bare codes are read by the core).
 */
import type { ParsedError } from '../../src/adapter.js';
import { readFields, safeCode, safeGet, safeText, type RawFields } from '../../src/safe.js';
import type { TencentPlatform } from '../../mappings/tencent.js';

/** `{code, desc}` is a native SDK callback's error, `{code, message?}` a web SDK rejection. */
function fromFields({ code, desc, message }: RawFields): ParsedError<TencentPlatform> | undefined {
  if (code === undefined) return undefined;
  return desc === undefined
    ? { links: [{ code, message: message ?? '' }], platform: 'web', distinctive: false }
    : { links: [{ code, message: desc }], platform: 'native', distinctive: false };
}

/** Reads a Tencent error out of a raw object, or undefined when it has no Tencent shape. */
export function parseTencent(fields: RawFields, raw: unknown): ParsedError<TencentPlatform> | undefined {
  const direct = fromFields(fields);
  if (direct !== undefined) return direct;
  // EVENT.ERROR: { name: 'error', data: { code, message } }
  if (fields.name === 'error') {
    const inner = readFields(fields.data);
    const parsed = inner === undefined ? undefined : fromFields(inner);
    if (parsed !== undefined) return { ...parsed, platform: 'web', distinctive: true };
  }
  // REST API: { ActionStatus: 'FAIL', ErrorCode: 70001, ErrorInfo: '…' }
  const restCode = safeCode(safeGet(raw, 'ErrorCode'));
  if (restCode !== undefined && safeGet(raw, 'ActionStatus') !== undefined) {
    return {
      links: [{ code: restCode, message: safeText(safeGet(raw, 'ErrorInfo')) ?? '' }],
      platform: 'server',
      distinctive: true,
    };
  }
  return undefined;
}

/**
 * JMessage (JIGUANG IM) error shapes: web SDK `onFail` `{code, message}`, React Native / Cordova plugins
 * `{code, description}`, `{code, desc}`, REST API answers `{error: {code, message}}` (bare codes are read by the core).
 */
import type { ParsedError } from '../../src/adapter.js';
import { readFields, type RawFields } from '../../src/safe.js';
import type { JMessagePlatform } from '../../mappings/jmessage.js';

/** `{code, description}` (the plugins' shape, JMessage's alone), `{code, desc}`, `{code, message?}`, in that order. */
function fromFields({ code, description, desc, message }: RawFields): ParsedError<JMessagePlatform> | undefined {
  if (code === undefined) return undefined;
  if (description !== undefined) return { links: [{ code, message: description }], distinctive: true };
  return { links: [{ code, message: desc ?? message ?? '' }], distinctive: false };
}

/** Reads a JMessage error out of a raw object's fields, or undefined when it has no JMessage shape. */
export function parseJMessage(fields: RawFields): ParsedError<JMessagePlatform> | undefined {
  const direct = fromFields(fields);
  if (direct !== undefined) return direct;
  // REST API: { error: { code: 899002, message: 'No such user' } }
  const inner = readFields(fields.error);
  const rest = inner === undefined ? undefined : fromFields(inner);
  return rest === undefined ? undefined : { ...rest, platform: 'server', distinctive: true };
}

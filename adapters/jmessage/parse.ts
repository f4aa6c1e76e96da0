/**
 * JMessage (JIGUANG IM) error shapes: web SDK `onFail` `{code, message}`, React Native / Cordova plugins
 * `{code, description}`, `{code, desc}`, REST API answers `{error: {code, message}}` (bare codes are read by the core).
 */
import { match, P } from 'ts-pattern';
import type { ParsedError } from '../../src/adapter.js';
import { readFields, type RawFields } from '../../src/safe.js';
import type { JMessagePlatform } from '../../mappings/jmessage.js';

const code = P.union(P.number, P.string);

function fromFields(fields: RawFields): ParsedError<JMessagePlatform> | undefined {
  return match(fields)
    .with({ code, description: P.string }, ({ code, description }) => ({
      links: [{ code, message: description }] as const,
      distinctive: true,
    }))
    .with({ code, desc: P.string }, ({ code, desc }) => ({ links: [{ code, message: desc }] as const, distinctive: false }))
    .with({ code }, ({ code, message }) => ({ links: [{ code, message: message ?? '' }] as const, distinctive: false }))
    .otherwise(() => undefined);
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

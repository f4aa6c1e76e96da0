/**
 * Redacting structured values by key, before they become text: a secret-named key keeps its place and loses its
 * value, other strings go through the text scanner, and the walk is bounded (depth, keys, cycles), never throws.
 */
import { nameVerdict } from './names.js';
import { REDACTED, scan } from './scan.js';

/** Deepest level copied; deeper values are replaced by `[…]`. */
const MAX_DEPTH = 10;
/** Most keys or items copied per object or array. */
const MAX_ENTRIES = 100;

/** Most values copied in all: shared sub-objects are copied each time they are met, so the walk needs a total bound. */
const MAX_NODES = 10_000;

/** A plain JSON-like value: what {@link redactValue} gives. */
export type Redacted = string | number | boolean | null | readonly Redacted[] | { readonly [key: string]: Redacted };

function isSecretKey(key: string): boolean {
  return nameVerdict(key, 0, key.length) !== 'none';
}

function copy(value: unknown, depth: number, seen: Set<object>, budget: { left: number }): Redacted {
  if (--budget.left < 0) return '[…]';
  if (typeof value === 'string') return scan(value).text;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return typeof value === 'bigint' ? String(value) : `[${typeof value}]`;
  if (seen.has(value)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[…]';
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.slice(0, MAX_ENTRIES).map((item: unknown) => copy(item, depth + 1, seen, budget));
    const out: Record<string, Redacted> = {};
    for (const key of Object.keys(value).slice(0, MAX_ENTRIES)) {
      let item: unknown;
      try {
        item = (value as Record<string, unknown>)[key];
      } catch {
        item = '[unreadable]';
      }
      out[key] = isSecretKey(key) && item !== undefined && item !== null && item !== '' ? REDACTED : copy(item, depth + 1, seen, budget);
    }
    return out;
  } catch {
    return '[unreadable]';
  } finally {
    seen.delete(value);
  }
}

/**
 * A plain copy of `value` safe to print or send: values under secret-named keys (`userSig`, `authToken`, `密码`…)
 * replaced by `[redacted]`, every other string redacted as text; at most 10 levels and 100 entries per level, cycles
 * marked `[circular]`. Never throws.
 *
 * @example
 * redactValue({ userId: 'u1', tlsUserSig: 'eJw…', nested: { header: 'Authorization: Bearer x' } });
 * // { userId: 'u1', tlsUserSig: '[redacted]', nested: { header: 'Authorization: Bearer [redacted]' } }
 */
export function redactValue(value: unknown): Redacted {
  return copy(value, 0, new Set(), { left: MAX_NODES });
}

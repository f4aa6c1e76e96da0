/**
 * Lifecycle events. Much of what goes wrong in a chat app arrives as an event, not as a rejected call: kicked offline,
 * UserSig expired, connection lost. Each vendor's event table (data, in `mappings/<vendor>-events.ts`) says which
 * events signal which failure; {@link readEvent} is the only code that reads those tables, and
 * {@link subscribeErrors} feeds a client's events through it.
 */
import { UNMAPPED } from './fallbacks.js';
import { fromEntry, type IMError } from './imerror.js';
import { canonicalPlatform, resolveCode, type MappingEntry, type VendorMappings } from './mapping.js';
import { safeGet } from './safe.js';
import type { Vendor } from './taxonomy.js';

/**
 * What an event signals:
 * - `{ code }` — the same failure as one of the vendor's codes, read from the code tables (Tencent `kickedOut`
 *   `multipleDevice` is web code 3002 KICKED_OUT_MULT_DEVICE);
 * - `{ entry }` — a failure no vendor code names (JMessage web `onDisconnect`);
 * - `{ error: path }` — the payload carries a vendor error at `path` (`[]` for the payload itself), normalized like a
 *   rejection (Tencent `error`, Easemob `onError`); when nothing is there, the next rule for the event decides;
 * - `{ none: true }` — no failure (connected, reconnecting, a token about to expire).
 */
export type EventMeaning =
  | { readonly code: number }
  | { readonly entry: MappingEntry }
  | { readonly error: readonly string[] }
  | { readonly none: true };

/** One row of an event table. */
export interface EventRule {
  /** The event's name as the SDK emits it (Tencent `kickedOut`, Easemob `onDisconnected`). */
  readonly event: string;
  /**
   * A field of the payload and the value that selects this rule (`[['data', 'type'], 'multipleDevice']`); a number
   * also matches its digit string. Without it the rule takes every payload of the event.
   */
  readonly when?: readonly [path: readonly string[], value: string | number];
  readonly means: EventMeaning;
  /**
   * The platform the event belongs to, when only one platform emits it (Easemob's React Native `onTokenDidExpire`):
   * its `{ code }` is read in that platform's table, whatever platform the call named.
   */
  readonly platform?: string;
}

/** A vendor's lifecycle events; for each event the first rule that matches decides. */
export type EventTable = readonly EventRule[];

/** What reading an event needs from its vendor. */
export interface EventContext<P extends string> {
  readonly vendor: Exclude<Vendor, 'unknown'>;
  readonly mappings: VendorMappings<P>;
  readonly events: EventTable;
  /** The platform whose code table `{ code }` rules read. */
  readonly platform: P | undefined;
  /** The vendor's normalize, for payloads that carry an error. */
  readonly normalize: (raw: unknown) => IMError;
}

/** The value at `path` inside `value` (read safely), or `value` itself for an empty path. */
function valueAt(value: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((current, key) => safeGet(current, key), value);
}

function selects(rule: EventRule, payload: unknown): boolean {
  if (rule.when === undefined) return true;
  const found = valueAt(payload, rule.when[0]);
  return (typeof found === 'string' || typeof found === 'number') && String(found) === String(rule.when[1]);
}

/** The text an IMError from an event shows: the event's name, and the value that selected its rule. */
function describe(rule: EventRule): string {
  return rule.when === undefined ? rule.event : `${rule.event}: ${String(rule.when[1])}`;
}

/**
 * The IMError an event signals, or undefined when it signals none (or the table does not know it).
 *
 * @example
 * ```ts
 * const context = { vendor: 'tencent', platform: 'web', mappings: tencentMappings, events: tencentEvents, normalize: tencent.normalize } as const;
 * readEvent(context, 'kickedOut', { data: { type: 'multipleDevice' } }); // auth/kicked-other-device
 * // (adapters do this for you: tencent.normalizeEvent('kickedOut', payload))
 * ```
 */
export function readEvent<P extends string>(context: EventContext<P>, event: string, payload: unknown): IMError | undefined {
  for (const rule of context.events) {
    if (rule.event !== event || !selects(rule, payload)) continue;
    const { means } = rule;
    const { vendor } = context;
    const platform = (rule.platform as P | undefined) ?? context.platform;
    if ('none' in means) return undefined;
    if ('error' in means) {
      const error = valueAt(payload, means.error);
      if (error === null || typeof error !== 'object') continue;
      return context.normalize(error);
    }
    const vendorMessage = describe(rule);
    if ('entry' in means) {
      return fromEntry(means.entry, { vendor, platform: canonicalPlatform(context.mappings, platform, undefined), vendorMessage, cause: payload });
    }
    const resolution = resolveCode(context.mappings, means.code, platform);
    return fromEntry(resolution?.entry ?? UNMAPPED, {
      vendor,
      platform: canonicalPlatform(context.mappings, platform, resolution?.table),
      code: means.code,
      vendorMessage,
      inferred: resolution?.inferred ?? false,
      chain: [{ code: means.code, message: vendorMessage }],
      cause: payload,
    });
  }
  return undefined;
}

/**
 * The events a subscription listens to: every event the table says can signal a failure (events it lists only as
 * `none` are left alone), once each, in table order.
 *
 * @example
 * ```ts
 * eventNames(tencentEvents); // ['kickedOut', 'netStateChange', 'error', …]
 * ```
 */
export function eventNames(table: EventTable): string[] {
  return table
    .filter(({ means }) => !('none' in means))
    .map(({ event }) => event)
    .filter((event, index, all) => all.indexOf(event) === index);
}

/** Stops a subscription; calling it again does nothing. */
export type Unsubscribe = () => void;

/** Receives one event as the SDK emitted it: its name and what the SDK's listener got. */
export type EventSink = (event: string, payload?: unknown) => void;

/** A vendor that can listen to a client's lifecycle events and read them: every vendor adapter of im-errors. */
export interface EventSource<C> {
  /** Listens to the events of `client` that the vendor's event table knows; returns how to stop. */
  readonly subscribe: (client: C, sink: EventSink) => Unsubscribe;
  readonly normalizeEvent: (event: string, payload?: unknown) => IMError | undefined;
}

/**
 * Listens to a client's lifecycle events and calls `listener` with an IMError for each one that signals a failure:
 * kicked offline, credentials expired, connection lost… — the same kinds and reasons whichever vendor sent them.
 * One vendor error reported by several events (Easemob's `onError` then `onDisconnected` with the same error) is
 * reported once. Each subscription adds listeners of its own and stopping removes them (where the SDK cannot take a
 * callback back — the JMessage web SDK — the callback stays, silent, and holds no reference to `listener`).
 *
 * @example
 * ```ts
 * const stop = subscribeErrors(chat, tencent, (err) => {
 *   if (err.recovery === 'relogin') goToSignIn();
 * });
 * ```
 */
export function subscribeErrors<C>(client: C, source: EventSource<C>, listener: (error: IMError) => void): Unsubscribe {
  const reported = new WeakSet<object>();
  // Cleared when stopped: a callback an SDK cannot give back then reaches neither the listener nor what it holds.
  let deliver: ((error: IMError) => void) | undefined = listener;
  const stop = source.subscribe(client, (event, payload) => {
    if (deliver === undefined) return;
    const error = source.normalizeEvent(event, payload);
    if (error === undefined) return;
    const { cause } = error;
    if (typeof cause === 'object' && cause !== null) {
      if (reported.has(cause)) return;
      reported.add(cause);
    }
    deliver(error);
  });
  return () => {
    if (deliver === undefined) return;
    deliver = undefined;
    stop();
  };
}

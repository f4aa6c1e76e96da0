/**
 * Which SDK methods are safe to call again. Each vendor ships a table of its client's methods
 * (`adapters/<vendor>/methods.ts`); `wrapClient` reads it, and apps override single entries.
 */

/**
 * What calling a method again would do:
 * - `idempotent` — the same effect and answer (reads, "set to X"): retried per the policy;
 * - `sdk-retries` — the SDK already retries or reconnects inside; retrying on top multiplies load: not retried;
 * - `not-idempotent` — a second call can act twice (send a message twice, add twice) or fail because the first one
 *   worked: not retried;
 * - `local` — synchronous, no network (event registration, message factories, getters): passed through untouched,
 *   no normalizing, no budget, no breaker.
 *
 * Methods no table lists are normalized but not retried, and do not count toward the budget or the breaker.
 */
export type MethodSafety = 'idempotent' | 'sdk-retries' | 'not-idempotent' | 'local';

/**
 * A method's entry with more than its safety: `failureOf` reads a resolved result as a failure (SDKs that resolve
 * with `{ code, msg }` instead of rejecting).
 */
export interface MethodEntry {
  readonly safety: MethodSafety;
  readonly failureOf?: ((result: unknown) => unknown) | undefined;
}

/** A client's methods by name, and how safe each is to repeat (or an entry with a `failureOf` reader too). */
export type MethodTable = { readonly [method: string]: MethodSafety | MethodEntry };

/**
 * The entry of `method` in `table`, if it lists it (own entries only), as an object.
 *
 * @example
 * ```ts
 * entryOf({ send: 'not-idempotent' }, 'send'); // { safety: 'not-idempotent' }
 * entryOf({ send: 'not-idempotent' }, 'toString'); // undefined
 * ```
 */
export function entryOf(table: MethodTable, method: string): MethodEntry | undefined {
  const entry = Object.prototype.hasOwnProperty.call(table, method) ? table[method] : undefined;
  if (entry === undefined) return undefined;
  return typeof entry === 'string' ? { safety: entry } : entry;
}

/**
 * How `wrapClient` treats a method: `retry` per the policy; `once` — one call through the budget and breaker,
 * failures normalized; `normalize` — a method no table lists: one call, failures normalized, nothing else (it may
 * not even talk to the server); `passthrough` — left alone.
 */
export type MethodTreatment = 'retry' | 'once' | 'normalize' | 'passthrough';

/** The treatment of each safety class: data, read by {@link treatmentOf}. */
export const TREATMENTS: { readonly [S in MethodSafety]: MethodTreatment } = {
  idempotent: 'retry',
  'sdk-retries': 'once',
  'not-idempotent': 'once',
  local: 'passthrough',
};

/**
 * How `method` is treated under `table`: unlisted methods are only normalized (called once, never retried).
 *
 * @example
 * ```ts
 * treatmentOf({ getUserProfile: 'idempotent' }, 'getUserProfile'); // 'retry'
 * ```
 */
export function treatmentOf(table: MethodTable, method: string): MethodTreatment {
  const safety = entryOf(table, method)?.safety;
  return safety === undefined ? 'normalize' : (TREATMENTS[safety] ?? 'normalize');
}

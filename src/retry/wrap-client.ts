/**
 * `wrapClient`: a Proxy over a whole SDK instance (a `TencentCloudChat`, an Easemob `connection`, JMessage's `JIM`)
 * whose methods normalize their failures and retry only when the vendor's method table says repeating is safe.
 */
import { DEFAULT_RETRY_POLICY } from './default-policy.js';
import { entryOf, treatmentOf, type MethodTable, type MethodTreatment } from './methods.js';
import { checkRetryOptions } from './check-options.js';
import type { RetryOptions } from './options.js';
import { withRetry } from './run.js';
import { rememberBudget, wrapperBudget } from './wrap.js';

/** Options of {@link wrapClient}. */
export interface WrapClientOptions extends RetryOptions {
  /**
   * Method safety, over the adapter's table (`tencent.methods`…): `{ sendMessage: 'idempotent' }` makes a method
   * retried, `{ getConversationList: 'not-idempotent' }` stops it.
   */
  readonly methods?: MethodTable | undefined;
  /**
   * Reads a method's result as a promise. By default only thenables are; JMessage's chains need
   * `jmessageChain` (see `wrapJIM`). Return undefined for a result that is a plain value.
   */
  readonly promiseOf?: ((result: unknown) => PromiseLike<unknown> | undefined) | undefined;
}

/** A value's `then`, if it is a thenable. */
function thenable(value: unknown): PromiseLike<unknown> | undefined {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return undefined;
  return typeof (value as { then?: unknown }).then === 'function' ? (value as PromiseLike<unknown>) : undefined;
}

/** The method table of the normalizer, when it is an adapter that carries one. */
function adapterMethods(options: WrapClientOptions): MethodTable {
  const { normalizer } = options;
  if (normalizer === undefined || typeof normalizer === 'function') return {};
  const methods = (normalizer as { readonly methods?: MethodTable | undefined }).methods;
  return methods ?? {};
}

/** True when `target[property]` must be returned as is (a Proxy may not change a frozen own property). */
function frozenProperty(target: object, property: string): boolean {
  const own = Object.getOwnPropertyDescriptor(target, property);
  return own !== undefined && own.configurable === false && own.writable === false;
}

/**
 * Wraps an SDK instance in a Proxy. Every promise-returning method (and, with `promiseOf`, every chain-returning one)
 * rejects with IMErrors, synchronous throws included, and is retried only if its table entry is `idempotent`:
 *
 * - the table is the adapter's (`tencent.methods`, `easemob.methods`, `jmessage.methods`), overridden by
 *   `options.methods`;
 * - `idempotent` methods retry per the policy; `sdk-retries` and `not-idempotent` ones are called once (through the
 *   budget and breaker); methods the table does not list are called once and only normalized; `local` ones are
 *   left alone (event registration, message factories, getters);
 * - methods run on the real client (`this` is the client, not the Proxy); properties that are not functions,
 *   symbols, and results that are not promises are returned unchanged;
 * - one retry budget (a new one unless `options.budget` is given) and `options.breaker` are shared by every call;
 * - a table entry may carry a `failureOf` reader (`{ safety: 'idempotent', failureOf }`) for a method that reports
 *   failures by resolving; `options.failureOf` applies to every method;
 * - `idempotent` methods count as idempotent for `attemptTimeoutMs` (a timed-out attempt is retried);
 * - wrapped methods are cached by the SDK's function (weakly) and name: reading many property names grows nothing.
 *
 * @example
 * ```ts
 * const chat = wrapClient(TencentCloudChat.create({ SDKAppID }), { normalizer: tencent });
 * await chat.getConversationList();   // retried on a network blip; rejects with an IMError
 * await chat.sendMessage(message);    // never retried (it could send twice), still an IMError
 * ```
 */
export function wrapClient<C extends object>(client: C, options: WrapClientOptions = {}): C {
  checkRetryOptions(options);
  const table: MethodTable = { ...adapterMethods(options), ...options.methods };
  const promiseOf = options.promiseOf ?? thenable;
  const budget = wrapperBudget(options.budget);
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;
  const once = { ...policy, maxAttempts: 1 };
  const byTreatment: { readonly [T in Exclude<MethodTreatment, 'passthrough'>]: RetryOptions } = {
    retry: { ...options, policy, budget: budget ?? false, idempotent: true },
    once: { ...options, policy: once, budget: budget ?? false },
    normalize: { ...options, policy: once, budget: false, breaker: undefined },
  };
  // Wrapped methods by the SDK's function and its name: weakly keyed, so the cache holds only live function members
  // (a property that is not a function is never cached; a function the SDK drops is collected with its wrapper).
  const wrappers = new WeakMap<Function, Map<string, Function>>();

  const wrapMethod = (method: Function, name: string): Function => {
    const treatment = treatmentOf(table, name);
    if (treatment === 'passthrough') {
      return function (this: unknown, ...args: unknown[]): unknown {
        return method.apply(client, args);
      };
    }
    const failureOf = entryOf(table, name)?.failureOf;
    const retryOptions = failureOf === undefined ? byTreatment[treatment] : { ...byTreatment[treatment], failureOf };
    checkRetryOptions(retryOptions); // a method table's failureOf, checked once per wrapped method
    return function (this: unknown, ...args: unknown[]): unknown {
      let plain: { readonly value: unknown } | undefined;
      const promise = withRetry((context) => {
        const result: unknown = method.apply(client, args);
        const asPromise = promiseOf(result);
        if (asPromise !== undefined) return asPromise;
        if (context.attempt === 1) plain = { value: result };
        return result;
      }, retryOptions);
      // A method that returned a plain value (synchronously, on the first call): hand it back unchanged.
      return plain === undefined ? promise : plain.value;
    };
  };

  const proxy = new Proxy(client, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof property === 'symbol' || typeof value !== 'function' || frozenProperty(target, property)) return value;
      let byName = wrappers.get(value);
      const cached = byName?.get(property);
      if (cached !== undefined) return cached;
      const wrapped = wrapMethod(value, property);
      if (byName === undefined) wrappers.set(value, (byName = new Map()));
      byName.set(property, wrapped);
      return wrapped;
    },
  });
  rememberBudget(proxy, budget);
  return proxy;
}

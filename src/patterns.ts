/**
 * ts-pattern patterns for IMErrors, so that handling every case is short and checked:
 *
 * @example
 * ```ts
 * import { match } from 'ts-pattern';
 * import { patterns } from 'im-errors';
 *
 * match(err)
 *   .with({ kind: 'auth', reason: 'kicked-other-device' }, () => goToSignIn())
 *   .with(patterns.recovery.relogin, () => goToSignIn())
 *   .with(patterns.retryable, (e) => retryLater(e.retryAfterMs))
 *   .with(patterns.kind.auth, patterns.kind.network, …, () => showToast())
 *   .exhaustive(); // a kind left unhandled is a type error
 * ```
 *
 * The patterns are plain data (`{ kind: 'auth' }`), so they also work with `isMatching` and in `switch`-free code.
 *
 * @packageDocumentation
 */
import { P } from 'ts-pattern';
import { KINDS, RECOVERIES, type Kind, type ReasonOf, type Recovery } from './taxonomy.js';

/** A pattern per kind: `patterns.kind.auth` is `{ kind: 'auth' }`. */
export type KindPatterns = { readonly [K in Kind]: { readonly kind: K } };

/** A pattern per recovery: `patterns.recovery.relogin` is `{ recovery: 'relogin' }`. */
export type RecoveryPatterns = { readonly [R in Recovery]: { readonly recovery: R } };

const kind = Object.freeze(Object.fromEntries(KINDS.map((name) => [name, Object.freeze({ kind: name })]))) as KindPatterns;

const recovery = Object.freeze(
  Object.fromEntries(RECOVERIES.map((name) => [name, Object.freeze({ recovery: name })])),
) as RecoveryPatterns;

/** The pattern {@link reasons} makes: one kind, any of the given reasons. */
export type ReasonsPattern<K extends Kind, R extends readonly [ReasonOf<K>, ...ReasonOf<K>[]]> = {
  readonly kind: K;
  readonly reason: ReturnType<typeof P.union<unknown, R>>;
};

/** A pattern for some reasons of one kind: `reasons('auth', 'kicked-other-device', 'kicked-by-admin')`. */
function reasons<K extends Kind, const R extends readonly [ReasonOf<K>, ...ReasonOf<K>[]]>(kindName: K, ...names: R): ReasonsPattern<K, R> {
  return { kind: kindName, reason: P.union(...names) };
}

/** Patterns for matching IMErrors with ts-pattern's `match(err).with(…)`. */
export const patterns = Object.freeze({
  /** Each kind: `patterns.kind.network`. */
  kind,
  /** Each recovery: `patterns.recovery['refresh-credentials']`. */
  recovery,
  /** Errors worth sending again unchanged after a delay. */
  retryable: Object.freeze({ retryable: true as const }),
  /** Errors that sending again unchanged will not fix. */
  permanent: Object.freeze({ retryable: false as const }),
  /** Some reasons of one kind, e.g. `patterns.reasons('auth', 'kicked-other-device', 'kicked-by-admin')`. */
  reasons,
});

/**
 * IMErrors as Effect failures: the same error object with a `_tag` equal to its `kind`, so `Effect.catchTag('auth', …)`
 * narrows to the auth kind (and its `reason`) the way it does for `Data.TaggedError`s.
 */
import { registerIMError, type IMError } from '../imerror.js';
import type { Kind } from '../taxonomy.js';

/**
 * An IMError that carries `_tag === kind`: what the `im-errors/effect` combinators fail with. It is the IMError the
 * normalizer returned (same object, same `cause`, `isIMError` true), with one non-enumerable property added, so
 * `toJSON`, `Object.keys` and log output are unchanged.
 */
export type TaggedIMError<K extends Kind = Kind> = K extends Kind ? IMError<K> & { readonly _tag: K } : never;

/**
 * Gives `error` a `_tag` equal to its kind and returns it. The property is non-enumerable and read-only. An IMError
 * that cannot take a property (frozen by its owner) is returned as a view instead: a new object whose prototype is
 * the error, so every field, `cause`, `stack` and `isIMError` read through to it.
 *
 * @example
 * ```ts
 * const failure = Effect.fail(tagged(tencent.normalize(e)));
 * failure.pipe(Effect.catchTag('auth', (err) => relogin(err))); // the tag is the kind
 * ```
 */
export function tagged<K extends Kind>(error: IMError<K>): TaggedIMError<K>;
export function tagged(error: IMError): TaggedIMError;
export function tagged(error: IMError): TaggedIMError {
  const kind = error.kind;
  if (hasTag(error, kind)) return error as TaggedIMError;
  try {
    Object.defineProperty(error, '_tag', { value: kind, enumerable: false, writable: false, configurable: true });
  } catch {
    // Frozen or sealed: fall through to the view.
  }
  if (hasTag(error, kind)) return error as TaggedIMError;
  const view = Object.create(error, { _tag: { value: kind, enumerable: false, writable: false, configurable: true } }) as TaggedIMError;
  registerIMError(view); // made here from a real IMError: `isIMError` holds for it too
  return view;
}

function hasTag(error: IMError, kind: Kind): boolean {
  return (error as { readonly _tag?: unknown })._tag === kind;
}

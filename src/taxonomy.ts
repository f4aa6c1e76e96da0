/**
 * The vocabulary of im-errors: kinds, the reasons within each kind, and recovery hints.
 *
 * The same idea has the same word in every kind: `not-found`, `already-exists`, `limit-reached`,
 * `no-permission`, `content-rejected`, `invalid`, `invalid-field`, `already-set` / `not-set`,
 * `unsupported`, and `other` for a code whose exact meaning is not known (range inference).
 */

/** Every kind of IMError, in the order the classification rules are applied. */
export const KINDS = [
  'rate-limit',
  'network',
  'auth',
  'quota',
  'group',
  'friend',
  'media',
  'message',
  'user',
  'permission',
  'validation',
  'server',
  'client',
  'unknown',
] as const;

/** The discriminant of {@link IMError}: which part of a chat app failed. */
export type Kind = (typeof KINDS)[number];

/** The reasons allowed within each kind. Adding one here makes every message catalog incomplete until worded. */
export const REASONS = {
  /** Frequency over a short window: waiting helps. */
  'rate-limit': ['too-many-requests', 'too-many-messages', 'too-many-logins', 'too-many-connections'],
  /** Transport between client and server. */
  network: [
    'offline',
    'disconnected',
    'timeout',
    'connection-failed',
    'connection-reset',
    'request-failed',
    'queue-full',
    'other',
  ],
  /** Identity and session. */
  auth: [
    'token-expired',
    'invalid-credentials',
    'missing-credentials',
    'not-logged-in',
    'already-logged-in',
    'login-in-progress',
    'logout-in-progress',
    'kicked-other-device',
    'kicked-by-admin',
    'password-changed',
    'device-mismatch',
    'account-disabled',
    'account-removed',
    'app-key-invalid',
    'app-disabled',
    'other',
  ],
  /** Plan or account caps that waiting will not fix, and features not enabled for the app. */
  quota: [
    'limit-reached',
    'daily-limit-reached',
    'online-limit-reached',
    'account-limit-reached',
    'plan-upgrade-required',
    'feature-not-enabled',
    'other',
  ],
  /** Groups, discussion groups and chat rooms. */
  group: [
    'not-found',
    'already-exists',
    'invalid-id',
    'invalid-field',
    'invalid',
    'not-member',
    'already-member',
    'full',
    'limit-reached',
    'owner-cannot-leave',
    'no-permission',
    'rejected-by-callback',
    'unsupported',
    'request-processed',
    'already-set',
    'not-set',
    'other',
  ],
  /** Friendships, friend requests, friend lists (`already-exists` / `not-found` name a friend list) and block lists. */
  friend: [
    'already-friend',
    'not-friend',
    'already-exists',
    'not-found',
    'limit-reached',
    'peer-limit-reached',
    'request-pending',
    'request-not-found',
    'request-processed',
    'request-declined',
    'blocked-by-peer',
    'in-blocklist',
    'already-blocked',
    'not-blocked',
    'invalid-field',
    'invalid',
    'content-rejected',
    'no-permission',
    'other',
  ],
  /** Files and media transfer. */
  media: [
    'upload-failed',
    'download-failed',
    'upload-credentials-failed',
    'not-found',
    'empty',
    'too-large',
    'unreadable',
    'checksum-mismatch',
    'not-media',
    'invalid',
    'expired',
    'other',
  ],
  /**
   * Sending, recalling, editing and finding messages, and what hangs off them (reactions, threads): `already-exists`
   * for a reaction or thread added twice, `conflict` for an edit racing another.
   */
  message: [
    'too-large',
    'invalid',
    'content-rejected',
    'rejected-by-callback',
    'not-found',
    'recall-expired',
    'already-recalled',
    'not-sender',
    'sender-muted',
    'blocked-by-receiver',
    'not-friend',
    'recipient-offline',
    'no-permission',
    'already-exists',
    'conflict',
    'unsupported',
    'limit-reached',
    'send-failed',
    'other',
  ],
  /** Accounts and profiles other than the session. */
  user: [
    'not-found',
    'already-exists',
    'invalid-id',
    'invalid-field',
    'content-rejected',
    'no-permission',
    'already-set',
    'not-set',
    'other',
  ],
  /** A generic permission refusal not about a group or a friend. */
  permission: ['no-permission', 'admin-required', 'operation-forbidden', 'cross-app-denied', 'other'],
  /** A generic invalid parameter or malformed request. */
  validation: ['invalid', 'malformed', 'missing-field', 'too-large', 'limit-reached', 'unsupported', 'other'],
  /** The vendor's servers failed. */
  server: ['internal', 'busy', 'timeout', 'unexpected-response', 'conflict', 'other'],
  /** Local SDK state and environment. */
  client: [
    'not-initialized',
    'invalid-state',
    'internal',
    'storage',
    'out-of-memory',
    'cancelled',
    'circuit-open',
    'callback-error',
    'unsupported',
    'exception',
    'other',
  ],
  /**
   * Nothing better can honestly be said: a code no table knows (`unmapped-code`), a value with no recognisable
   * error in it (`unrecognized`), a value that fits several vendors equally (`ambiguous-vendor`), or a
   * vendor's success code handed in as an error (`not-an-error`).
   */
  unknown: ['unmapped-code', 'unrecognized', 'ambiguous-vendor', 'not-an-error'],
} as const satisfies { readonly [K in Kind]: readonly string[] };

/** The reasons of one kind, e.g. `ReasonOf<'auth'>` is `'token-expired' | 'invalid-credentials' | …`. */
export type ReasonOf<K extends Kind> = (typeof REASONS)[K][number];

/** Any reason of any kind. */
export type Reason = ReasonOf<Kind>;

/**
 * What the app can do about an error.
 *
 * - `retry` — send the same request again after a short backoff (transient).
 * - `wait` — send it again, but only after a longer pause (rate limits, operations still in progress).
 * - `refresh-credentials` — fetch a new token / UserSig / signature, then retry; the user need not act.
 * - `relogin` — the session is gone (kicked, password changed): send the user to sign in again.
 * - `check-network` — the device is offline or cannot reach the server: wait for connectivity.
 * - `fix-input` — the request itself is wrong (bad parameter, too long, not a member…): change it.
 * - `check-config` — the app's setup is wrong (app key, SDK not initialised, console settings): a developer fixes it.
 * - `upgrade-plan` — a plan or account limit: buy or enable more in the vendor console.
 * - `contact-support` — the vendor must act (disabled app, internal errors that persist).
 * - `none` — nothing to do; the state is already what was asked, or the failure is final.
 */
export const RECOVERIES = [
  'retry',
  'wait',
  'refresh-credentials',
  'relogin',
  'check-network',
  'fix-input',
  'check-config',
  'upgrade-plan',
  'contact-support',
  'none',
] as const;

/** A recovery hint for the app; see {@link RECOVERIES}. */
export type Recovery = (typeof RECOVERIES)[number];

/**
 * The vendors im-errors knows. `agora` is Agora Chat, Easemob's technology under Agora's name: the same numbering
 * and tables, reported under its own name (`im-errors/agora`).
 */
export const VENDORS = ['jmessage', 'tencent', 'easemob', 'agora'] as const;

/** A vendor id, or `unknown` when no vendor could be told from the input. */
export type Vendor = (typeof VENDORS)[number] | 'unknown';

/**
 * True when `kind` is one of {@link KINDS}.
 *
 * @example
 * ```ts
 * isKind('network'); // true
 * isKind('oops'); // false
 * ```
 */
export function isKind(kind: unknown): kind is Kind {
  return typeof kind === 'string' && (KINDS as readonly string[]).includes(kind);
}

/**
 * True when `reason` is one of the reasons of `kind`.
 *
 * @example
 * ```ts
 * isReasonOf('auth', 'token-expired'); // true
 * isReasonOf('auth', 'timeout'); // false
 * ```
 */
export function isReasonOf<K extends Kind>(kind: K, reason: unknown): reason is ReasonOf<K> {
  return typeof reason === 'string' && (REASONS[kind] as readonly string[]).includes(reason);
}

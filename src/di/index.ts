/**
 * `im-errors/di`: im-errors in a tsyringe container. `registerIMErrors(container, { adapters, policy, locale,
 * toUserMessage })` registers the normalizer, the policy, a ready retrier and the message function under
 * {@link IMErrorsTokens}. Imports `reflect-metadata` before tsyringe (which needs it), so importing this entry first
 * is enough. tsyringe and reflect-metadata are optional peer dependencies: only this entry needs them.
 *
 * @packageDocumentation
 */
import 'reflect-metadata';

export { registerIMErrors } from './register.js';
export type { IMErrorsRegistration } from './register.js';
export { IMErrorsTokens } from './tokens.js';
export type { IMErrorsToken, Retrier, RetryCallOptions, UserMessage } from './tokens.js';

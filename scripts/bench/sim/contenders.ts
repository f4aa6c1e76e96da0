/** The contenders of the main storm tables, in report order: im-errors, its peers, and the no-retry floor. */
import type { Contender } from './contender.js';
import { IM_ERRORS } from './im-errors.js';
import { AWS_STANDARD_LIKE, COCKATIEL, NO_RETRY, P_RETRY } from './peers.js';

/** Every contender of the main tables, in report order. */
export const CONTENDERS: readonly Contender[] = [IM_ERRORS, P_RETRY, COCKATIEL, AWS_STANDARD_LIKE, NO_RETRY];

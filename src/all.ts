/** `im-errors/all`: a ready `normalize` over every vendor, for apps that use several (or don't know which). */
import { easemob } from '../adapters/easemob/index.js';
import { jmessage } from '../adapters/jmessage/index.js';
import { tencent } from '../adapters/tencent/index.js';
import { createNormalizer } from './normalizer.js';

export { easemob, jmessage, tencent };

/**
 * Normalizes an error from any of the three vendors. Without `{ vendor }` the vendor is told from the error's shape
 * and code; when two vendors fit equally the result is `unknown` / `ambiguous-vendor` rather than a guess.
 */
export const normalize = createNormalizer({ adapters: [jmessage, tencent, easemob] });

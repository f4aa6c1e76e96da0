/**
 * `im-errors/all`: a ready `normalize` over every vendor, for apps that use several (or don't know which).
 *
 * @packageDocumentation
 */
import { easemob } from '../adapters/easemob/index.js';
import { easemobSpec } from '../adapters/easemob/spec.js';
import { jmessage } from '../adapters/jmessage/index.js';
import { jmessageSpec } from '../adapters/jmessage/spec.js';
import { tencent } from '../adapters/tencent/index.js';
import { tencentSpec } from '../adapters/tencent/spec.js';
import { createNormalizer } from './normalizer.js';

export { easemob, jmessage, tencent };

/**
 * Normalizes an error from any of the three vendors. Without `{ vendor }` the vendor is told from the error's shape
 * and code; when two vendors fit equally the result is `unknown` / `ambiguous-vendor` rather than a guess. Built from
 * the vendors' specs, not their adapter objects: an app that imports only this ships no event or method table.
 *
 * @example
 * ```ts
 * import { normalize } from 'im-errors/all';
 * normalize({ code: 801003, description: 'user not exist' }); // vendor 'jmessage', user/not-found
 * normalize({ code: 502, description: 'x' }); // unknown/ambiguous-vendor: Easemob's or JMessage's plugin code?
 * normalize({ code: 502, description: 'x' }, { vendor: 'easemob', platform: 'native' }); // rate-limit
 * ```
 */
export const normalize = /* @__PURE__ */ createNormalizer({ adapters: [jmessageSpec, tencentSpec, easemobSpec] });

/** Every vendor's generated code descriptions, by vendor name. */
import { agoraDescriptions } from '../../mappings/descriptions/agora.js';
import { easemobDescriptions } from '../../mappings/descriptions/easemob.js';
import { jmessageDescriptions } from '../../mappings/descriptions/jmessage.js';
import { tencentDescriptions } from '../../mappings/descriptions/tencent.js';
import type { CodeDescriptions } from '../../mappings/descriptions/types.js';
import type { Vendor } from '../taxonomy.js';

/** What each vendor's own documents and SDK constant tables say its codes mean (`npm run descriptions` writes them). */
export const CODE_DESCRIPTIONS: { readonly [V in Exclude<Vendor, 'unknown'>]: CodeDescriptions } = {
  jmessage: jmessageDescriptions,
  tencent: tencentDescriptions,
  easemob: easemobDescriptions,
  agora: agoraDescriptions,
};

/** The descriptions of `vendor`, or undefined for `unknown` or a name im-errors does not know. */
export function descriptionsOf(vendor: string): CodeDescriptions | undefined {
  return Object.prototype.hasOwnProperty.call(CODE_DESCRIPTIONS, vendor)
    ? CODE_DESCRIPTIONS[vendor as Exclude<Vendor, 'unknown'>]
    : undefined;
}

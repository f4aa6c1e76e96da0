/** Every message a catalog can give for the taxonomy: each (kind, reason) × recovery, without and with context. */
import { KINDS, REASONS, RECOVERIES, createIMError, type IMErrorInit } from '../../../src/index.js';
import type { Catalog } from '../../../src/messages/catalog.js';
import type { MessageContext } from '../../../src/messages/context.js';
import { renderUserMessage } from '../../../src/messages/user-message.js';

/** `[where, message]` for every case, rendered with no context and with `context`. */
export function everyMessage(catalog: Catalog, context: MessageContext): Array<readonly [string, string]> {
  const out: Array<readonly [string, string]> = [];
  for (const kind of KINDS) {
    for (const reason of REASONS[kind]) {
      for (const recovery of RECOVERIES) {
        const error = createIMError({ kind, reason, recovery, retryable: true, retryAfterMs: 3000, vendor: 'easemob', cause: null } as IMErrorInit);
        for (const given of [{}, context]) out.push([`${kind}/${reason} ${recovery}`, renderUserMessage(catalog, error, given)]);
      }
    }
  }
  return out;
}

/** `im-errors/agora`: the Agora Chat adapter (Easemob's SDK under Agora's name: `agora-chat`, Agora Chat native SDKs). */
import { agoraEvents, agoraMappings, type AgoraPlatform } from '../../mappings/agora.js';
import { defineAdapter } from '../../src/normalizer.js';
import { easemobMethods } from '../easemob/methods.js';
import { parseEasemob } from '../easemob/parse.js';
import { subscribeEasemob } from '../easemob/subscribe.js';

export type { AgoraPlatform };
export { easemobMethods as agoraMethods };
export type { EasemobConnectionLike as AgoraConnectionLike } from '../easemob/subscribe.js';

/**
 * Agora Chat: Easemob's error shapes, tables and events, reported as `vendor: 'agora'`. `platform` defaults to `web`
 * (`agora-chat`); `android` reads Agora Chat's Android numbering (Easemob's). Use it instead of `easemob`, not beside
 * it: the two share every number, so a normalizer holding both could only call each `{type}` error ambiguous.
 */
export const agora = {
  ...defineAdapter({
    vendor: 'agora',
    platforms: ['web', 'android'],
    defaultPlatform: 'web',
    mappings: agoraMappings,
    parse: parseEasemob,
    events: agoraEvents,
    methods: easemobMethods,
  }),
  /** Registers an event handler on a connection; see `subscribeErrors`. */
  subscribe: subscribeEasemob,
};

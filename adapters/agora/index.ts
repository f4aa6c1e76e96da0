/** `im-errors/agora`: the Agora Chat adapter (Easemob's SDK under Agora's name: `agora-chat`, Agora Chat native SDKs). */
import { agoraSpec } from './spec.js';
import { agoraEvents, type AgoraPlatform } from '../../mappings/agora.js';
import { createNormalizer, defineAdapter } from '../../src/normalizer.js';
import type { VendorAdapter } from '../../src/adapter.js';
import { easemobMethods } from '../easemob/methods.js';
import { subscribeEasemob } from '../easemob/subscribe.js';

export type { AgoraPlatform };
export { easemobMethods as agoraMethods };
export type { EasemobConnectionLike as AgoraConnectionLike } from '../easemob/subscribe.js';

/**
 * `agora.normalize` without the adapter's event and method tables: anything the Agora Chat SDK rejected with (or a bare
 * code) in, an IMError out; never throws. An app that imports only this ships the code tables and nothing else.
 */
export const normalize: VendorAdapter<'agora', AgoraPlatform>['normalize'] = /* @__PURE__ */ createNormalizer({
  adapters: [agoraSpec],
});

/**
 * Agora Chat: Easemob's error shapes, tables and events, reported as `vendor: 'agora'`. `platform` defaults to `web`
 * (`agora-chat`); `android` reads Agora Chat's Android numbering (Easemob's). Use it instead of `easemob`, not beside
 * it: the two share every number, so a normalizer holding both could only call each `{type}` error ambiguous.
 */
export const agora = /* @__PURE__ */ defineAdapter(agoraSpec, {
  events: agoraEvents,
  methods: easemobMethods,
  /** Registers an event handler on a connection; see `subscribeErrors`. */
  subscribe: subscribeEasemob,
});

import type { VendorMappings } from '../src/mapping.js';
import { easemobMappings, type EasemobPlatform } from './easemob.js';

/** The Agora Chat SDK whose numbering a code is read in: the web SDK (`agora-chat`) or Android. */
export type AgoraPlatform = EasemobPlatform;

/**
 * Agora Chat codes: Easemob's, because Agora Chat is Easemob's SDK under Agora's name. `agora-chat` 1.4.0 exports
 * the same `statusCode` enum as `easemob-websdk` 4.21.1 — every one of its 137 numbers with the same name — minus
 * nine Easemob added later (214, 220, 407–411, 513, 514); Agora's error-code pages (docs.agora.io, Chat › Reference ›
 * Error codes: web `REQUEST_SUCCESS`…, Android / iOS `GENERAL_ERROR`, `NETWORK_ERROR`…) list Easemob's numbers and
 * names for web and native alike. `test/sdk/conformance.test.ts` fails the day a shared number gets another name.
 * So Agora has no differences to hold: the tables are Easemob's, shared, not copied.
 */
export const agoraMappings: VendorMappings<AgoraPlatform> = easemobMappings;

/** Agora Chat's events: `agora-chat` dispatches Easemob's handlers (`onError`, `onDisconnected`…) unchanged. */
export { easemobEvents as agoraEvents } from './easemob-events.js';

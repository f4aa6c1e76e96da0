/**
 * Codes the vendor SDKs define that im-errors leaves unmapped on purpose, per vendor, each with the reason. Only
 * members that are not errors belong here: anything the SDK can fail with gets a mapping, judged from its name and
 * where the SDK raises it. `test/sdk/conformance.test.ts` fails on a listed code that is mapped after all or that
 * no installed package defines any more.
 */
import type { Vendor } from '../../src/index.js';

/** Code → why it is not mapped. */
export type Unmapped = { readonly [code: number]: string };

/**
 * Easemob's `statusCode` enum (and so Agora Chat's) still carries members of its XMPP-era SDK that name connection
 * states, kinds of message and group events — values, not failures; the 4.21 SDK never raises them as errors.
 */
const EASEMOB_NOT_ERRORS: Unmapped = {
  // Group events the old SDK reported by number (accepting / declining invitations and join requests).
  35: 'WEBIM_CONNECTION_ACCEPT_INVITATION_FROM_GROUP: a group event, not an error',
  36: 'WEBIM_CONNECTION_DECLINE_INVITATION_FROM_GROUP: a group event, not an error',
  37: 'WEBIM_CONNECTION_ACCEPT_JOIN_GROUP: a group event, not an error',
  38: 'WEBIM_CONNECTION_DECLINE_JOIN_GROUP: a group event, not an error',
  // Kinds of received (REC) and sent (SED) messages; 301 REC_TEXT_ERROR and 317 SED_ERROR are errors and mapped.
  300: 'WEBIM_MESSAGE_REC_TEXT: a kind of received message, not an error',
  302: 'WEBIM_MESSAGE_REC_EMOTION: a kind of received message, not an error',
  303: 'WEBIM_MESSAGE_REC_PHOTO: a kind of received message, not an error',
  305: 'WEBIM_MESSAGE_REC_AUDIO_FILE: a kind of received message, not an error',
  306: 'WEBIM_MESSAGE_REC_VEDIO: a kind of received message, not an error',
  307: 'WEBIM_MESSAGE_REC_VEDIO_FILE: a kind of received message, not an error',
  308: 'WEBIM_MESSAGE_REC_FILE: a kind of received message, not an error',
  309: 'WEBIM_MESSAGE_SED_TEXT: a kind of sent message, not an error',
  310: 'WEBIM_MESSAGE_SED_EMOTION: a kind of sent message, not an error',
  311: 'WEBIM_MESSAGE_SED_PHOTO: a kind of sent message, not an error',
  312: 'WEBIM_MESSAGE_SED_AUDIO: a kind of sent message, not an error',
  313: 'WEBIM_MESSAGE_SED_AUDIO_FILE: a kind of sent message, not an error',
  314: 'WEBIM_MESSAGE_SED_VEDIO: a kind of sent message, not an error',
  315: 'WEBIM_MESSAGE_SED_VEDIO_FILE: a kind of sent message, not an error',
  316: 'WEBIM_MESSAGE_SED_FILE: a kind of sent message, not an error',
  // Connection states (the SDK sets 404 / 405 on `context.status` while closing); 406 is the state after an error,
  // whose cause reaches the app as its own error.
  400: 'STATUS_INIT: a connection state, not an error',
  401: 'STATUS_DOLOGIN_USERGRID: a connection state, not an error',
  402: 'STATUS_DOLOGIN_IM: a connection state, not an error',
  403: 'STATUS_OPENED: a connection state, not an error',
  404: 'STATUS_CLOSING: a connection state, not an error',
  405: 'STATUS_CLOSED: a connection state, not an error',
  406: 'STATUS_ERROR: a connection state (the error itself is reported with its own code)',
};

/** Per vendor: the SDK codes deliberately left unmapped. Tencent's web SDKs define only errors: none. */
export const DELIBERATELY_UNMAPPED: { readonly [V in Exclude<Vendor, 'unknown'>]?: Unmapped } = {
  tencent: {},
  easemob: EASEMOB_NOT_ERRORS,
  agora: EASEMOB_NOT_ERRORS,
};

/**
 * The raw errors the normalize bench feeds, as an app meets them: every vendor's shapes (Tencent web / native /
 * REST, JMessage web / React Native / REST, Easemob and Agora with their nested `data` chains), codes no table
 * knows, bare codes, and the JS errors an SDK call also rejects with. Weighted by repetition: the common cases
 * (network, auth, rate limits, a plain `Error`) appear more than once.
 */
import { agora } from '../../adapters/agora/index.js';
import { easemob } from '../../adapters/easemob/index.js';
import { jmessage } from '../../adapters/jmessage/index.js';
import { tencent } from '../../adapters/tencent/index.js';
import type { IMError } from '../../src/index.js';

/** One raw error and the adapter an app would hand it to. */
export interface MixItem {
  readonly label: string;
  readonly normalize: (raw: unknown) => IMError;
  readonly raw: unknown;
  /** The message a plain `new Error(message)` baseline is built with: the vendor's own text, as an app would. */
  readonly message: string;
}

const item = (label: string, normalize: (raw: unknown) => IMError, raw: unknown, message: string): MixItem => ({ label, normalize, raw, message });

const abort = (): Error => {
  const error = new Error('The operation was aborted.');
  error.name = 'AbortError';
  return error;
};

/** The mix, built fresh (so the objects are the app's, not shared constants the engine may have specialised for). */
export function normalizeMix(): MixItem[] {
  const t = (raw: unknown): IMError => tencent.normalize(raw);
  const tNative = (raw: unknown): IMError => tencent.normalize(raw, { platform: 'native' });
  const j = (raw: unknown): IMError => jmessage.normalize(raw);
  const e = (raw: unknown): IMError => easemob.normalize(raw);
  const a = (raw: unknown): IMError => agora.normalize(raw);
  return [
    item('tencent web: UserSig expired', t, { code: 70001, message: 'UserSig expired' }, 'UserSig expired'),
    item('tencent web: network', t, { code: 2801, message: 'request timed out' }, 'request timed out'),
    item('tencent web: network', t, { code: 2800, message: 'network error' }, 'network error'),
    item('tencent web: rate limit', t, { code: 9506, message: 'too frequent' }, 'too frequent'),
    item('tencent web: not in group', t, { code: 10007, message: 'no permission' }, 'no permission'),
    item('tencent native {code, desc}', tNative, { code: 6014, desc: 'not logged in' }, 'not logged in'),
    item('tencent REST', t, { ActionStatus: 'FAIL', ErrorCode: 20003, ErrorInfo: 'account does not exist' }, 'account does not exist'),
    item('tencent event payload', t, { name: 'error', data: { code: 9506, message: 'too frequent' } }, 'too frequent'),
    item('tencent unknown code', t, { code: 987654, message: 'something new' }, 'something new'),
    item('jmessage web: token expired', j, { code: 880303, message: 'token expired' }, 'token expired'),
    item('jmessage web: rate limit', j, { code: 803010, message: 'send too fast' }, 'send too fast'),
    item('jmessage RN {code, description}', j, { code: 881101, description: 'user not exist' }, 'user not exist'),
    item('jmessage REST', j, { error: { code: 899003, message: 'parameter invalid' } }, 'parameter invalid'),
    item('jmessage unknown code', j, { code: 871999, message: 'module code nobody documented' }, 'module code nobody documented'),
    item('easemob: kicked', e, { type: 206, message: 'logged in on another device', data: '' }, 'logged in on another device'),
    item('easemob: 304 → 17', e, { type: 304, message: 'get DNS failed', data: { type: 17, message: 'ajax error' } }, 'get DNS failed'),
    item(
      'easemob: 304 → 304 → -1',
      e,
      { type: 304, message: 'get DNS failed', data: { type: 304, message: 'x', data: { type: -1, message: 'timeout', errorType: 'timeout_error' } } },
      'get DNS failed',
    ),
    item(
      'easemob: 1 → -2 with HTTP 503',
      e,
      { type: 1, message: 'login failed', data: { type: -2, message: 'Request Unknow Error', extraInfo: { httpCode: 503, url: 'https://a1.easemob.com/token' } } },
      'login failed',
    ),
    item('easemob: HTTP 429', e, { type: 17, message: '{}', statusCode: 429, data: { error: 'too_many', error_description: 'slow down' } }, 'slow down'),
    item('easemob: send muted', e, { type: 507, reason: 'you were muted' }, 'you were muted'),
    item('agora: 304 → -2', a, { type: 304, message: 'get DNS failed', data: { type: -2, message: 'Request Unknow Error', extraInfo: { httpCode: 0 } } }, 'get DNS failed'),
    item('bare code', t, 70001, '70001'),
    item('JS TypeError', t, new TypeError("Cannot read properties of undefined (reading 'sendMessage')"), "Cannot read properties of undefined (reading 'sendMessage')"),
    item('JS Error', j, new Error('socket closed'), 'socket closed'),
    item('AbortError', e, abort(), 'The operation was aborted.'),
  ];
}

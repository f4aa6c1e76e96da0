/**
 * `npm start`: raw errors as the three vendors' SDKs report them go in, IMErrors come out.
 * Each line shows what an app gets: kind/reason, whether to retry, what to do, and the vendor code kept.
 */
import { normalize } from '../src/all.js';
import { easemob } from '../adapters/easemob/index.js';
import { tencent } from '../adapters/tencent/index.js';
import type { IMError } from '../src/index.js';

interface Case {
  readonly title: string;
  readonly raw: unknown;
  readonly run: (raw: unknown) => IMError;
}

const timeoutError = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });

const cases: Case[] = [
  {
    title: 'Tencent web SDK: sendMessage rejected (offline, so the text is just " | sendMessage | ")',
    raw: { code: 70001, message: ' | sendMessage | ' },
    run: normalize,
  },
  { title: 'Tencent native SDK callback', raw: { code: 6014, desc: 'not logged in' }, run: normalize },
  { title: 'Tencent EVENT.ERROR payload', raw: { name: 'error', data: { code: 9506, message: 'too frequent' } }, run: normalize },
  {
    title: 'Tencent REST API answer (UserSig inside the text is redacted)',
    raw: { ActionStatus: 'FAIL', ErrorCode: 70003, ErrorInfo: 'invalid usersig=eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80ryQ' },
    run: normalize,
  },
  { title: 'Tencent 1002 on the web SDK (a kick) …', raw: 1002, run: (raw) => tencent.normalize(raw, { platform: 'web' }) },
  { title: '… and 1002 from the server (invalid parameter)', raw: 1002, run: (raw) => tencent.normalize(raw, { platform: 'server' }) },
  {
    title: 'Easemob login failure wrapping the HTTP failure underneath',
    raw: { type: 1, message: 'login failed', data: { type: -2, message: 'Request Unknow Error', extraInfo: { httpCode: 0 } } },
    run: normalize,
  },
  { title: 'Easemob onError: logged in on another device', raw: { type: 206, message: 'the user is logged in elsewhere' }, run: normalize },
  { title: 'Easemob 502 on web (anti-spam) …', raw: { type: 502, message: 'blocked' }, run: (raw) => easemob.normalize(raw) },
  { title: '… and 502 on Android (send rate)', raw: { type: 502, message: 'traffic limit' }, run: (raw) => easemob.normalize(raw, { platform: 'android' }) },
  { title: 'JMessage web SDK onFail', raw: { code: 880103, message: 'user not exist' }, run: normalize },
  { title: 'JMessage React Native plugin', raw: { code: 871310, description: 'Network not available' }, run: normalize },
  { title: 'JMessage: 60 messages a minute exceeded', raw: { code: 803010, message: 'beyond the frequency limit' }, run: normalize },
  { title: 'A bare code, vendor told from the number', raw: 898010, run: normalize },
  { title: 'fetch() failed in the browser', raw: new TypeError('Failed to fetch'), run: normalize },
  { title: 'Node socket reset, wrapped by app code', raw: new Error('send failed', { cause: timeoutError }), run: normalize },
  { title: 'A code no vendor documents: kept, not guessed at', raw: { code: 1, message: 'param error' }, run: normalize },
  { title: 'A code every vendor documents (0, success): no vendor picked', raw: 0, run: normalize },
];

function show(value: unknown): string {
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    const cause = value.cause === undefined ? '' : ` (cause: ${show(value.cause)})`;
    return `${value.name}(${JSON.stringify(value.message)}${code === undefined ? '' : `, code ${String(code)}`})${cause}`;
  }
  return JSON.stringify(value);
}

for (const { title, raw, run } of cases) {
  const error = run(raw);
  const retry = error.retryable ? `retryable${error.retryAfterMs === undefined ? '' : ` after ${error.retryAfterMs} ms`}` : 'not retryable';
  console.log(`\n${title}`);
  console.log(`  raw      ${show(raw)}`);
  console.log(`  IMError  ${error.kind}/${error.reason}  ${retry}  recovery=${error.recovery}${error.inferred ? '  (inferred)' : ''}`);
  console.log(`  vendor   ${error.vendor}${error.platform === undefined ? '' : `/${error.platform}`} code ${String(error.code ?? '-')}${error.chain.length > 1 ? `  chain ${error.chain.map((link) => link.code).join(' > ')}` : ''}`);
  console.log(`  message  ${error.message}`);
}

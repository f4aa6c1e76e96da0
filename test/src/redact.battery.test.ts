/**
 * The secret battery: every form below plants a random secret in a vendor's error shape (messages, REST bodies,
 * nested data, cause chains, request objects), and no output channel of the IMError may show any piece of it.
 */
import { inspect } from 'node:util';
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { normalize } from '../../src/all.js';
import { fromJSON, otelAttributes, type IMError } from '../../src/index.js';
import { toDeveloperMessage, toUserMessage } from '../../src/messages/index.js';
import { redact } from '../../src/redact.js';
import { explain } from '../../examples/explorer/app/explain.js';

/** A secret form: the text a vendor (or an app, or a proxy) might put in an error, with `s` as the secret. */
type Form = (s: string) => string;

const HEADER = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9';

/** 100 forms: named values in every separator and value style, Chinese labels, auth schemes, unnamed shapes. */
export const FORMS: Record<string, Form> = {
  'userSig=': (s) => `userSig=${s}`,
  'UserSig: ': (s) => `UserSig: ${s}`,
  'user_sig in a query': (s) => `user_sig=${s}&sdkappid=1400000000`,
  'usersig percent-encoded': (s) => `usersig%3D${s}%26identifier%3Dadmin`,
  'JSON "userSig"': (s) => `"userSig":"${s}"`,
  'JSON object with UserSig': (s) => `{"UserSig": "${s}", "SDKAppID": 1400000000}`,
  'tlsUserSig =>': (s) => `tlsUserSig => '${s}'`,
  'token=': (s) => `token=${s}`,
  'access_token in a query': (s) => `access_token=${s}&expires_in=3600`,
  'accessToken quoted': (s) => `accessToken: "${s}"`,
  'refreshToken full-width colon': (s) => `refreshToken：${s}`,
  'authToken=': (s) => `authToken=${s}`,
  'x-auth-token header': (s) => `x-auth-token: ${s}`,
  'IM_TOKEN=': (s) => `IM_TOKEN=${s}`,
  'imToken spaced': (s) => `imToken = "${s}"`,
  'TOKEN upper case': (s) => `TOKEN=${s}`,
  'token => bare': (s) => `token=>${s}`,
  "'token' single-quoted": (s) => `'token': '${s}'`,
  'token with an escaped quote inside': (s) => `token: "${s}\\"${s}"`,
  'token typographic quotes': (s) => `userSig=“${s}”`,
  'token then a line': (s) => `token: ${s}\nnext line`,
  'params[token]=': (s) => `params[token]=${s}`,
  'password=': (s) => `password=${s}`,
  'userPassword: ': (s) => `userPassword: ${s}`,
  'USER_PASSWORD=': (s) => `USER_PASSWORD=${s}`,
  'pwd=': (s) => `pwd=${s}`,
  "passwd: ''": (s) => `passwd: '${s}'`,
  'password with spaces, quoted': (s) => `"password": "${s} ${s}"`,
  'password with spaces, bare': (s) => `password: correct horse ${s} staple`,
  'password with commas': (s) => `password=${s},${s}`,
  'password with ; and &, quoted': (s) => `password="${s};${s}&x"`,
  'passphrase backquoted': (s) => `passphrase = \`${s}\``,
  '--password=': (s) => `--password=${s}`,
  'export API_TOKEN=': (s) => `export API_TOKEN=${s}`,
  'secret=': (s) => `secret=${s}`,
  'appSecret=': (s) => `appSecret=${s}`,
  'client_secret in a form body': (s) => `client_secret=${s}&grant_type=client_credentials`,
  'client_secret percent-encoded': (s) => `client_secret%3D${s}`,
  'masterSecret: ': (s) => `masterSecret: ${s}`,
  'AppSecret:no space': (s) => `AppSecret:${s}`,
  'SDKSecretKey=': (s) => `SDKSecretKey=${s}`,
  'secretKey full-width': (s) => `secretKey：${s}`,
  'secret, then more text in brackets': (s) => `secret: ${s} (expired)`,
  'apiKey=': (s) => `apiKey=${s}`,
  'x-api-key header': (s) => `x-api-key: ${s}`,
  'API_KEY quoted': (s) => `API_KEY="${s}"`,
  'accessKey=': (s) => `accessKey=${s}`,
  'privateKey PEM': (s) => `privateKey: "-----BEGIN PRIVATE KEY-----\n${s}\n-----END PRIVATE KEY-----"`,
  'signature=': (s) => `signature=${s}`,
  'sign in a query': (s) => `sign=${s}&timestamp=1700000000`,
  'sign before a fragment': (s) => `?sign=${s}#frag`,
  'sig: ': (s) => `sig: ${s}`,
  'appSign=': (s) => `appSign=${s}`,
  'credentials=': (s) => `credentials=${s}`,
  'credential as a JSON object': (s) => `credential: {"user": "${s}", "pass": "${s}"}`,
  'secret as an array': (s) => `secret=[${s}, ${s}]`,
  'token as a JSON object': (s) => `token={"value":"${s}","exp":1}`,
  'auth object': (s) => `"auth":{"token":"${s}"}`,
  'escaped JSON in a string': (s) => `{\\"token\\":\\"${s}\\"}`,
  'token %3D%22': (s) => `token%3D%22${s}%22`,
  'token %3A': (s) => `token%3A${s}`,
  'percent-encoded JSON in a query': (s) => `?data=%7B%22token%22%3A%22${s}%22%7D`,
  'XML password': (s) => `<password>${s}</password>`,
  'XML token': (s) => `<Token>${s}</Token>`,
  'Cookie header': (s) => `Cookie: session=${s}; path=/`,
  'Set-Cookie header': (s) => `Set-Cookie: sid=${s}; HttpOnly`,
  'sessionId=': (s) => `sessionId=${s}`,
  'jsapi_ticket=': (s) => `jsapi_ticket=${s}`,
  'otp: ': (s) => `otp: ${s}`,
  'oauth_token=': (s) => `oauth_token=${s}`,
  'auth=': (s) => `auth=${s}`,
  'Tencent REST URL': (s) => `https://console.tim.qq.com/v4/openim/sendmsg?sdkappid=1400000000&identifier=admin&usersig=${s}&random=99&contenttype=json`,
  'request line': (s) => `POST /token?access_token=${s} HTTP/1.1`,
  'Easemob REST body': (s) => `{"grant_type":"password","username":"u1","password":"${s}"}`,
  'nested JSON in a message': (s) => `request failed: {"headers":{"Authorization":"Bearer ${s}"},"body":"password=${s}"}`,
  '密码：': (s) => `密码：${s}`,
  '密码: ': (s) => `密码: ${s}`,
  '登录密码=': (s) => `登录密码=${s}`,
  '令牌：': (s) => `令牌：${s}`,
  '访问令牌 quoted': (s) => `访问令牌: "${s}"`,
  '密钥：': (s) => `密钥：${s}`,
  '秘钥=': (s) => `秘钥=${s}`,
  '签名：': (s) => `签名：${s}`,
  '用户签名=': (s) => `用户签名=${s}`,
  '口令 then Chinese text': (s) => `口令：${s}，请妥善保管`,
  '密码 in 「」': (s) => `密码：「${s}」`,
  'Authorization: Bearer': (s) => `Authorization: Bearer ${s}`,
  'authorization: bearer': (s) => `authorization: bearer ${s}`,
  'Authorization: Basic': (s) => `Authorization: Basic ${s}`,
  'Authorization: Token': (s) => `Authorization: Token ${s}`,
  'Authorization: MAC with parameters': (s) => `Authorization: MAC id="${s}", nonce="n", mac="${s}"`,
  'Proxy-Authorization': (s) => `Proxy-Authorization: Basic ${s}`,
  'HTTP header block': (s) => `GET /x HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer ${s}\r\n`,
  'Bearer alone': (s) => `sent Bearer ${s} to the server`,
  'bearer alone, lower case': (s) => `bearer ${s}`,
  'Basic alone': (s) => `Basic dXNl${s}`,
  'JWT alone': (s) => `${HEADER}.eyJ${s}.${s}`,
  'JWT in text': (s) => `got ${HEADER}.eyJ${s}.${s} here`,
  'JWT without a signature': (s) => `id ${HEADER}.eyJ${s}.`,
  'long opaque run': (s) => `key k0${s}${s}${s}`,
  'UserSig alphabet run': (s) => `sig eJw1${s}*${s}-${s}_${s}`,
  'hex-like run': (s) => `0x1${s}${s}${s}`,
  'secret straddling the read cut': (s) => `${'x '.repeat(995)}userSig=${s}`,
  'JWT straddling the read cut': (s) => `${'a'.repeat(1995)} ${HEADER}.eyJ${s}.${s}`,
  'opaque run straddling the read cut': (s) => `${'y '.repeat(990)}k0${s}${s}${s}`,
};

/** The shapes a vendor text travels in: each vendor's errors, REST bodies, nested data, cause chains, requests. */
const CARRIERS: Record<string, (text: string, s: string) => unknown> = {
  'Tencent web': (text) => ({ code: 70001, message: text }),
  'Tencent REST': (text) => ({ ActionStatus: 'FAIL', ErrorCode: 70001, ErrorInfo: text }),
  'Easemob web': (text) => ({ type: 304, message: text, data: { error_description: text } }),
  'Easemob REST': (text) => ({ error: 'invalid_grant', error_description: text }),
  'JMessage plugin': (text) => ({ code: 871300, description: text }),
  'JMessage web': (text) => ({ code: 880001, message: text }),
  'native bridge': (text) => Object.assign(new Error(text), { code: '70001' }),
  'platform error': (text) => Object.assign(new Error(text), { code: 'ECONNRESET' }),
  'cause chain': (text) => new Error(`send failed: ${text}`, { cause: { code: 70001, message: text, cause: new Error(text) } }),
  'request object': (text, s) => ({
    code: 70001,
    message: text,
    request: { url: `https://x/?usersig=${s}`, headers: { Authorization: `Bearer ${s}` } },
    config: { password: s },
  }),
  'plain text': (text) => text,
};

/** Every text the IMError shows, on every channel. */
function channels(error: IMError, raw: unknown): Record<string, string> {
  const clone = structuredClone(error) as unknown as Error;
  const explorerText = typeof raw === 'string' ? raw : raw instanceof Error ? raw.message : JSON.stringify(raw);
  const explained = explain({ vendor: 'detect', platform: 'default', locale: 'en', text: explorerText });
  const rebuilt = fromJSON(JSON.parse(JSON.stringify(error)));
  return {
    message: error.message,
    vendorMessage: error.vendorMessage,
    chain: JSON.stringify(error.chain),
    toJSON: JSON.stringify(error),
    stack: error.stack ?? '',
    inspect: inspect(error),
    'inspect, hidden too': inspect(error, { showHidden: true, depth: 10 }),
    String: String(error),
    toDeveloperMessage: toDeveloperMessage(error),
    toUserMessage: `${toUserMessage(error, { locale: 'en' })} ${toUserMessage(error, { locale: 'zh-CN' })}`,
    otelAttributes: JSON.stringify(otelAttributes(error)),
    structuredClone: `${clone.message} ${clone.stack ?? ''} ${JSON.stringify(clone)} ${inspect(clone)}`,
    'normalize of the clone': JSON.stringify(normalize(clone)) + normalize(clone).message,
    fromJSON: `${JSON.stringify(rebuilt)} ${rebuilt?.message ?? ''}`,
    // What the page renders: the reading's summary (not the parsed input it holds for normalize) and the answer.
    explorer: explained === undefined ? '' : JSON.stringify({ ...explained, reading: explained.reading.summary, error: explained.error.toJSON() }),
  };
}

/** Every 10-character piece of `secret` (the secret itself when it is that short). */
function pieces(secret: string): string[] {
  if (secret.length <= 10) return [secret];
  return Array.from({ length: secret.length - 9 }, (_, k) => secret.slice(k, k + 10));
}

const secret = fc.stringMatching(/^[A-Za-z0-9]{10,40}$/).map((text) => `Q${text}`);
const carrier = fc.constantFrom(...Object.keys(CARRIERS));

describe('the secret battery', () => {
  it('has at least 80 forms', () => {
    expect(Object.keys(FORMS).length).toBeGreaterThanOrEqual(80);
  });

  describe.each(Object.keys(FORMS))('%s', (name) => {
    const form = FORMS[name] as Form;
    it.prop([secret, carrier], { numRuns: 12 })('leaks through no channel, in any carrier', (s, how) => {
      const raw = (CARRIERS[how] as (text: string, s: string) => unknown)(form(s), s);
      const error = normalize(raw);
      for (const [channel, text] of Object.entries(channels(error, raw))) {
        for (const piece of pieces(s)) {
          if (text.includes(piece)) throw new Error(`${channel} shows ${JSON.stringify(piece)} of ${JSON.stringify(form(s)).slice(-200)}: ${text.slice(0, 300)}`);
        }
      }
    });
  });
});

describe('redact over generated keys, separators and values', () => {
  const prefix = fc.constantFrom('', 'user', 'app', 'tls', 'sdk', 'master', 'im', 'access', 'client', 'x-', 'X_', 'login');
  const noun = fc.constantFrom('password', 'Password', 'PASSWORD', 'token', 'Token', 'secret', 'Secret', 'sig', 'Sig', 'signature', 'apiKey', 'secretKey', 'credentials', '密码', '令牌', '密钥', '签名');
  const quote = fc.constantFrom('', '"', "'", '\\"', '%22');
  const separator = fc.constantFrom('=', ': ', ':', ' = ', '=>', ' => ', '：', '%3D', '%3A', ' ：');
  const value = fc.constantFrom<(s: string) => string>(
    (s) => s,
    (s) => `"${s}"`,
    (s) => `'${s}'`,
    (s) => `[${s},${s}]`,
    (s) => `{"a":"${s}"}`,
    (s) => `"${s} ${s}"`,
    (s) => `%22${s}%22`,
    (s) => `${s}, ${s}`,
  );
  const around = fc.constantFrom(['', ''], ['failed: ', ' (code 70001)'], ['{"', '"}'], ['?a=1&', '&b=2'], ['\n', '\n'], ['[', ']']);

  it.prop([prefix, noun, quote, separator, value, around, secret])('the value never survives', (before, word, q, sep, shape, [open, close], s) => {
    const text = `${open}${q}${before}${word}${q}${sep}${shape(s)}${close}`;
    const shown = redact(text);
    for (const piece of pieces(s)) expect(shown).not.toContain(piece);
    expect(redact(shown)).toBe(shown);
  });
});

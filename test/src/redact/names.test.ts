import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { nameVerdict } from '../../../src/redact/names.js';

const verdict = (name: string): string => nameVerdict(name, 0, name.length);

describe('nameVerdict', () => {
  it.each([
    'password', 'userPassword', 'USER_PASSWORD', 'user-password', 'passwd', 'pwd', 'pass', 'USER_PASS', 'passphrase',
    'token', 'authToken', 'access_token', 'refreshToken', 'imToken', 'x-auth-token', 'tokens', 'token2',
    'secret', 'masterSecret', 'appSecret', 'client_secret', 'SDKSecretKey', 'secretKey', 'apiKey', 'x-api-key', 'API_KEY',
    'accessKey', 'privateKey', 'userSig', 'UserSig', 'user_sig', 'tlsUserSig', 'usersig', 'sig', 'sign', 'appSign',
    'signature', 'credentials', 'credential', 'cookie', 'Set-Cookie', 'sessionId', 'jsapi_ticket', 'otp',
    '密码', '登录密码', '令牌', '访问令牌', '密钥', '秘钥', '签名', '用户签名', '口令', '凭证',
  ])('%s names a secret', (name) => {
    expect(verdict(name)).not.toBe('none');
  });

  it.each(['Authorization', 'authorization', 'Proxy-Authorization', 'auth', 'oauth'])('%s names a credential with a scheme', (name) => {
    expect(verdict(name)).toBe('scheme');
  });

  it.each([
    'nonce', 'timestamp', 'appKey', 'AppKey', 'SecretId', 'sdkAppId', 'userId', 'tokenType', 'token_type', 'tokenExpire',
    'expires_in', 'signIn', 'design', 'assign', 'bypass', 'compass', 'key', 'monkey', 'code', 'message', 'msg', 'error',
    'description', 'keyword', 'signal', '错误', '密码错误', '用户', 'a'.repeat(65) + 'token',
  ])('%s is not a secret name', (name) => {
    expect(verdict(name)).toBe('none');
  });

  const part = fc.constantFrom('user', 'app', 'tls', 'sdk', 'master', 'im', 'access', 'x', 'client');
  const head = fc.constantFrom('password', 'token', 'secret', 'sig', 'signature', 'credential');
  const style = fc.constantFrom('camel', 'snake', 'kebab', 'upper', 'lower');
  const join = (parts: readonly string[], how: string): string => {
    switch (how) {
      case 'camel':
        return parts.map((p, k) => (k === 0 ? p : p[0]?.toUpperCase() + p.slice(1))).join('');
      case 'snake':
        return parts.join('_');
      case 'kebab':
        return parts.join('-');
      case 'upper':
        return parts.join('_').toUpperCase();
      default:
        return parts.join('');
    }
  };

  fcTest.prop([fc.array(part, { maxLength: 3 }), head, style])('a credential noun as the last word is secret in any style', (prefix, noun, how) => {
    expect(verdict(join([...prefix, noun], how))).toBe('secret');
  });

  fcTest.prop([fc.array(part, { maxLength: 2 }), head, fc.constantFrom('type', 'expire', 'id', 'length', 'url', 'error'), style])(
    'a credential noun followed by another word is not',
    (prefix, noun, tail, how) => {
      expect(verdict(join([...prefix, noun, tail], how))).toBe('none');
    },
  );
});

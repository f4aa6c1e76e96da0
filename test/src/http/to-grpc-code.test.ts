/** IMError → gRPC / Connect code: the documented rows, and totality over every kind and reason. */
import { describe, expect, it } from 'vitest';
import { errorOf } from './errors.js';
import { GRPC_CODES, GRPC_TABLE, toGrpcCode } from '../../../src/http/to-grpc-code.js';
import { KINDS, REASONS } from '../../../src/taxonomy.js';

describe('toGrpcCode', () => {
  it.each([
    ['rate-limit', 'too-many-requests', 'RESOURCE_EXHAUSTED', 'resource_exhausted'],
    ['network', 'connection-failed', 'UNAVAILABLE', 'unavailable'],
    ['network', 'timeout', 'DEADLINE_EXCEEDED', 'deadline_exceeded'],
    ['auth', 'token-expired', 'UNAUTHENTICATED', 'unauthenticated'],
    ['auth', 'account-disabled', 'PERMISSION_DENIED', 'permission_denied'],
    ['auth', 'login-in-progress', 'FAILED_PRECONDITION', 'failed_precondition'],
    ['auth', 'app-key-invalid', 'INTERNAL', 'internal'],
    ['quota', 'daily-limit-reached', 'RESOURCE_EXHAUSTED', 'resource_exhausted'],
    ['quota', 'feature-not-enabled', 'FAILED_PRECONDITION', 'failed_precondition'],
    ['group', 'not-found', 'NOT_FOUND', 'not_found'],
    ['group', 'already-member', 'ALREADY_EXISTS', 'already_exists'],
    ['group', 'not-member', 'FAILED_PRECONDITION', 'failed_precondition'],
    ['group', 'full', 'RESOURCE_EXHAUSTED', 'resource_exhausted'],
    ['friend', 'blocked-by-peer', 'PERMISSION_DENIED', 'permission_denied'],
    ['media', 'checksum-mismatch', 'DATA_LOSS', 'data_loss'],
    ['media', 'upload-failed', 'UNAVAILABLE', 'unavailable'],
    ['message', 'conflict', 'ABORTED', 'aborted'],
    ['message', 'recall-expired', 'FAILED_PRECONDITION', 'failed_precondition'],
    ['message', 'unsupported', 'UNIMPLEMENTED', 'unimplemented'],
    ['user', 'invalid-id', 'INVALID_ARGUMENT', 'invalid_argument'],
    ['permission', 'other', 'PERMISSION_DENIED', 'permission_denied'],
    ['validation', 'limit-reached', 'INVALID_ARGUMENT', 'invalid_argument'],
    ['server', 'internal', 'INTERNAL', 'internal'],
    ['server', 'busy', 'UNAVAILABLE', 'unavailable'],
    ['server', 'unexpected-response', 'UNKNOWN', 'unknown'],
    ['client', 'cancelled', 'CANCELLED', 'canceled'],
    ['client', 'circuit-open', 'UNAVAILABLE', 'unavailable'],
    ['client', 'exception', 'INTERNAL', 'internal'],
    ['unknown', 'unmapped-code', 'UNKNOWN', 'unknown'],
  ] as const)('%s/%s → %s', (kind, reason, name, connect) => {
    expect(toGrpcCode(errorOf(kind, reason as never))).toEqual({ code: GRPC_CODES[name], name, connect });
  });

  it('is total over every kind and reason: a canonical code other than OK, its number and its Connect name agreeing', () => {
    for (const kind of KINDS) {
      for (const reason of REASONS[kind]) {
        const { code, name, connect } = toGrpcCode(errorOf(kind, reason as never));
        expect(name).not.toBe('OK');
        expect(code).toBe(GRPC_CODES[name]);
        expect(connect).toBe(name === 'CANCELLED' ? 'canceled' : name.toLowerCase());
      }
    }
  });

  it('lists only reasons of its kind (a typo in the table would fall back silently)', () => {
    for (const kind of KINDS) {
      for (const key of Object.keys(GRPC_TABLE[kind])) expect(key === 'default' || (REASONS[kind] as readonly string[]).includes(key), `${kind}/${key}`).toBe(true);
    }
  });

  it('anything that is not an IMError is UNKNOWN, without throwing', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('trap'); } });
    for (const value of [undefined, null, 42, {}, { kind: 'constructor', reason: '__proto__' }, { kind: 'group', reason: 'default' }, hostile]) {
      expect(toGrpcCode(value as never).name).toMatch(/^(UNKNOWN|FAILED_PRECONDITION)$/);
    }
    expect(toGrpcCode({ kind: 'constructor' } as never).name).toBe('UNKNOWN');
  });
});

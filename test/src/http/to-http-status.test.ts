/** IMError → the HTTP status a server answers with: the documented rows, and totality over every kind and reason. */
import { describe, expect, it } from 'vitest';
import { toHttpStatus } from '../../../src/http/to-http-status.js';
import { toGrpcCode } from '../../../src/http/to-grpc-code.js';
import { KINDS, REASONS } from '../../../src/taxonomy.js';
import { errorOf } from './errors.js';

describe('toHttpStatus', () => {
  it.each([
    ['rate-limit', 'too-many-requests', 429],
    ['quota', 'plan-upgrade-required', 429],
    ['auth', 'token-expired', 401],
    ['auth', 'app-key-invalid', 500],
    ['permission', 'no-permission', 403],
    ['user', 'not-found', 404],
    ['group', 'already-exists', 409],
    ['message', 'conflict', 409],
    ['group', 'not-member', 400],
    ['validation', 'invalid', 400],
    ['message', 'too-large', 413],
    ['validation', 'too-large', 413],
    ['validation', 'unsupported', 501],
    ['network', 'offline', 502],
    ['network', 'connection-reset', 502],
    ['network', 'timeout', 504],
    ['server', 'internal', 502],
    ['server', 'other', 502],
    ['server', 'unexpected-response', 502],
    ['server', 'busy', 503],
    ['server', 'timeout', 504],
    ['server', 'conflict', 409],
    ['client', 'cancelled', 499],
    ['client', 'circuit-open', 503],
    ['client', 'exception', 500],
    ['unknown', 'unrecognized', 500],
  ] as const)('%s/%s → %i', (kind, reason, status) => {
    expect(toHttpStatus(errorOf(kind, reason as never))).toBe(status);
  });

  it('is total over every kind and reason: an error status, agreeing with the gRPC code where HTTP has no finer word', () => {
    for (const kind of KINDS) {
      for (const reason of REASONS[kind]) {
        const error = errorOf(kind, reason as never);
        const status = toHttpStatus(error);
        expect(status >= 400 && status < 600, `${kind}/${reason}`).toBe(true);
        const { name } = toGrpcCode(error);
        if (status === 413) expect(reason).toBe('too-large');
        if (status === 502) expect(['network', 'server']).toContain(kind);
        if (name === 'NOT_FOUND') expect(status).toBe(404);
        if (name === 'UNAUTHENTICATED') expect(status).toBe(401);
        if (name === 'RESOURCE_EXHAUSTED') expect(status).toBe(429);
      }
    }
  });

  it('anything that is not an IMError is 500', () => {
    expect(toHttpStatus(undefined as never)).toBe(500);
    expect(toHttpStatus({ kind: 'nope' } as never)).toBe(500);
  });
});

/**
 * Reading a Response's body for a normalizer: from a clone (the caller's body untouched), at most 64 KB, within a time
 * bound (fake timers: a stream that never ends), and never rejecting, whatever the value.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { BODY_TIMEOUT_MS, readResponse, type ReadResponse } from '../../../src/http/read-response.js';
import { MAX_BODY } from '../../../src/http-response.js';

const json = (body: unknown, status = 400): Response => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  vi.useRealTimers();
});

describe('readResponse', () => {
  it('reads the body of a clone: the caller can still read it all', async () => {
    const response = json({ error: 'reach_limit', error_description: 'This request has reached api limit' }, 429);
    const read = (await readResponse(response)) as ReadResponse;
    expect(read.response).toBe(response);
    expect(read.status).toBe(429);
    expect(read.headers).toBe(response.headers);
    expect(JSON.parse(read.data ?? '')).toEqual({ error: 'reach_limit', error_description: 'This request has reached api limit' });
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toEqual({ error: 'reach_limit', error_description: 'This request has reached api limit' });
  });

  it('a used body, a locked body, no body: status and headers alone', async () => {
    const used = json({ a: 1 });
    await used.text();
    const locked = json({ a: 1 });
    const reader = locked.body!.getReader();
    const empty = new Response(null, { status: 503 });
    for (const response of [used, locked, empty]) {
      const read = (await readResponse(response)) as ReadResponse;
      expect([read.status, read.data]).toEqual([response.status, undefined]);
    }
    reader.releaseLock();
  });

  it(`a body longer than ${MAX_BODY} bytes is not read`, async () => {
    const response = new Response('x'.repeat(MAX_BODY + 1), { status: 502 });
    expect(((await readResponse(response)) as ReadResponse).data).toBeUndefined();
    expect((await response.text()).length).toBe(MAX_BODY + 1);
    const exact = new Response('y'.repeat(MAX_BODY), { status: 502 });
    expect(((await readResponse(exact)) as ReadResponse).data?.length).toBe(MAX_BODY);
  });

  it(`a body that never ends is given up after the time bound (${BODY_TIMEOUT_MS} ms by default), without hanging`, async () => {
    vi.useFakeTimers();
    const stream = new ReadableStream<Uint8Array>({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"error":')) });
    const response = new Response(stream, { status: 503, headers: { 'retry-after': '4' } });
    let settled: ReadResponse | undefined;
    void readResponse(response).then((read) => (settled = read as ReadResponse));
    await vi.advanceTimersByTimeAsync(BODY_TIMEOUT_MS - 1);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toMatchObject({ status: 503, data: undefined });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a shorter time bound is honoured', async () => {
    vi.useFakeTimers();
    const response = new Response(new ReadableStream<Uint8Array>(), { status: 500 });
    let settled = false;
    void readResponse(response, 50).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(50);
    expect(settled).toBe(true);
  });

  it('a value without a numeric status is handed on as it is', async () => {
    const value = { message: 'not a response' };
    expect(await readResponse(value)).toBe(value);
    expect(await readResponse(undefined)).toBeUndefined();
  });

  test.prop([fc.oneof(fc.string(), fc.json(), fc.string({ minLength: MAX_BODY - 10, maxLength: MAX_BODY + 10 }))], { numRuns: 40 })(
    'never consumes the caller\'s body: it reads back unchanged',
    async (text) => {
      const response = new Response(text, { status: 400 });
      await readResponse(response);
      expect(response.bodyUsed).toBe(false);
      expect(await response.text()).toBe(text);
    },
  );

  /** Parts of a hostile response-like object. */
  const thrower = (): never => {
    throw new Error('hostile');
  };
  const HOSTILE: readonly (() => unknown)[] = [
    () => thrower,
    () => new Proxy({}, { get: thrower }),
    () => ({ getReader: thrower, locked: false }),
    () => ({ getReader: () => ({ read: thrower, cancel: thrower }), locked: false }),
    () => ({ getReader: () => ({ read: () => Promise.resolve(null), cancel: () => 42 }), locked: false }),
    () => ({ getReader: () => ({ read: () => Promise.reject(new Error('x')), cancel: () => Promise.reject(new Error('y')) }), locked: false }),
    () => ({ getReader: () => ({ read: () => Promise.resolve({ value: 'not bytes' }), cancel: () => undefined }), locked: false }),
    () => ({ getReader: () => ({ read: () => new Promise(() => undefined), cancel: thrower }), locked: false }),
  ];
  /** A hostile part, shown by fast-check as its index (a Proxy that throws cannot be printed) or a plain value. */
  const hostilePart = fc.oneof(fc.anything(), fc.nat({ max: HOSTILE.length - 1 }).map((index) => HOSTILE[index]!(), (value) => HOSTILE.findIndex((make) => make() === value)));

  test.prop([fc.integer({ min: -1, max: 700 }), hostilePart, hostilePart, hostilePart, fc.boolean()])(
    'resolves for hostile response-like objects (throwing clone, readers, streams), never rejecting',
    async (status, body, clone, headers, bodyUsed) => {
      vi.useFakeTimers();
      const cloneOf = typeof clone === 'function' ? clone : () => ({ body: clone });
      const response = { status, headers, body, bodyUsed, clone: cloneOf };
      const pending = readResponse(response, 10);
      await vi.advanceTimersByTimeAsync(10);
      const read = (await pending) as ReadResponse;
      expect(typeof status === 'number' ? read.response : read).toBe(response);
    },
  );
});

/** The event-table reader and subscribeErrors: laws over every input, and the rules of the tables' language. */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { agora } from '../../adapters/agora/index.js';
import { easemob } from '../../adapters/easemob/index.js';
import { jmessage } from '../../adapters/jmessage/index.js';
import { tencent } from '../../adapters/tencent/index.js';
import { eventNames, readEvent, subscribeErrors, type EventContext, type EventSink, type EventTable } from '../../src/events.js';
import { createNormalizer, isIMError, type IMError, type ParsedError, type VendorMappings } from '../../src/index.js';
import type { RawFields } from '../../src/safe.js';
import { anyInput } from '../support/hostile.js';

const adapters = [tencent, easemob, agora, jmessage] as const;
const knownEvents = [...new Set(adapters.flatMap((adapter) => adapter.events?.map(({ event }) => event) ?? []))];
const anyEvent = fc.oneof(fc.constantFrom(...knownEvents), fc.string());

describe('normalizeEvent is total', () => {
  it.prop([fc.constantFrom(...adapters), anyEvent, anyInput], { numRuns: 2000 })(
    'returns undefined or a well-formed IMError of its vendor for every event and payload, and never throws',
    (adapter, event, { value }) => {
      const error = adapter.normalizeEvent(event, value);
      if (error === undefined) return;
      expect(isIMError(error)).toBe(true);
      expect([adapter.vendor, 'unknown']).toContain(error.vendor);
    },
  );

  it.prop([fc.constantFrom(...adapters), fc.string().filter((name) => !knownEvents.includes(name)), fc.anything()])(
    'knows nothing of events its table does not name',
    (adapter, event, payload) => {
      expect(adapter.normalizeEvent(event, payload)).toBeUndefined();
    },
  );
});

/** A one-vendor context over a tiny table, for the language's rules. */
function context(events: EventTable): EventContext<'web'> {
  const mappings: VendorMappings<'web'> = {
    codes: { 7: ['auth', 'kicked-other-device', false, 'relogin'] },
    platforms: { web: { 8: ['auth', 'token-expired', false, 'refresh-credentials'] } },
    ranges: [[100, 199, ['network', 'other', false, 'none'], false]],
    generic: [],
  };
  const spec = {
    vendor: 'tencent' as const,
    platforms: ['web' as const],
    defaultPlatform: 'web' as const,
    mappings,
    parse: (fields: RawFields): ParsedError<'web'> | undefined =>
      fields.code === undefined ? undefined : { links: [{ code: fields.code, message: fields.message ?? '' }], distinctive: false },
  };
  const normalize = createNormalizer({ adapters: [spec] });
  return { vendor: 'tencent', mappings, events, platform: 'web', normalize: (raw) => normalize(raw) };
}

describe('the event-table language', () => {
  it('lets the first matching rule decide, `when` selecting by a payload field (a number matches its digits)', () => {
    const table: EventTable = [
      { event: 'kick', when: [['data', 'why'], 1], means: { code: 7 } },
      { event: 'kick', means: { code: 8 } },
    ];
    expect(readEvent(context(table), 'kick', { data: { why: 1 } })).toMatchObject({ reason: 'kicked-other-device', code: 7 });
    expect(readEvent(context(table), 'kick', { data: { why: '1' } })).toMatchObject({ reason: 'kicked-other-device' });
    expect(readEvent(context(table), 'kick', { data: { why: 2 } })).toMatchObject({ reason: 'token-expired', code: 8 });
    expect(readEvent(context(table), 'kick', undefined)).toMatchObject({ reason: 'token-expired' });
  });

  it('reads `{ code }` in the platform table, says which event it was, and keeps the payload as cause', () => {
    const payload = { data: { why: 1 } };
    const error = readEvent(context([{ event: 'kick', when: [['data', 'why'], 1], means: { code: 8 } }]), 'kick', payload)!;
    expect(error).toMatchObject({ kind: 'auth', reason: 'token-expired', platform: 'web', code: 8, vendorMessage: 'kick: 1', inferred: false });
    expect(error.chain).toEqual([{ code: 8, message: 'kick: 1' }]);
    expect(error.cause).toBe(payload);
  });

  it('marks a code only a range knows as inferred, and one nothing knows as unmapped', () => {
    expect(readEvent(context([{ event: 'e', means: { code: 150 } }]), 'e', {})).toMatchObject({ kind: 'network', inferred: true });
    expect(readEvent(context([{ event: 'e', means: { code: 999 } }]), 'e', {})).toMatchObject({ kind: 'unknown', reason: 'unmapped-code' });
  });

  it('normalizes the error an `{ error }` rule points at, and falls through when there is none', () => {
    const table: EventTable = [
      { event: 'gone', means: { error: ['reason'] } },
      { event: 'gone', means: { entry: ['network', 'disconnected', true, 'check-network'] } },
    ];
    const inner = { code: 7, message: 'elsewhere' };
    expect(readEvent(context(table), 'gone', { reason: inner })).toMatchObject({ reason: 'kicked-other-device', code: 7 });
    expect(readEvent(context(table), 'gone', { reason: inner })!.cause).toBe(inner);
    expect(readEvent(context(table), 'gone', {})).toMatchObject({ kind: 'network', reason: 'disconnected', code: undefined, vendorMessage: 'gone' });
  });

  it('gives nothing for `none`, and stops there', () => {
    const table: EventTable = [
      { event: 'state', when: [['s'], 'ok'], means: { none: true } },
      { event: 'state', means: { code: 7 } },
    ];
    expect(readEvent(context(table), 'state', { s: 'ok' })).toBeUndefined();
    expect(readEvent(context(table), 'state', { s: 'down' })).toMatchObject({ code: 7 });
  });

  it('listens only to events that can signal a failure, each once', () => {
    const table: EventTable = [
      { event: 'a', means: { none: true } },
      { event: 'b', when: [['x'], 1], means: { code: 7 } },
      { event: 'b', means: { none: true } },
      { event: 'c', means: { error: [] } },
    ];
    expect(eventNames(table)).toEqual(['b', 'c']);
  });
});

/** A client that is only an event emitter, and the source that listens to it. */
function fakeClient() {
  const sinks = new Set<EventSink>();
  let removed = 0;
  const source = {
    subscribe: (_client: unknown, sink: EventSink) => {
      sinks.add(sink);
      return () => {
        removed += 1;
        sinks.delete(sink);
      };
    },
    normalizeEvent: (event: string, payload?: unknown) => easemob.normalizeEvent(event, payload),
  };
  return { source, emit: (event: string, payload?: unknown) => sinks.forEach((sink) => sink(event, payload)), removed: () => removed };
}

describe('subscribeErrors', () => {
  it('delivers the failures, reports one vendor error object once, and skips the events that are no failure', () => {
    const { source, emit } = fakeClient();
    const received: IMError[] = [];
    subscribeErrors({}, source, (error) => received.push(error));
    const kicked = { type: 206, message: 'elsewhere' };
    emit('onError', kicked);
    emit('onDisconnected', kicked);
    emit('onConnected');
    emit('onTokenExpired');
    emit('onTokenExpired');
    expect(received.map(({ reason }) => reason)).toEqual(['kicked-other-device', 'token-expired', 'token-expired']);
  });

  it('stops once, however often it is told to, and then hears nothing', () => {
    const { source, emit, removed } = fakeClient();
    const received: IMError[] = [];
    const stop = subscribeErrors({}, source, (error) => received.push(error));
    stop();
    stop();
    emit('onTokenExpired');
    expect(removed()).toBe(1);
    expect(received).toEqual([]);
  });

  it.prop([fc.array(fc.tuple(anyEvent, fc.anything()), { maxLength: 20 })])(
    'calls the listener with IMErrors only, never more often than events arrive',
    (events) => {
      const { source, emit } = fakeClient();
      const received: unknown[] = [];
      subscribeErrors({}, source, (error) => received.push(error));
      for (const [event, payload] of events) emit(event, payload);
      expect(received.length).toBeLessThanOrEqual(events.length);
      expect(received.every(isIMError)).toBe(true);
    },
  );
});

// @vitest-environment node
/**
 * Subscriptions on the real SDKs (issue 12): each subscription adds its own listeners, every unsubscribe removes
 * exactly what it added, and an app's own listeners are never replaced or removed — with two copies of im-errors on
 * one connection too (as when an app and a library each bundle one).
 */
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EasemobModule } from '../sdk/support/easemob.js';
import { installLoopback, type Loopback } from '../sdk/support/loopback.js';
import { rejectionOf, silenceConsole } from '../sdk/support/settle.js';
import type { TencentModule } from '../sdk/support/tencent.js';
import { easemob } from '../../adapters/easemob/index.js';
import { tencent } from '../../adapters/tencent/index.js';
import { subscribeErrors, type IMError } from '../../src/index.js';

const require = createRequire(import.meta.url);

/** A second copy of im-errors' Easemob adapter and `subscribeErrors`: fresh module instances, as another bundle has. */
async function secondCopy(): Promise<{ easemob: typeof easemob; subscribeErrors: typeof subscribeErrors }> {
  vi.resetModules();
  const adapter = await import('../../adapters/easemob/index.js');
  const core = await import('../../src/index.js');
  expect(adapter.easemob).not.toBe(easemob); // really another copy
  return { easemob: adapter.easemob, subscribeErrors: core.subscribeErrors };
}

interface EasemobInternals {
  readonly eventHandler: { dispatch(handler: string, payload?: unknown): void; readonly handlerData: Record<string, unknown> };
}

describe.each([
  ['easemob-websdk', () => require('easemob-websdk') as EasemobModule],
  ['agora-chat', () => (require('agora-chat') as { default: EasemobModule }).default],
])('%s: addEventHandler / removeEventHandler', (_, load) => {
  let loopback: Loopback;
  let loud: () => void;
  let SDK: EasemobModule;
  let conn: InstanceType<EasemobModule['connection']>;
  const internals = () => (conn as unknown as EasemobInternals).eventHandler;
  const kicked = { type: 206, message: 'the user is already logged on another device' };

  beforeAll(async () => {
    loud = silenceConsole();
    loopback = await installLoopback({ window: true });
    SDK = load();
    SDK.logger.setLevel(5);
  });
  afterAll(() => {
    loopback.restore();
    loud();
  });
  beforeEach(() => {
    vi.useFakeTimers();
    conn = new SDK.connection({ appKey: 'easemob-demo#chatdemoui' });
  });
  afterEach(() => {
    conn.close();
    vi.clearAllTimers();
    vi.useRealTimers();
  });

  it('two copies of im-errors on one connection both hear a kick; stopping one leaves the other and the app’s handler', async () => {
    const app: unknown[] = [];
    conn.addEventHandler('app', { onError: (error: unknown) => app.push(error) });
    const other = await secondCopy();
    const first: IMError[] = [];
    const second: IMError[] = [];
    const stopFirst = subscribeErrors(conn, easemob, (error) => first.push(error));
    const stopSecond = other.subscribeErrors(conn, other.easemob, (error) => second.push(error));
    expect(Object.keys(internals().handlerData)).toHaveLength(3);

    internals().dispatch('onError', kicked);
    expect([first.length, second.length, app.length]).toEqual([1, 1, 1]);
    expect(first[0]).toMatchObject({ kind: 'auth', reason: 'kicked-other-device', code: 206 });

    stopFirst();
    internals().dispatch('onError', { ...kicked });
    expect([first.length, second.length, app.length]).toEqual([1, 2, 2]);
    stopSecond();
    internals().dispatch('onError', { ...kicked });
    expect([first.length, second.length, app.length]).toEqual([1, 2, 3]);
    expect(Object.keys(internals().handlerData)).toEqual(['app']);
  });

  it('many subscriptions of one copy get ids of their own, and none is left after they stop', () => {
    const stops = Array.from({ length: 5 }, () => subscribeErrors(conn, easemob, () => undefined));
    const ids = Object.keys(internals().handlerData);
    expect(new Set(ids).size).toBe(5);
    expect(ids.every((id) => id.startsWith('im-errors:'))).toBe(true);
    stops.forEach((stop) => stop());
    expect(internals().handlerData).toEqual({});
  });
});

describe.each([
  ['@tencentcloud/chat', false, () => require('@tencentcloud/chat') as TencentModule],
  ['tim-js-sdk', true, () => require('tim-js-sdk') as TencentModule],
])('%s: chat.on / chat.off', (_, window, load) => {
  let loopback: Loopback;
  let loud: () => void;
  let SDK: TencentModule;
  let chat: ReturnType<TencentModule['create']>;

  beforeAll(async () => {
    loud = silenceConsole();
    loopback = await installLoopback({ window });
    SDK = load();
  });
  afterAll(() => {
    loopback.restore();
    loud();
  });
  beforeEach(() => {
    vi.useFakeTimers();
    chat = SDK.create({ SDKAppID: 1400000000 });
    chat.setLogLevel(4);
  });
  afterEach(async () => {
    await chat.destroy().catch(() => undefined);
    vi.clearAllTimers();
    vi.useRealTimers();
  });

  it('each subscription removes only its own listeners; the app’s EVENT.ERROR listener stays', async () => {
    const app: unknown[] = [];
    chat.on(SDK.EVENT.ERROR, (event: unknown) => app.push(event));
    const first: IMError[] = [];
    const second: IMError[] = [];
    const stopFirst = subscribeErrors(chat, tencent, (error) => first.push(error));
    const stopSecond = subscribeErrors(chat, tencent, (error) => second.push(error));
    await rejectionOf(chat.getMyProfile()); // the SDK reports the failure to EVENT.ERROR as well
    expect([first.length, second.length, app.length]).toEqual([1, 1, 1]);
    stopFirst();
    await rejectionOf(chat.getMyProfile());
    expect([first.length, second.length, app.length]).toEqual([1, 2, 2]);
    stopSecond();
    await rejectionOf(chat.getMyProfile());
    expect([first.length, second.length, app.length]).toEqual([1, 2, 3]);
    expect(second[1]).toMatchObject({ kind: 'auth', reason: 'not-logged-in', code: 2024 });
  });
});

/**
 * `npm run example:kicked-offline`: losing the session arrives as an SDK event, not as a rejected call. A
 * Tencent-like client emits `kickedOut` (multipleDevice) and an Easemob-like connection `onError` 206 (then
 * `onDisconnected` with the same error); `subscribeErrors` turns each into an IMError, the app matches it with
 * ts-pattern and routes to sign-in, telling the user why in English and Chinese.
 */
import { pathToFileURL } from 'node:url';
import { match } from 'ts-pattern';
import { easemob } from '../adapters/easemob/index.js';
import { tencent } from '../adapters/tencent/index.js';
import { subscribeErrors, type IMError } from '../src/index.js';
import { patterns } from '../src/patterns.js';
import { toUserMessage } from '../src/messages/index.js';
import { SimulatedEasemobConnection } from './demo/sdk/easemob.js';
import { FaultSchedule } from './demo/sdk/faults.js';
import { SimulatedTencentChat } from './demo/sdk/tencent.js';

/** Where the app goes after a session event, and why. */
export type Route =
  /** The session is gone (signed in elsewhere, or ended otherwise): the sign-in screen, with a notice saying why. */
  | { readonly to: 'sign-in'; readonly why: 'other-device' | 'session-ended'; readonly notice: IMError }
  /** The connection dropped; the SDK reconnects by itself: stay, with a banner. */
  | { readonly to: 'stay'; readonly banner: IMError }
  /** The credentials expired: renew them in the background. */
  | { readonly to: 'renew-credentials' };

/** The app's decision for a session event, by pattern: first match wins, and every IMError gets one. */
export function routeFor(error: IMError): Route {
  return match<IMError, Route>(error)
    .with({ kind: 'auth', reason: 'kicked-other-device' }, (kicked) => ({ to: 'sign-in', why: 'other-device', notice: kicked }))
    .with(patterns.recovery.relogin, (lost) => ({ to: 'sign-in', why: 'session-ended', notice: lost }))
    .with(patterns.recovery['refresh-credentials'], () => ({ to: 'renew-credentials' }))
    .with(patterns.kind.network, (network) => ({ to: 'stay', banner: network }))
    .otherwise((other) => ({ to: 'stay', banner: other }));
}

/** The locales the sign-in notice is shown in. */
const LOCALES = ['en', 'zh-CN'] as const;

/** Runs the example, printing through `log`; resolves with the lines printed. */
export function main(log: (line: string) => void = console.log): string[] {
  const lines: string[] = [];
  const print = (line: string): void => {
    lines.push(line);
    log(line);
  };

  /** What the user reads, in each locale. */
  const say = (error: IMError): void => {
    for (const locale of LOCALES) print(`  ${locale.padEnd(7)}  ${toUserMessage(error, { locale })}`);
  };

  /** What the app does with a routed event: print where it goes and what the user reads there. */
  const onSessionError = (error: IMError): void => {
    const route = routeFor(error);
    const source = `${error.kind}/${error.reason} (${error.vendor} ${error.code === undefined ? 'event' : `code ${String(error.code)}`})`;
    switch (route.to) {
      case 'sign-in':
        print(`  IMError  ${source} → navigate to /sign-in?why=${route.why}`);
        return say(route.notice);
      case 'stay':
        print(`  IMError  ${source} → stay on this screen, with a banner`);
        return say(route.banner);
      case 'renew-credentials':
        print(`  IMError  ${source} → renew the credentials in the background`);
        return;
    }
  };

  /** Plays one SDK event and says when it produced no IMError. */
  const sdkEvent = (label: string, emit: () => void): void => {
    const before = lines.length;
    print(`▸ SDK: ${label}`);
    emit();
    if (lines.length === before + 1) print('  no IMError: nothing new to report');
  };

  print('Tencent (web SDK): subscribeErrors(chat, tencent, onSessionError)');
  const chat = new SimulatedTencentChat(new FaultSchedule());
  const stopTencent = subscribeErrors(chat, tencent, onSessionError);
  sdkEvent("netStateChange { state: 'disconnected' }", () => chat.emit('netStateChange', { state: 'disconnected' }));
  sdkEvent("netStateChange { state: 'connected' }", () => chat.emit('netStateChange', { state: 'connected' }));
  sdkEvent("kickedOut { type: 'multipleDevice' }: Alice signed in on her phone", () => chat.emit('kickedOut', { type: 'multipleDevice' }));
  stopTencent();

  print('');
  print('Easemob (web SDK): subscribeErrors(conn, easemob, onSessionError)');
  const conn = new SimulatedEasemobConnection(new FaultSchedule());
  const stopEasemob = subscribeErrors(conn, easemob, onSessionError);
  const kicked = { type: 206, message: 'the user is logged in on another device' };
  sdkEvent('onError { type: 206 }: Bob signed in on his tablet', () => conn.dispatch('onError', kicked));
  sdkEvent('onDisconnected with the same error', () => conn.dispatch('onDisconnected', kicked));
  sdkEvent("onDisconnected() after the app's own close()", () => conn.close());
  stopEasemob();
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main();
}

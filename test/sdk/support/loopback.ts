/**
 * The smallest browser a vendor SDK needs in Node, wired so that nothing leaves the machine: `WebSocket` (from `ws`)
 * and `XMLHttpRequest` (from `xhr2`) keep their real behaviour but every connection goes to a closed port on
 * 127.0.0.1, so it fails the way a dead network fails (`ECONNREFUSED`, `xhr.status` 0); `fetch` rejects like a
 * browser's failed fetch; on request, `window` / `self` are the global object, which then dispatches `online` /
 * `offline` like a window. Every address an SDK asked for is recorded.
 */
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import WebSocket from 'ws';

const require = createRequire(import.meta.url);

/** The constructor `xhr2` exports (it ships no types). */
interface XhrConstructor {
  new (): { open(method: string, url: string, async?: boolean, user?: string, password?: string): void };
}
const NodeXMLHttpRequest = require('xhr2') as XhrConstructor;

/** What {@link installLoopback} did, and how to undo it. */
export interface Loopback {
  /** Every address an SDK tried to reach, as it asked (`ws wss://…`, `xhr GET https://…`, `fetch …`). */
  readonly requested: string[];
  /** The closed port every connection is sent to. */
  readonly port: number;
  /** Puts the globals back as they were. */
  restore(): void;
}

/** A port on 127.0.0.1 that nothing listens on: one the OS just handed out and that was closed again. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

const GLOBALS = ['WebSocket', 'XMLHttpRequest', 'fetch', 'window', 'self', 'addEventListener', 'removeEventListener', 'dispatchEvent', 'navigator'] as const;

/** Options of {@link installLoopback}. */
export interface LoopbackOptions {
  /**
   * Also define `window` and `self` as the global object. Easemob's bundle needs `self` to load; Tencent's must not
   * see a `window`, or it takes Node for a browser and reads `navigator`.
   */
  readonly window?: boolean;
}

/** Installs the loopback browser globals; call `restore()` when the SDK is gone. */
export async function installLoopback(options: LoopbackOptions = {}): Promise<Loopback> {
  const port = await closedPort();
  const requested: string[] = [];
  const global = globalThis as Record<string, unknown>;
  const saved = GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const);

  class LoopbackWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      requested.push(`ws ${String(url)}`);
      super(`ws://127.0.0.1:${port}/`, protocols);
      // A browser WebSocket reports failures as events and never throws; `ws` throws an `error` event nobody
      // listens to (closing while still connecting does that). Listening here keeps the browser's behaviour.
      this.on('error', () => undefined);
    }
  }
  class LoopbackXMLHttpRequest extends NodeXMLHttpRequest {
    override open(method: string, url: string, async?: boolean, user?: string, password?: string): void {
      requested.push(`xhr ${method} ${url}`);
      super.open(method, `http://127.0.0.1:${port}/`, async, user, password);
    }
  }
  const loopbackFetch = (input: unknown): Promise<never> => {
    requested.push(`fetch ${String(input)}`);
    return Promise.reject(new TypeError('fetch failed'));
  };

  const define = (name: string, value: unknown): void => {
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true, enumerable: false });
  };
  define('WebSocket', LoopbackWebSocket);
  define('XMLHttpRequest', LoopbackXMLHttpRequest);
  define('fetch', loopbackFetch);
  if (options.window === true) {
    define('window', global);
    define('self', global);
    // A window dispatches `online` / `offline`; SDKs listen for them when `addEventListener` exists.
    const events = new EventTarget();
    define('navigator', { userAgent: 'Mozilla/5.0 (Node.js; im-errors tests)', onLine: true, language: 'en-US', platform: 'node' });
    define('addEventListener', events.addEventListener.bind(events));
    define('removeEventListener', events.removeEventListener.bind(events));
    define('dispatchEvent', events.dispatchEvent.bind(events));
  }

  return {
    requested,
    port,
    restore() {
      for (const [name, descriptor] of saved) {
        if (descriptor === undefined) delete global[name];
        else Object.defineProperty(globalThis, name, descriptor);
      }
    },
  };
}

/**
 * Redis down or slow never fails a call: every round trip has a deadline, and a failed or late one answers
 * `undefined` so the caller goes on with local state. The first failure of an outage is reported once
 * (`onFallback`), the first success after it once (`onRecover`). The deadline's timer is cleared as soon as the
 * round trip settles, so nothing is left behind.
 *
 * @example
 * ```ts
 * import { redisGuard } from 'im-errors/redis';
 * const guard = redisGuard({ timeoutMs: 50, onFallback: (error) => console.warn('Redis down, local limits', error) });
 * const pong = await guard.attempt(() => Promise.resolve('PONG')); // 'PONG', or undefined when Redis fails
 * ```
 */

/** Settings of {@link redisGuard}. */
export interface RedisGuardOptions {
  /** The longest a round trip may take before local state decides, in ms. Default 100. */
  readonly timeoutMs?: number | undefined;
  /** Called once when Redis starts failing (an error or a timeout). If it throws, the error is ignored. */
  readonly onFallback?: ((error: unknown) => void) | undefined;
  /** Called once when Redis answers again after a fallback. If it throws, the error is ignored. */
  readonly onRecover?: (() => void) | undefined;
}

/** A guard shared by the round trips of one store. */
export interface RedisGuard {
  /** True while Redis is failing (since the last failure, until the next success). */
  readonly down: boolean;
  /** Runs `trip` with the deadline: its value, or `undefined` if it failed or was late. Never rejects. */
  attempt<T>(trip: () => Promise<T>): Promise<T | undefined>;
}

interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

class RedisTimeout extends Error {
  constructor(ms: number) {
    super(`Redis did not answer within ${ms} ms`);
    this.name = 'RedisTimeout';
  }
}

function quietly(hook: () => void): void {
  try {
    hook();
  } catch {
    // Hooks must not break calls.
  }
}

/** Creates a guard; see {@link RedisGuardOptions}. */
export function redisGuard(options: RedisGuardOptions = {}): RedisGuard {
  const timeoutMs = options.timeoutMs ?? 100;
  const timers = globalThis as unknown as Timers;
  let down = false;
  const failed = (error: unknown): undefined => {
    if (!down) {
      down = true;
      quietly(() => options.onFallback?.(error));
    }
    return undefined;
  };
  return {
    get down() {
      return down;
    },
    attempt<T>(trip: () => Promise<T>): Promise<T | undefined> {
      return new Promise<T | undefined>((resolve) => {
        let done = false;
        const handle = timers.setTimeout(() => {
          if (done) return;
          done = true;
          resolve(failed(new RedisTimeout(timeoutMs)));
        }, timeoutMs);
        let pending: Promise<T>;
        try {
          pending = trip();
        } catch (error) {
          pending = Promise.reject(error);
        }
        pending.then(
          (value) => {
            timers.clearTimeout(handle);
            if (done) return;
            done = true;
            if (down) {
              down = false;
              quietly(() => options.onRecover?.());
            }
            resolve(value);
          },
          (error: unknown) => {
            timers.clearTimeout(handle);
            if (done) return;
            done = true;
            resolve(failed(error));
          },
        );
      });
    },
  };
}

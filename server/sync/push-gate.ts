/**
 * Load shedding for `POST /sync/push` (docs/sync.md, "Busy server"): at most `concurrency` pushes
 * run at once in this process, a few more wait in a short queue, and the rest are told to come
 * back later (429 `sync/busy` with `Retry-After`). It protects this process only: another instance
 * has its own gate and needs nothing from this one, so it may live in memory (docs/postgres.md).
 *
 * Retry-After is not one number for everyone: each refused device books a second in a calendar
 * of the next minutes, and no second gets more than about twice what this process finishes in a
 * second, so a thousand devices refused at once come back spread out, not together.
 */
import { SabilError } from '../../src/core/errors/index';
import type { RouteSpec } from '../api/route-spec';

export interface PushGateOptions {
  /** Pushes that may run at once. */
  concurrency: number;
  /** Pushes that may wait for a slot; beyond, refused. */
  queueLimit: number;
  /** Milliseconds since some epoch (tests drive it). */
  now: () => number;
  /** In [0, 1), like Math.random. */
  random: () => number;
  /** The longest Retry-After ever sent, in seconds. */
  maxRetryAfterSeconds?: number;
}

export interface PushGateStats {
  active: number;
  queued: number;
  refused: number;
}

export interface PushGate {
  /**
   * Waits for a slot and returns its release (call it exactly once, in a `finally`), or throws
   * `sync/busy` when the queue is full. `signal` drops a waiting request whose client went away.
   */
  enter(signal?: AbortSignal): Promise<() => void>;
  stats(): PushGateStats;
}

/** Per-instance defaults: SQLite has one writer (one push writes while the next is parsed); PostgreSQL's pool has 10 connections. */
export const DEFAULT_PUSH_CONCURRENCY = { sqlite: 2, postgres: 8 } as const;
/** A short queue: enough that a slot freed is taken at once, never a pile of bodies in memory. */
export const QUEUE_PER_SLOT = 2;
const DEFAULT_MAX_RETRY_AFTER_S = 120;
/** The first guess of one push's time, until pushes have been measured. */
const INITIAL_SERVICE_MS = 100;
/**
 * A second is booked for twice what the slots finish in it: some booked devices will not come
 * back (gone offline, or served by another instance), and one refused again costs far less than
 * a slot left idle; the queue absorbs the rest.
 */
const OVERBOOK = 2;

export function createPushGate(options: PushGateOptions): PushGate {
  const { concurrency, queueLimit, now, random } = options;
  const maxRetryAfter = options.maxRetryAfterSeconds ?? DEFAULT_MAX_RETRY_AFTER_S;
  let active = 0;
  let refused = 0;
  const queue: { admit: () => void }[] = [];
  /** Average time a push holds its slot (exponentially weighted), to know how many fit in a second. */
  let serviceMs = INITIAL_SERVICE_MS;
  /** Whole seconds (since the epoch of `now`) → devices told to come back in that second. */
  const booked = new Map<number, number>();

  const release = (startedAt: number) => {
    let released = false;
    return () => {
      if (released) return; // a second call must not free someone else's slot
      released = true;
      serviceMs = 0.8 * serviceMs + 0.2 * Math.max(1, now() - startedAt);
      const next = queue.shift();
      if (next) next.admit();
      else active--;
    };
  };

  const retryAfterSeconds = (): number => {
    const second = Math.floor(now() / 1000);
    for (const key of booked.keys()) if (key <= second) booked.delete(key);
    // What the process takes in a second, minus what already waits here.
    const perSecond = Math.max(1, Math.floor((OVERBOOK * concurrency * 1000) / serviceMs));
    const firstFree = Math.max(1, Math.ceil(((active + queue.length) * serviceMs) / concurrency / 1000));
    // Start from a random second of the next few, so bookings from several instances or restarts do not line up.
    let wait = firstFree + Math.floor(random() * 3);
    while (wait < maxRetryAfter && (booked.get(second + wait) ?? 0) >= perSecond) wait++;
    booked.set(second + wait, (booked.get(second + wait) ?? 0) + 1);
    return Math.min(wait, maxRetryAfter);
  };

  return {
    enter(signal) {
      const startedAt = now();
      if (active < concurrency) {
        active++;
        return Promise.resolve(release(startedAt));
      }
      if (queue.length >= queueLimit) {
        refused++;
        return Promise.reject(new SabilError('sync/busy', { retryAfterSeconds: retryAfterSeconds() }));
      }
      return new Promise((resolve, reject) => {
        const entry = {
          admit: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve(release(now()));
          },
        };
        const onAbort = () => {
          const at = queue.indexOf(entry);
          if (at >= 0) queue.splice(at, 1);
          reject(signal?.reason);
        };
        if (signal?.aborted) return onAbort();
        signal?.addEventListener('abort', onAbort, { once: true });
        queue.push(entry);
      });
    },
    stats: () => ({ active, queued: queue.length, refused }),
  };
}

/** A route handler that runs only once the process's push gate admits it, and always releases it (errors, aborted requests). */
export function gatedPush(handle: RouteSpec['handle']): RouteSpec['handle'] {
  return async (c, deps) => {
    const release = await deps.pushGate.enter(c.req.raw.signal);
    try {
      return await handle(c, deps);
    } finally {
      release();
    }
  };
}

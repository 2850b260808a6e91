/**
 * Starts syncing in the page, once: the scheduler with the browser's timers, the `online` event,
 * the service worker's Background Sync message, and Web Locks (or the in-tab mutex) so only one
 * tab of this device syncs at a time. Lazily imported by the app shell, so none of the sync code
 * is in the first screen's JavaScript.
 */
import type { SabilDatabase } from '../data/db';
import { createSyncLock } from './sync-lock';
import { syncNow } from './sync-runner';
import { createSyncScheduler, SYNC_INTERVAL_MS, type SyncScheduler } from './sync-scheduler';

/** The message sw/sw.ts posts on a Background Sync event, and the tag it registers under. */
export const SYNC_MESSAGE_TYPE = 'SABIL_SYNC';
export const BACKGROUND_SYNC_TAG = 'sabil-sync';

interface SyncManagerLike {
  register(tag: string): Promise<void>;
}

let started: SyncScheduler | null = null;
const waiting = new Set<(scheduler: SyncScheduler) => void>();

/** The page's scheduler once started (the Device screen's "Sync now" uses it). */
export function getSyncScheduler(): SyncScheduler | null {
  return started;
}

export function onSyncSchedulerStarted(listener: (scheduler: SyncScheduler) => void): () => void {
  if (started) listener(started);
  else waiting.add(listener);
  return () => waiting.delete(listener);
}

/** Asks the browser to wake the service worker when the network is back (Chromium only). */
function registerBackgroundSync(): void {
  void navigator.serviceWorker?.ready
    .then((registration) => {
      const sync: unknown = Reflect.get(registration, 'sync');
      if (sync && typeof (sync as SyncManagerLike).register === 'function') return (sync as SyncManagerLike).register(BACKGROUND_SYNC_TAG);
    })
    .catch(() => undefined); // refused (permission, private mode): the timer and `online` still sync
}

async function storageFreeBytes(): Promise<number | null> {
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  // The server takes a whole number ≥ 0; some browsers report usage above the quota.
  return estimate?.quota !== undefined && estimate.usage !== undefined ? Math.max(0, Math.floor(estimate.quota - estimate.usage)) : null;
}

export interface StartOptions {
  /** Marks a running sync as an activity an app update must not interrupt. */
  beginActivity?: () => () => void;
}

export function startSyncScheduler(db: SabilDatabase, options: StartOptions = {}): () => void {
  if (started) return () => undefined;
  const lock = createSyncLock(navigator.locks);
  const scheduler = createSyncScheduler({
    sync: async (onProgress) => {
      const end = options.beginActivity?.();
      try {
        return await syncNow(db, { lock, appVersion: __APP_VERSION__, now: () => Date.now(), onProgress, storageFreeBytes });
      } finally {
        end?.();
      }
    },
    timers: {
      after(ms, fire) {
        const handle = setTimeout(fire, ms);
        return () => clearTimeout(handle);
      },
    },
    random: Math.random,
    intervalMs: SYNC_INTERVAL_MS,
    onFailure: registerBackgroundSync,
  });
  started = scheduler;
  for (const listener of waiting) listener(scheduler);
  waiting.clear();

  const onOnline = () => scheduler.trigger('online');
  const onMessage = (event: MessageEvent) => {
    if ((event.data as { type?: unknown } | null)?.type === SYNC_MESSAGE_TYPE) scheduler.trigger('service-worker');
  };
  addEventListener('online', onOnline);
  navigator.serviceWorker?.addEventListener('message', onMessage);
  // addEventListener (unlike onmessage) does not start the message queue by itself in every browser.
  navigator.serviceWorker?.startMessages?.();
  scheduler.trigger('start');
  registerBackgroundSync();

  return () => {
    scheduler.stop();
    removeEventListener('online', onOnline);
    navigator.serviceWorker?.removeEventListener('message', onMessage);
    started = null;
  };
}

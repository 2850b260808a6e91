/**
 * One sync at a time per device. Tabs of the same app share the IndexedDB database, so two
 * tabs pushing at once would send the same events twice (harmless, but wasted on a slow link):
 * Web Locks serialise them across tabs where the browser has them; elsewhere an in-tab mutex
 * at least serialises the triggers of one tab.
 */
export interface SyncLock {
  run<T>(work: () => Promise<T>): Promise<T>;
}

export const SYNC_LOCK_NAME = 'sabil-sync';

/** A mutex for one JavaScript realm: each run starts when the previous one has settled. */
export function createInTabLock(): SyncLock {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(work: () => Promise<T>): Promise<T> {
      const result = tail.then(work, work);
      tail = result.catch(() => undefined);
      return result;
    },
  };
}

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/** Web Locks when `locks` is given (navigator.locks), else the in-tab mutex. */
export function createSyncLock(locks: LockManagerLike | undefined): SyncLock {
  if (!locks) return createInTabLock();
  return { run: (work) => locks.request(SYNC_LOCK_NAME, work) };
}

/**
 * The device's record of syncing (the 'sync' device row): the pull cursor, when sync last worked
 * and tried, and the last failure. Writes are small read-modify-write transactions so two tabs
 * never lose each other's update.
 */
import type { SabilDatabase, SyncStateRow } from './db';
import { guardStorage } from './storage-errors';

export const INITIAL_SYNC_STATE: SyncStateRow = {
  key: 'sync',
  cursor: null,
  lastSuccessAt: null,
  lastAttemptAt: null,
  lastError: null,
  consecutiveFailures: 0,
};

export async function readSyncState(db: SabilDatabase): Promise<SyncStateRow> {
  const row = await guardStorage(() => db.device.get('sync'));
  return row?.key === 'sync' ? row : INITIAL_SYNC_STATE;
}

function updateSyncState(db: SabilDatabase, change: (row: SyncStateRow) => SyncStateRow): Promise<SyncStateRow> {
  return guardStorage(() =>
    db.transaction('rw', db.device, async () => {
      const row = await db.device.get('sync');
      const next = change(row?.key === 'sync' ? row : INITIAL_SYNC_STATE);
      await db.device.put(next);
      return next;
    }),
  );
}

export function recordSyncAttempt(db: SabilDatabase, at: number): Promise<SyncStateRow> {
  return updateSyncState(db, (row) => ({ ...row, lastAttemptAt: at }));
}

export function recordSyncSuccess(db: SabilDatabase, at: number): Promise<SyncStateRow> {
  return updateSyncState(db, (row) => ({ ...row, lastSuccessAt: at, lastError: null, consecutiveFailures: 0 }));
}

export function recordSyncFailure(db: SabilDatabase, at: number, error: SyncStateRow['lastError']): Promise<SyncStateRow> {
  return updateSyncState(db, (row) => ({ ...row, lastAttemptAt: at, lastError: error, consecutiveFailures: row.consecutiveFailures + 1 }));
}

/**
 * Stores the pull cursor. Called inside the transaction that stores the page's data, so a page is
 * either kept with its cursor or pulled again.
 */
export async function putSyncCursor(db: SabilDatabase, cursor: string): Promise<void> {
  const row = await db.device.get('sync');
  await db.device.put({ ...(row?.key === 'sync' ? row : INITIAL_SYNC_STATE), cursor });
}


/**
 * The outbox as sync reads it: the events still to send, in the order their device made them,
 * and the removal of exactly the ids the server acknowledged.
 */
import type { EventRow, SabilDatabase } from './db';
import { guardStorage } from './storage-errors';

export function countOutbox(db: SabilDatabase): Promise<number> {
  return guardStorage(() => db.outbox.count());
}

/**
 * The outbox's events by (epoch, seq). An outbox id without its event (a learner removed between
 * reads) is dropped from the outbox: there is nothing left to send.
 */
export async function listOutboxEvents(db: SabilDatabase): Promise<EventRow[]> {
  return guardStorage(() =>
    db.transaction('rw', [db.outbox, db.events], async () => {
      const ids = (await db.outbox.toCollection().primaryKeys()).map(String);
      const rows = await db.events.bulkGet(ids);
      const orphans = ids.filter((_, i) => rows[i] === undefined);
      if (orphans.length > 0) await db.outbox.bulkDelete(orphans);
      return rows.filter((row): row is EventRow => row !== undefined).sort((a, b) => a.epoch - b.epoch || a.seq - b.seq);
    }),
  );
}

/** Removes the acknowledged ids, all in one transaction; ids no longer in the outbox are ignored. */
export function removeAcknowledged(db: SabilDatabase, ids: readonly string[]): Promise<void> {
  return guardStorage(() => db.transaction('rw', db.outbox, () => db.outbox.bulkDelete([...ids])));
}

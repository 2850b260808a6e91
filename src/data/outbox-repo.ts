/**
 * The outbox as sync reads it: the events still to send, in the order their device made them,
 * and the removal of exactly the ids the server acknowledged.
 */
import type { EventRow, SabilDatabase } from './db';
import { guardStorage } from './storage-errors';

export function countOutbox(db: SabilDatabase): Promise<number> {
  return guardStorage(() => db.outbox.count());
}

/** Learners the server knows: a profile linked to a roster entry (src/data/roster-profiles.ts). */
async function linkedLearnerIds(db: SabilDatabase): Promise<Set<string>> {
  const learners = await db.learners.toArray();
  return new Set(learners.filter((l) => l.roster?.state === 'linked').map((l) => l.id));
}

/**
 * The outbox's events that may be sent, by (epoch, seq): only those of learners linked to the
 * school's roster. The server sets aside events of a learner it does not know, so the events of a
 * profile not yet linked (or still pending) wait here until a teacher links it. An outbox id
 * without its event (a learner removed between reads) is dropped: there is nothing left to send.
 */
export async function listOutboxEvents(db: SabilDatabase): Promise<EventRow[]> {
  return guardStorage(() =>
    db.transaction('rw', [db.outbox, db.events, db.learners], async () => {
      const ids = (await db.outbox.toCollection().primaryKeys()).map(String);
      const rows = await db.events.bulkGet(ids);
      const orphans = ids.filter((_, i) => rows[i] === undefined);
      if (orphans.length > 0) await db.outbox.bulkDelete(orphans);
      const linked = await linkedLearnerIds(db);
      return rows
        .filter((row): row is EventRow => row !== undefined && linked.has(row.learnerId))
        .sort((a, b) => a.epoch - b.epoch || a.seq - b.seq);
    }),
  );
}

/** Outbox events of learners not yet linked to the roster: they wait for a teacher, not for sync. */
export async function countWaitingForRoster(db: SabilDatabase): Promise<number> {
  return guardStorage(() =>
    db.transaction('r', [db.outbox, db.learners], async () => {
      const linked = await linkedLearnerIds(db);
      return db.outbox.filter((row) => !linked.has(row.learnerId)).count();
    }),
  );
}

/** Removes the acknowledged ids, all in one transaction; ids no longer in the outbox are ignored. */
export function removeAcknowledged(db: SabilDatabase, ids: readonly string[]): Promise<void> {
  return guardStorage(() => db.transaction('rw', db.outbox, () => db.outbox.bulkDelete([...ids])));
}

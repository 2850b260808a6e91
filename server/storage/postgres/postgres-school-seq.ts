/**
 * The per-school change sequence on PostgreSQL (school_counters, migration 004). A writer locks
 * the school's counter row (`FOR UPDATE`) before it reads anything it will decide on, and keeps it
 * until commit: the writes of one school, from any instance, run one after the other and commit
 * in the order of their sequence, so a pull can never skip a change still in flight.
 */
import type { Queryable } from './postgres-rows';
import { oneRow, run } from './postgres-rows';

/**
 * Locks the school's counter row until the caller's transaction ends and returns the value its
 * next change takes. Schools created after migration 004 get their row here.
 */
export async function lockSchoolSeq(db: Queryable, schoolId: string): Promise<number> {
  const locked = await oneRow<{ next_seq: number | string }>(db, 'SELECT next_seq FROM school_counters WHERE school_id = ? FOR UPDATE', schoolId);
  if (locked) return Number(locked.next_seq);
  // Two first writers both insert: the unique key makes the second wait, then do nothing.
  await run(db, 'INSERT INTO school_counters (school_id, next_seq) VALUES (?, 1) ON CONFLICT (school_id) DO NOTHING', schoolId);
  const row = await oneRow<{ next_seq: number | string }>(db, 'SELECT next_seq FROM school_counters WHERE school_id = ? FOR UPDATE', schoolId);
  return Number(row!.next_seq); // inserted just above, or by the writer we waited for
}

/** Moves the locked counter past the `count` values the caller used, starting at what lockSchoolSeq returned. */
export async function advanceSchoolSeq(db: Queryable, schoolId: string, count: number): Promise<void> {
  if (count > 0) await run(db, 'UPDATE school_counters SET next_seq = next_seq + ? WHERE school_id = ?', count, schoolId);
}

/**
 * The last sequence value the school has given out (0 when none). Read without a lock: a value
 * committed here means every change below it has committed too, since each took the row's lock.
 */
export async function headSchoolSeq(db: Queryable, schoolId: string): Promise<number> {
  const row = await oneRow<{ next_seq: number | string }>(db, 'SELECT next_seq FROM school_counters WHERE school_id = ?', schoolId);
  return Number(row?.next_seq ?? 1) - 1;
}

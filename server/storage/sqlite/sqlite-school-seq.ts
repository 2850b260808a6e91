/**
 * The per-school change sequence (school_counters, migration 004). Called inside the caller's
 * write transaction, so the row stays locked until commit: on SQLite the IMMEDIATE transaction
 * holds the write lock, on PostgreSQL the UPDATE holds the row lock. Changes of one school thus
 * commit in the order of their sequence, and a pull can never skip one still in flight.
 */
import type Database from 'better-sqlite3';
import { oneRow } from './sqlite-rows';

/** Takes the school's next sequence value. Schools created after migration 004 get their row here. */
export function takeSchoolSeq(db: Database.Database, schoolId: string): number {
  db.prepare('INSERT INTO school_counters (school_id, next_seq) VALUES (?, 1) ON CONFLICT (school_id) DO NOTHING').run(schoolId);
  const row = oneRow<{ taken: number }>(db, 'UPDATE school_counters SET next_seq = next_seq + 1 WHERE school_id = ? RETURNING next_seq - 1 AS taken', schoolId);
  return row!.taken; // the row was made just above if missing
}

/** The last sequence value the school has given out (0 when none). */
export function headSchoolSeq(db: Database.Database, schoolId: string): number {
  return (oneRow<{ next_seq: number }>(db, 'SELECT next_seq FROM school_counters WHERE school_id = ?', schoolId)?.next_seq ?? 1) - 1;
}

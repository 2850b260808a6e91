/**
 * Test support for the report aggregates on either backend: a second connection to the test
 * database that writes events rows as a push would have (so the fold can be tested without the
 * push route) and reads whole tables back for comparison.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll } from 'vitest';
import { toPositional } from '../../storage/postgres/postgres-rows';
import { SQLITE_FILE_NAME } from '../../storage/sqlite/open-sqlite-storage';
import type { TestDatabase } from '../../testing/test-storage';

type Param = string | number | null;

export interface RawSql {
  run(sql: string, ...params: Param[]): Promise<void>;
  all(sql: string, ...params: Param[]): Promise<Record<string, unknown>[]>;
}

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers.splice(0)) await close();
});

export function rawSql(database: TestDatabase): RawSql {
  if (database.kind === 'sqlite') {
    const db = new Database(join(database.dataDir ?? '', SQLITE_FILE_NAME));
    db.pragma('busy_timeout = 5000');
    closers.push(async () => void db.close());
    return {
      run: async (sql, ...params) => void db.prepare(sql).run(...params),
      all: async (sql, ...params) => db.prepare(sql).all(...params) as Record<string, unknown>[], // rows are plain objects
    };
  }
  const pool = new pg.Pool({ connectionString: database.url, max: 1 });
  closers.push(() => pool.end());
  return {
    run: async (sql, ...params) => void (await pool.query(toPositional(sql), params)),
    all: async (sql, ...params) => (await pool.query(toPositional(sql), params)).rows as Record<string, unknown>[], // rows are plain objects
  };
}

export interface RawEvent {
  schoolId: string;
  id: string;
  learnerId: string;
  serverSeq: number;
  type: 'lesson.completed' | 'quiz.answered' | 'quiz.completed' | 'mastery.reached';
  data: Record<string, unknown>;
  atDevice: number;
  receivedAt: string;
}

export async function insertEvent(sql: RawSql, event: RawEvent): Promise<void> {
  await sql.run(
    `INSERT INTO events (school_id, id, device_id, epoch, seq, learner_id, type, at_device, received_at, server_seq, digest, data, server_device_id)
     VALUES (?, ?, 'device', 1, ?, ?, ?, ?, ?, ?, 'digest', ?, 'server-device')`,
    event.schoolId, event.id, event.serverSeq, event.learnerId, event.type, event.atDevice, event.receivedAt, event.serverSeq, JSON.stringify(event.data),
  );
}

/** Every aggregate table of a school, sorted, numbers as numbers: equal when two folds agree. */
export async function aggregateTables(sql: RawSql, schoolId: string) {
  const numeric = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v]));
  const read = async (query: string) => (await sql.all(query, schoolId)).map(numeric);
  return {
    classWeeks: await read('SELECT class_id, week, pack_id, active_learners, events, lessons_completed, quizzes_completed, answers FROM agg_class_week WHERE school_id = ? ORDER BY class_id, week, pack_id'),
    learnerWeeks: await read('SELECT learner_id, week, pack_id, class_id FROM agg_learner_week WHERE school_id = ? ORDER BY learner_id, week, pack_id'),
    skills: await read('SELECT learner_id, pack_id, skill, class_id, first_day, mastered_day FROM agg_learner_skill WHERE school_id = ? ORDER BY learner_id, pack_id, skill'),
    items: await read('SELECT learner_id, item_kind, pack_id, lesson_id, quiz_id, class_id, first_day FROM agg_learner_item WHERE school_id = ? ORDER BY learner_id, item_kind, pack_id, lesson_id, quiz_id'),
  };
}

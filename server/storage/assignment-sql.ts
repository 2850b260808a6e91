/**
 * The SQL of assignments (migration 006), one text for SQLite and PostgreSQL (`?` placeholders,
 * quoted camelCase aliases, ON CONFLICT upserts): the facts a push's assignments are checked
 * against, the writes of a winning version, and a pull's page. The backends run these statements;
 * the decisions are in assignment-plan.ts.
 */
import type { AssignmentRecord } from '../../src/core/assignments/index';
import { teacherKey, type AssignmentFacts, type AssignmentWrite, type HeldAssignment, type namedInPush } from './assignment-plan';

type Param = string | number | null;
export interface Statement { sql: string; params: Param[] }
type Row = Record<string, unknown>;

/** Values per IN list or multi-row INSERT: far under both engines' limits on parameters. */
const PART = 500;

function parts<T>(items: readonly T[], size = PART): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const inList = (schoolId: string, values: readonly string[], sql: (list: string) => string): Statement[] =>
  parts(values).map((part) => ({ sql: sql(part.map(() => '?').join(', ')), params: [schoolId, ...part] }));

/** Four lists of reads; run each statement and hand the rows to `toAssignmentFacts` in the same order. */
export function assignmentFactQueries(schoolId: string, named: ReturnType<typeof namedInPush>) {
  return {
    held: inList(schoolId, named.ids, (list) => `SELECT record AS "record", received_at AS "receivedAt" FROM assignments WHERE school_id = ? AND id IN (${list})`),
    classes: inList(schoolId, named.classIds, (list) => `SELECT id AS "id" FROM classes WHERE school_id = ? AND id IN (${list})`),
    learners: inList(schoolId, named.learnerIds, (list) => `SELECT id AS "id", class_id AS "classId" FROM roster_learners WHERE school_id = ? AND id IN (${list})`),
    teachers: inList(schoolId, named.classIds, (list) => `SELECT user_id AS "userId", class_id AS "classId" FROM teacher_classes WHERE school_id = ? AND class_id IN (${list})`),
  };
}

/** A stored record: written only after parseAssignment accepted it, never changed in place. */
export const toAssignmentRecord = (text: unknown): AssignmentRecord => JSON.parse(String(text)) as AssignmentRecord;

export function toAssignmentFacts(rows: { held: Row[]; classes: Row[]; learners: Row[]; teachers: Row[] }): AssignmentFacts {
  const held = new Map<string, HeldAssignment>();
  for (const row of rows.held) {
    const record = toAssignmentRecord(row['record']);
    held.set(record.id, { record, receivedAt: String(row['receivedAt']) });
  }
  return {
    held,
    classes: new Set(rows.classes.map((r) => String(r['id']))),
    learnerClass: new Map(rows.learners.map((r) => [String(r['id']), String(r['classId'])])),
    teachers: new Set(rows.teachers.map((r) => teacherKey(String(r['userId']), String(r['classId'])))),
  };
}

const COLUMNS = `school_id, id, class_id, revision, updated_at, digest, record, server_seq, cancelled, target_kind, item_kind, pack_id, lesson_id,
  quiz_id, created_by, created_day, received_at, changed_at, server_device_id`;

/** Stores a winning version under the school sequence `serverSeq`, and the learners it names. */
export function assignmentWriteStatements(schoolId: string, serverDeviceId: string, changedAt: string, write: AssignmentWrite, serverSeq: number): Statement[] {
  const a = write.record;
  const learners = a.target.kind === 'class' ? [] : [...new Set(a.target.learnerIds)];
  return [
    {
      sql: `INSERT INTO assignments (${COLUMNS}) VALUES (${COLUMNS.split(',').map(() => '?').join(', ')})
        ON CONFLICT (school_id, id) DO UPDATE SET
          class_id = excluded.class_id, revision = excluded.revision, updated_at = excluded.updated_at, digest = excluded.digest,
          record = excluded.record, server_seq = excluded.server_seq, cancelled = excluded.cancelled, target_kind = excluded.target_kind,
          item_kind = excluded.item_kind, pack_id = excluded.pack_id, lesson_id = excluded.lesson_id, quiz_id = excluded.quiz_id,
          created_by = excluded.created_by, created_day = excluded.created_day, changed_at = excluded.changed_at,
          server_device_id = excluded.server_device_id`,
      params: [
        schoolId, a.id, a.classId, a.revision, a.updatedAt, write.digest, JSON.stringify(a), serverSeq, a.cancelled ? 1 : 0, a.target.kind,
        a.item.kind, a.item.packId, a.item.lessonId, a.item.kind === 'quiz' ? a.item.quizId : '', a.createdBy, write.createdDay,
        write.receivedAt, changedAt, serverDeviceId,
      ],
    },
    { sql: 'DELETE FROM assignment_learners WHERE school_id = ? AND assignment_id = ?', params: [schoolId, a.id] },
    ...parts(learners, 200).map((part) => ({
      sql: `INSERT INTO assignment_learners (school_id, assignment_id, learner_id) VALUES ${part.map(() => '(?, ?, ?)').join(', ')}`,
      params: part.flatMap((learnerId) => [schoolId, a.id, learnerId]),
    })),
  ];
}

/** The first `limit` assignment changes of the scope in (after, head], oldest first. */
export function pullAssignmentsQuery(schoolId: string, after: number, head: number, classId: string | undefined, limit: number): Statement {
  return {
    sql: `SELECT record AS "record", server_seq AS "serverSeq" FROM assignments
      WHERE school_id = ? AND server_seq > ? AND server_seq <= ?${classId === undefined ? '' : ' AND class_id = ?'}
      ORDER BY server_seq LIMIT ?`,
    params: [schoolId, after, head, ...(classId === undefined ? [] : [classId]), limit],
  };
}

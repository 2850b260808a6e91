/**
 * The SQL of the report aggregates, one text for SQLite and PostgreSQL (`?` placeholders, quoted
 * camelCase aliases, ON CONFLICT upserts, CASE instead of MIN/LEAST which the engines spell
 * differently). The two backends run these and convert PostgreSQL's BIGINT strings to numbers.
 */
import { ALL_PACKS, weekOf, type ClassWeekDelta, type LearnerItemDelta, type LearnerSkillDelta, type LearnerWeek } from '../../src/core/school-reports/index';
import type { DeviceHealthRow, ReportAggregates, ReportFilter } from './report-storage';

type Param = string | number | null;
export interface Statement { sql: string; params: Param[] }

const list = (values: readonly unknown[]) => (values.length === 0 ? 'NULL' : values.map(() => '?').join(', '));

export const ENSURE_WATERMARK = "INSERT INTO report_watermarks (school_id, folded_seq, folded_at) VALUES (?, 0, '') ON CONFLICT (school_id) DO NOTHING";
export const READ_WATERMARK = 'SELECT folded_seq AS "foldedSeq" FROM report_watermarks WHERE school_id = ?';
export const WRITE_WATERMARK = 'UPDATE report_watermarks SET folded_seq = ?, folded_at = ? WHERE school_id = ?';

/** A page of events past the watermark, with each learner's class from the roster. */
export const READ_EVENT_PAGE = `SELECT e.server_seq AS "serverSeq", e.learner_id AS "learnerId", COALESCE(r.class_id, '') AS "classId",
  e.type AS "type", e.data AS "data", e.at_device AS "atDevice", e.received_at AS "receivedAt"
  FROM events e LEFT JOIN roster_learners r ON r.school_id = e.school_id AND r.id = e.learner_id
  WHERE e.school_id = ? AND e.server_seq > ? ORDER BY e.server_seq LIMIT ?`;

export interface EventPageRow {
  serverSeq: number | string;
  learnerId: string;
  classId: string;
  type: string;
  data: string;
  atDevice: number | string;
  receivedAt: string;
}

/** Rows per INSERT: well under both engines' limits on parameters. */
const UPSERT_ROWS = 400;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += UPSERT_ROWS) out.push(items.slice(i, i + UPSERT_ROWS));
  return out;
}

export function upsertClassWeeks(schoolId: string, weeks: readonly ClassWeekDelta[]): Statement[] {
  return chunks(weeks).map((rows) => ({
    sql: `INSERT INTO agg_class_week (school_id, class_id, week, pack_id, active_learners, events, lessons_completed, quizzes_completed, answers)
      VALUES ${rows.map(() => '(?, ?, ?, ?, 0, ?, ?, ?, ?)').join(', ')}
      ON CONFLICT (school_id, class_id, week, pack_id) DO UPDATE SET
        events = agg_class_week.events + excluded.events,
        lessons_completed = agg_class_week.lessons_completed + excluded.lessons_completed,
        quizzes_completed = agg_class_week.quizzes_completed + excluded.quizzes_completed,
        answers = agg_class_week.answers + excluded.answers`,
    params: rows.flatMap((w) => [schoolId, w.classId, w.week, w.packId, w.events, w.lessonsCompleted, w.quizzesCompleted, w.answers]),
  }));
}

/** Adds learners to the week sets; RETURNING answers only the rows that were new (SQLite 3.35+, PostgreSQL). */
export function insertLearnerWeeks(schoolId: string, weeks: readonly LearnerWeek[]): Statement[] {
  return chunks(weeks).map((rows) => ({
    sql: `INSERT INTO agg_learner_week (school_id, learner_id, week, pack_id, class_id)
      VALUES ${rows.map(() => '(?, ?, ?, ?, ?)').join(', ')}
      ON CONFLICT (school_id, learner_id, week, pack_id) DO NOTHING
      RETURNING class_id AS "classId", week AS "week", pack_id AS "packId"`,
    params: rows.flatMap((w) => [schoolId, w.learnerId, w.week, w.packId, w.classId]),
  }));
}

/** One UPDATE per class, week and pack that gained learners: active_learners counts each learner once. */
export function bumpActiveLearners(schoolId: string, added: readonly { classId: string; week: string; packId: string }[]): Statement[] {
  const counts = new Map<string, { classId: string; week: string; packId: string; n: number }>();
  for (const row of added) {
    const key = JSON.stringify([row.classId, row.week, row.packId]);
    const found = counts.get(key);
    if (found) found.n++;
    else counts.set(key, { ...row, n: 1 });
  }
  return [...counts.values()].map((c) => ({
    sql: 'UPDATE agg_class_week SET active_learners = active_learners + ? WHERE school_id = ? AND class_id = ? AND week = ? AND pack_id = ?',
    params: [c.n, schoolId, c.classId, c.week, c.packId],
  }));
}

export function upsertSkills(schoolId: string, skills: readonly LearnerSkillDelta[]): Statement[] {
  return chunks(skills).map((rows) => ({
    sql: `INSERT INTO agg_learner_skill (school_id, learner_id, pack_id, skill, class_id, first_day, mastered_day)
      VALUES ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}
      ON CONFLICT (school_id, learner_id, pack_id, skill) DO UPDATE SET
        first_day = CASE WHEN excluded.first_day < agg_learner_skill.first_day THEN excluded.first_day ELSE agg_learner_skill.first_day END,
        mastered_day = CASE
          WHEN agg_learner_skill.mastered_day IS NULL THEN excluded.mastered_day
          WHEN excluded.mastered_day IS NOT NULL AND excluded.mastered_day < agg_learner_skill.mastered_day THEN excluded.mastered_day
          ELSE agg_learner_skill.mastered_day END`,
    params: rows.flatMap((s) => [schoolId, s.learnerId, s.packId, s.skill, s.classId, s.firstDay, s.masteredDay]),
  }));
}

export const RESET_STATEMENTS = [
  'DELETE FROM agg_class_week WHERE school_id = ?', 'DELETE FROM agg_learner_week WHERE school_id = ?', 'DELETE FROM agg_learner_skill WHERE school_id = ?',
  'DELETE FROM agg_learner_item WHERE school_id = ?', 'DELETE FROM report_watermarks WHERE school_id = ?',
];

/** The WHERE of week rows: the weeks holding the range's first and last days, one pack or '' (all). */
function weekWhere(filter: ReportFilter): Statement {
  const params: Param[] = [...filter.schoolIds, filter.packId ?? ALL_PACKS, weekOf(filter.fromDay), weekOf(filter.toDay)];
  let sql = `school_id IN (${list(filter.schoolIds)}) AND pack_id = ? AND week >= ? AND week <= ?`;
  if (filter.classId !== undefined) {
    sql += ' AND class_id = ?';
    params.push(filter.classId);
  }
  return { sql, params };
}

function skillWhere(filter: ReportFilter): Statement {
  const params: Param[] = [...filter.schoolIds, filter.toDay];
  let sql = `school_id IN (${list(filter.schoolIds)}) AND first_day <= ?`;
  if (filter.packId !== undefined) {
    sql += ' AND pack_id = ?';
    params.push(filter.packId);
  }
  if (filter.classId !== undefined) {
    sql += ' AND class_id = ?';
    params.push(filter.classId);
  }
  return { sql, params };
}

/** The report's reads, in order: weeks, sums over the range, distinct learners over the range, skills, packs named. */
export function reportQueries(filter: ReportFilter): Statement[] {
  const group = filter.byClass ? 'school_id, class_id' : 'school_id';
  const groupColumns = filter.byClass ? 'school_id AS "schoolId", class_id AS "classId"' : 'school_id AS "schoolId"';
  const weeks = weekWhere(filter);
  const skills = skillWhere(filter);
  return [
    {
      sql: `SELECT ${groupColumns}, week AS "week", SUM(active_learners) AS "activeLearners",
        SUM(lessons_completed) AS "lessonsCompleted", SUM(quizzes_completed) AS "quizzesCompleted"
        FROM agg_class_week WHERE ${weeks.sql} GROUP BY ${group}, week ORDER BY ${group}, week`,
      params: weeks.params,
    },
    {
      sql: `SELECT ${groupColumns}, SUM(lessons_completed) AS "lessonsCompleted", SUM(quizzes_completed) AS "quizzesCompleted", SUM(answers) AS "answers"
        FROM agg_class_week WHERE ${weeks.sql} GROUP BY ${group} ORDER BY ${group}`,
      params: weeks.params,
    },
    {
      sql: `SELECT ${groupColumns}, COUNT(DISTINCT learner_id) AS "activeLearners"
        FROM agg_learner_week WHERE ${weeks.sql} GROUP BY ${group} ORDER BY ${group}`,
      params: weeks.params,
    },
    {
      sql: `SELECT ${groupColumns}, pack_id AS "packId", skill AS "skill", COUNT(*) AS "practised",
        SUM(CASE WHEN mastered_day IS NOT NULL AND mastered_day <= ? THEN 1 ELSE 0 END) AS "mastered"
        FROM agg_learner_skill WHERE ${skills.sql} GROUP BY ${group}, pack_id, skill ORDER BY ${group}, pack_id, skill`,
      params: [filter.toDay, ...skills.params],
    },
    {
      sql: `SELECT DISTINCT pack_id AS "packId" FROM agg_class_week WHERE school_id IN (${list(filter.schoolIds)}) AND pack_id <> ? ORDER BY pack_id`,
      params: [...filter.schoolIds, ALL_PACKS],
    },
  ];
}

const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
const numOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
const classOf = (row: Record<string, unknown>) => (typeof row['classId'] === 'string' ? row['classId'] : null);
const text = (value: unknown) => String(value);

/** PostgreSQL answers COUNT, SUM and BIGINT as strings; both engines' rows come out as numbers here. */
export function toAggregates([weeks, sums, actives, skills, packs]: Record<string, unknown>[][]): ReportAggregates {
  const sameGroup = (a: Record<string, unknown>) => (b: Record<string, unknown>) => a['schoolId'] === b['schoolId'] && classOf(a) === classOf(b);
  return {
    weeks: (weeks ?? []).map((r) => ({ schoolId: text(r['schoolId']), classId: classOf(r), week: text(r['week']), activeLearners: num(r['activeLearners']), lessonsCompleted: num(r['lessonsCompleted']), quizzesCompleted: num(r['quizzesCompleted']) })),
    totals: (sums ?? []).map((r) => ({
      schoolId: text(r['schoolId']), classId: classOf(r), activeLearners: num((actives ?? []).find(sameGroup(r))?.['activeLearners']),
      lessonsCompleted: num(r['lessonsCompleted']), quizzesCompleted: num(r['quizzesCompleted']), answers: num(r['answers']),
    })),
    skills: (skills ?? []).map((r) => ({ schoolId: text(r['schoolId']), classId: classOf(r), packId: text(r['packId']), skill: text(r['skill']), practised: num(r['practised']), mastered: num(r['mastered']) })),
    packIds: (packs ?? []).map((r) => text(r['packId'])),
  };
}

export function deviceHealthQuery(schoolIds: readonly string[]): Statement {
  return {
    sql: `SELECT d.school_id AS "schoolId", d.id AS "deviceId", d.class_id AS "classId", d.enrolled_at AS "enrolledAt", d.revoked_at AS "revokedAt",
      d.last_seen_at AS "lastSeenAt", s.last_push_at AS "lastPushAt", s.app_version AS "appVersion", s.outbox_waiting AS "outboxWaiting",
      s.storage_free_bytes AS "storageFreeBytes", s.clock_skew_ms AS "clockSkewMs",
      (SELECT COUNT(*) FROM quarantine q WHERE q.school_id = d.school_id AND q.server_device_id = d.id) AS "quarantined"
      FROM devices d LEFT JOIN device_sync_state s ON s.school_id = d.school_id AND s.device_id = d.id
      WHERE d.school_id IN (${list(schoolIds)}) ORDER BY d.school_id, d.enrolled_at, d.id`,
    params: [...schoolIds],
  };
}

export function toDeviceHealth(r: Record<string, unknown>): DeviceHealthRow {
  const str = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    schoolId: text(r['schoolId']), deviceId: text(r['deviceId']), classId: str(r['classId']), enrolledAt: text(r['enrolledAt']),
    revokedAt: str(r['revokedAt']), lastSeenAt: str(r['lastSeenAt']), lastPushAt: str(r['lastPushAt']), appVersion: str(r['appVersion']),
    outboxWaiting: numOrNull(r['outboxWaiting']), storageFreeBytes: numOrNull(r['storageFreeBytes']), clockSkewMs: numOrNull(r['clockSkewMs']),
    quarantined: num(r['quarantined']),
  };
}

export function toFoldRow(r: EventPageRow) {
  return { learnerId: r.learnerId, classId: r.classId, type: r.type, data: r.data, atDevice: Number(r.atDevice), receivedAt: r.receivedAt };
}

/** Lessons and quizzes completed per learner (migration 006): the earliest day wins. */
export function upsertItems(schoolId: string, items: readonly LearnerItemDelta[]): Statement[] {
  return chunks(items).map((rows) => ({
    sql: `INSERT INTO agg_learner_item (school_id, learner_id, item_kind, pack_id, lesson_id, quiz_id, class_id, first_day)
      VALUES ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}
      ON CONFLICT (school_id, learner_id, item_kind, pack_id, lesson_id, quiz_id) DO UPDATE SET
        first_day = CASE WHEN excluded.first_day < agg_learner_item.first_day THEN excluded.first_day ELSE agg_learner_item.first_day END`,
    params: rows.flatMap((i) => [schoolId, i.learnerId, i.itemKind, i.packId, i.lessonId, i.quizId, i.classId, i.firstDay]),
  }));
}

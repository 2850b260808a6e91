/**
 * Assignment completion for the school reports (docs/reports.md, "Assignment completion"), one SQL
 * text for SQLite and PostgreSQL. The rule is the core's (`assignmentCompletion`): a class target is
 * the class's roster learners now, a group or learners target its listed learners; a learner has
 * done it with a row for the item in agg_learner_item (folded from completions, never the events).
 * Cancelled assignments are not counted; the filter is the pack and the assignment's created day.
 */
import type { AssignmentAggregate, ReportFilter } from './report-storage';

type Param = string | number | null;
interface Statement { sql: string; params: Param[] }

const list = (values: readonly unknown[]) => (values.length === 0 ? 'NULL' : values.map(() => '?').join(', '));

function assignmentWhere(filter: ReportFilter): Statement {
  const params: Param[] = [...filter.schoolIds, filter.fromDay, filter.toDay];
  let sql = `a.school_id IN (${list(filter.schoolIds)}) AND a.cancelled = 0 AND a.created_day >= ? AND a.created_day <= ?`;
  if (filter.packId !== undefined) {
    sql += ' AND a.pack_id = ?';
    params.push(filter.packId);
  }
  if (filter.classId !== undefined) {
    sql += ' AND a.class_id = ?';
    params.push(filter.classId);
  }
  return { sql, params };
}

/** Two reads: assignments per group, then assigned learners (summed, and distinct) and those done. */
export function assignmentCompletionQueries(filter: ReportFilter): Statement[] {
  const group = filter.byClass ? 'school_id, class_id' : 'school_id';
  const columns = (t: string) => (filter.byClass ? `${t}.school_id AS "schoolId", ${t}.class_id AS "classId"` : `${t}.school_id AS "schoolId"`);
  const where = assignmentWhere(filter);
  const item = 'a.school_id, a.class_id, a.item_kind, a.pack_id, a.lesson_id, a.quiz_id';
  return [
    {
      sql: `SELECT ${columns('a')}, COUNT(*) AS "assignments" FROM assignments a WHERE ${where.sql} GROUP BY ${group.replace(/(\w+)/g, 'a.$1')}`,
      params: where.params,
    },
    {
      sql: `SELECT ${columns('t')}, COUNT(*) AS "assignedLearners", COUNT(i.learner_id) AS "completed", COUNT(DISTINCT t.learner_id) AS "learners"
        FROM (
          SELECT ${item}, l.learner_id FROM assignments a
            JOIN assignment_learners l ON l.school_id = a.school_id AND l.assignment_id = a.id
            WHERE a.target_kind <> 'class' AND ${where.sql}
          UNION ALL
          SELECT ${item}, r.id AS learner_id FROM assignments a
            JOIN roster_learners r ON r.school_id = a.school_id AND r.class_id = a.class_id
            WHERE a.target_kind = 'class' AND ${where.sql}
        ) t
        LEFT JOIN agg_learner_item i ON i.school_id = t.school_id AND i.learner_id = t.learner_id AND i.item_kind = t.item_kind
          AND i.pack_id = t.pack_id AND i.lesson_id = t.lesson_id AND i.quiz_id = t.quiz_id
        GROUP BY ${group.replace(/(\w+)/g, 't.$1')}`,
      params: [...where.params, ...where.params],
    },
  ];
}

const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
const classOf = (row: Record<string, unknown>) => (typeof row['classId'] === 'string' ? row['classId'] : null);

/** PostgreSQL answers COUNT as strings; both engines' rows come out as numbers, one per group. */
export function toAssignmentAggregates([counts, learners]: Record<string, unknown>[][]): AssignmentAggregate[] {
  return (counts ?? []).map((row) => {
    const found = (learners ?? []).find((l) => l['schoolId'] === row['schoolId'] && classOf(l) === classOf(row));
    return {
      schoolId: String(row['schoolId']), classId: classOf(row), assignments: num(row['assignments']),
      assignedLearners: num(found?.['assignedLearners']), completed: num(found?.['completed']), learners: num(found?.['learners']),
    };
  });
}

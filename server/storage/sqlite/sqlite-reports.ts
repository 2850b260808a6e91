/**
 * The report aggregates on SQLite (migration 005): a fold page is one IMMEDIATE transaction, so
 * it holds the write lock from reading the watermark to moving it and no event is folded twice.
 */
import type Database from 'better-sqlite3';
import type { FoldDelta, FoldRow } from '../../../src/core/school-reports/index';
import {
  deviceHealthQuery, ENSURE_WATERMARK, READ_EVENT_PAGE, READ_WATERMARK, reportQueries, RESET_STATEMENTS, toAggregates, toDeviceHealth,
  bumpActiveLearners, insertLearnerWeeks, toFoldRow, upsertClassWeeks, upsertItems, upsertSkills, WRITE_WATERMARK, type EventPageRow,
} from '../report-sql';
import { assignmentCompletionQueries, toAssignmentAggregates } from '../assignment-report-sql';
import type { FoldPageOutcome, ReportStorage } from '../report-storage';
import { allRows, oneRow } from './sqlite-rows';

/** A learner-week row the page added (new to its week): one more active learner there. */
interface AddedWeek { classId: string; week: string; packId: string }

export function sqliteReports(db: Database.Database): ReportStorage {
  const foldPage = db.transaction((schoolId: string, limit: number, at: string, fold: (rows: FoldRow[]) => FoldDelta): FoldPageOutcome => {
    db.prepare(ENSURE_WATERMARK).run(schoolId);
    const foldedSeq = Number(oneRow<{ foldedSeq: number }>(db, READ_WATERMARK, schoolId)?.foldedSeq ?? 0);
    const page = allRows<EventPageRow>(db, READ_EVENT_PAGE, schoolId, foldedSeq, limit);
    if (page.length === 0) return { read: 0, skipped: 0 };
    const delta = fold(page.map(toFoldRow));
    for (const statement of [...upsertClassWeeks(schoolId, delta.classWeeks), ...upsertSkills(schoolId, delta.skills), ...upsertItems(schoolId, delta.items)]) db.prepare(statement.sql).run(...statement.params);
    const added = insertLearnerWeeks(schoolId, delta.learnerWeeks).flatMap((statement) => allRows<AddedWeek>(db, statement.sql, ...statement.params));
    for (const statement of bumpActiveLearners(schoolId, added)) db.prepare(statement.sql).run(...statement.params);
    db.prepare(WRITE_WATERMARK).run(Number(page[page.length - 1]!.serverSeq), at, schoolId); // the page is not empty
    return { read: page.length, skipped: delta.skipped };
  });
  const reset = db.transaction((schoolId: string) => {
    for (const sql of RESET_STATEMENTS) db.prepare(sql).run(schoolId);
  });

  return {
    foldEventPage: async (schoolId, limit, at, fold) => foldPage.immediate(schoolId, limit, at, fold),
    // One read transaction, so the four reads see the same folded state.
    readReportAggregates: async (filter) =>
      db.transaction(() => toAggregates(reportQueries(filter).map((q) => allRows<Record<string, unknown>>(db, q.sql, ...q.params))))(),
    readAssignmentCompletion: async (filter) =>
      db.transaction(() => toAssignmentAggregates(assignmentCompletionQueries(filter).map((q) => allRows<Record<string, unknown>>(db, q.sql, ...q.params))))(),
    listDeviceHealth: async (schoolIds) => {
      const query = deviceHealthQuery(schoolIds);
      return allRows<Record<string, unknown>>(db, query.sql, ...query.params).map(toDeviceHealth);
    },
    resetReportAggregates: async (schoolId) => reset.immediate(schoolId),
  };
}

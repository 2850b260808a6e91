/**
 * The report aggregates on PostgreSQL (migration 005): a fold page is one transaction that locks
 * the school's watermark row (`FOR UPDATE`), so instances folding the same school take turns and
 * no event is folded twice. Events commit in server_seq order per school (the push takes the
 * school's counter row), so a watermark never skips an event that commits later.
 */
import type pg from 'pg';
import type { FoldDelta, FoldRow } from '../../../src/core/school-reports/index';
import {
  deviceHealthQuery, ENSURE_WATERMARK, READ_EVENT_PAGE, READ_WATERMARK, reportQueries, RESET_STATEMENTS, toAggregates, toDeviceHealth,
  bumpActiveLearners, insertLearnerWeeks, toFoldRow, upsertClassWeeks, upsertItems, upsertSkills, WRITE_WATERMARK, type EventPageRow,
} from '../report-sql';
import { assignmentCompletionQueries, toAssignmentAggregates } from '../assignment-report-sql';
import type { FoldPageOutcome, ReportStorage } from '../report-storage';
import { allRows, inTransaction, oneRow, run } from './postgres-rows';

/** A learner-week row the page added (new to its week): one more active learner there. */
interface AddedWeek { classId: string; week: string; packId: string }

export function postgresReports(pool: pg.Pool): ReportStorage {
  const foldPage = (schoolId: string, limit: number, at: string, fold: (rows: FoldRow[]) => FoldDelta) =>
    inTransaction(pool, async (db): Promise<FoldPageOutcome> => {
      await run(db, ENSURE_WATERMARK, schoolId);
      const watermark = await oneRow<{ foldedSeq: string }>(db, `${READ_WATERMARK} FOR UPDATE`, schoolId);
      const page = await allRows<EventPageRow>(db, READ_EVENT_PAGE, schoolId, Number(watermark?.foldedSeq ?? 0), limit);
      if (page.length === 0) return { read: 0, skipped: 0 };
      const delta = fold(page.map(toFoldRow));
      for (const statement of [...upsertClassWeeks(schoolId, delta.classWeeks), ...upsertSkills(schoolId, delta.skills), ...upsertItems(schoolId, delta.items)]) await run(db, statement.sql, ...statement.params);
      const added: AddedWeek[] = [];
      for (const statement of insertLearnerWeeks(schoolId, delta.learnerWeeks)) added.push(...(await allRows<AddedWeek>(db, statement.sql, ...statement.params)));
      for (const statement of bumpActiveLearners(schoolId, added)) await run(db, statement.sql, ...statement.params);
      await run(db, WRITE_WATERMARK, Number(page[page.length - 1]!.serverSeq), at, schoolId); // the page is not empty
      return { read: page.length, skipped: delta.skipped };
    });

  return {
    foldEventPage: foldPage,
    // REPEATABLE READ, so the four reads see the same folded state (read-only: nothing to retry).
    readReportAggregates: (filter) =>
      inTransaction(pool, async (db) => {
        await db.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
        const results: Record<string, unknown>[][] = [];
        for (const query of reportQueries(filter)) results.push(await allRows<Record<string, unknown>>(db, query.sql, ...query.params));
        return toAggregates(results);
      }),
    readAssignmentCompletion: (filter) =>
      inTransaction(pool, async (db) => {
        await db.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
        const results: Record<string, unknown>[][] = [];
        for (const query of assignmentCompletionQueries(filter)) results.push(await allRows<Record<string, unknown>>(db, query.sql, ...query.params));
        return toAssignmentAggregates(results);
      }),
    listDeviceHealth: async (schoolIds) => {
      const query = deviceHealthQuery(schoolIds);
      return (await allRows<Record<string, unknown>>(pool, query.sql, ...query.params)).map(toDeviceHealth);
    },
    resetReportAggregates: (schoolId) =>
      inTransaction(pool, async (db) => {
        for (const sql of RESET_STATEMENTS) await run(db, sql, schoolId);
      }),
  };
}

/**
 * A push's assignments on SQLite, inside the push's IMMEDIATE transaction (sqlite-ingest.ts):
 * the facts are read, assignment-plan.ts decides, and each winning version is stored with the
 * school's next sequence, so a pull sees it as a change.
 */
import type Database from 'better-sqlite3';
import { namedInPush, planAssignments } from '../assignment-plan';
import { assignmentFactQueries, assignmentWriteStatements, toAssignmentFacts, type Statement } from '../assignment-sql';
import type { AssignmentsOutcome, IngestRequest } from '../sync-storage';
import { allRows } from './sqlite-rows';
import { takeSchoolSeq } from './sqlite-school-seq';

const readAll = (db: Database.Database, statements: readonly Statement[]) => statements.flatMap((s) => allRows<Record<string, unknown>>(db, s.sql, ...s.params));

export function sqliteIngestAssignments(db: Database.Database, request: IngestRequest): AssignmentsOutcome {
  const pushed = request.assignments ?? [];
  if (pushed.length === 0) return { acked: [], refused: [] };
  const queries = assignmentFactQueries(request.schoolId, namedInPush(pushed));
  const facts = toAssignmentFacts({
    held: readAll(db, queries.held), classes: readAll(db, queries.classes), learners: readAll(db, queries.learners), teachers: readAll(db, queries.teachers),
  });
  const plan = planAssignments(pushed, facts, { deviceClassId: request.deviceClassId, receivedAt: request.receivedAt });
  for (const write of plan.writes) {
    const statements = assignmentWriteStatements(request.schoolId, request.serverDeviceId, request.receivedAt, write, takeSchoolSeq(db, request.schoolId));
    for (const s of statements) db.prepare(s.sql).run(...s.params);
  }
  return plan.outcome;
}

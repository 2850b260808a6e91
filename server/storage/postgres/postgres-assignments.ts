/**
 * A push's assignments on PostgreSQL, inside the push's transaction and under the school's
 * counter row lock (postgres-ingest.ts): the facts are read, assignment-plan.ts decides, and each
 * winning version is stored with the next value of the school's sequence after the push's events.
 */
import { namedInPush, planAssignments } from '../assignment-plan';
import { assignmentFactQueries, assignmentWriteStatements, toAssignmentFacts, type Statement } from '../assignment-sql';
import type { AssignmentsOutcome, IngestRequest } from '../sync-storage';
import { advanceSchoolSeq } from './postgres-school-seq';
import { allRows, type Queryable, run } from './postgres-rows';

async function readAll(db: Queryable, statements: readonly Statement[]): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for (const s of statements) rows.push(...(await allRows<Record<string, unknown>>(db, s.sql, ...s.params)));
  return rows;
}

/** `nextSeq` is the locked counter's next value; the counter is moved past the values used. */
export async function postgresIngestAssignments(db: Queryable, request: IngestRequest, nextSeq: number): Promise<AssignmentsOutcome> {
  const pushed = request.assignments ?? [];
  if (pushed.length === 0) return { acked: [], refused: [] };
  const queries = assignmentFactQueries(request.schoolId, namedInPush(pushed));
  const facts = toAssignmentFacts({
    held: await readAll(db, queries.held), classes: await readAll(db, queries.classes),
    learners: await readAll(db, queries.learners), teachers: await readAll(db, queries.teachers),
  });
  const plan = planAssignments(pushed, facts, { deviceClassId: request.deviceClassId, receivedAt: request.receivedAt });
  for (const [i, write] of plan.writes.entries()) {
    for (const s of assignmentWriteStatements(request.schoolId, request.serverDeviceId, request.receivedAt, write, nextSeq + i)) await run(db, s.sql, ...s.params);
  }
  await advanceSchoolSeq(db, request.schoolId, plan.writes.length);
  return plan.outcome;
}

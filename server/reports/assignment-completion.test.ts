/**
 * Assignment completion in the school reports (docs/reports.md, "Assignment completion") on the
 * backend of the test project: the storage's numbers equal the core rule (`assignmentCompletion`)
 * applied to the raw events, on generated data; the pack and date filters; the privacy rule;
 * and a rebuild of the aggregates gives the same numbers as the incremental fold.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { assignmentCompletion, assignmentDigest, completedItemKey, type AssignmentRecord } from '../../src/core/assignments/index';
import { testAssignment } from '../../src/core/assignments/test-assignments';
import { TEST_DEVICE_ID } from '../../src/core/events/test-events';
import { seedSchool, seedUser } from '../testing/accounts';
import { newTestDatabase } from '../testing/test-storage';
import type { Storage } from '../storage/storage';
import type { ReportFilter } from '../storage/report-storage';
import { assignmentNumbers } from './build-report';
import { foldNewEvents } from './fold-new-events';
import { aggregateTables, insertEvent, rawSql, type RawSql } from './testing/raw-events';

const AT = new Date('2030-01-20T12:00:00.000Z');
const DAY = 86_400_000;
const START = Date.parse('2030-01-01T10:00:00Z');
const ITEMS = [
  { kind: 'lesson', packId: 'p1', lessonId: 'l1' },
  { kind: 'lesson', packId: 'p2', lessonId: 'l1' },
  { kind: 'quiz', packId: 'p1', lessonId: 'l1', quizId: 'q1' },
] as const;

let storage: Storage;
let sql: RawSql;
let school: { schoolId: string; classId: string };
let teacherId: string;
let learners: string[];
let seq = 0;

beforeEach(async () => {
  const database = await newTestDatabase();
  storage = database.open();
  await storage.migrate();
  sql = rawSql(database);
  school = await seedSchool(storage, 'School');
  teacherId = await seedUser(storage, { login: `t-${randomUUID()}`, displayName: 'T', role: 'teacher', schoolId: school.schoolId, classIds: [school.classId] });
  learners = [];
  for (let i = 0; i < 6; i++) {
    learners.push(randomUUID());
    await storage.addLearner({ ...school, id: learners[i]!, displayName: `L${i}`, createdAt: AT.toISOString() });
  }
});

async function pushAssignments(assignments: readonly AssignmentRecord[]) {
  const outcome = await storage.ingestEvents({
    schoolId: school.schoolId, serverDeviceId: 'd', localDeviceId: TEST_DEVICE_ID, epoch: 1, nextSeq: 1, receivedAt: AT.toISOString(),
    status: { appVersion: '0.1.0', outboxWaiting: 0, storageFreeBytes: null, clockSkewMs: 0 }, items: [],
    assignments: assignments.map((assignment) => ({ kind: 'assignment', assignment, digest: assignmentDigest(assignment) })),
  });
  expect(outcome.assignments.refused).toEqual([]);
}

async function complete(learner: number, item: number, day = 0) {
  const { kind, ...data } = ITEMS[item]!;
  seq++;
  await insertEvent(sql, {
    schoolId: school.schoolId, id: randomUUID(), learnerId: learners[learner]!, serverSeq: seq, type: kind === 'lesson' ? 'lesson.completed' : 'quiz.completed',
    data, atDevice: START + day * DAY, receivedAt: AT.toISOString(),
  });
}

const filter = (extra: Partial<ReportFilter> = {}): ReportFilter => ({ schoolIds: [school.schoolId], fromDay: '0000-01-01', toDay: '9999-12-31', byClass: false, ...extra });

async function readCompletion(extra: Partial<ReportFilter> = {}) {
  await foldNewEvents(storage, school.schoolId, AT);
  const [row] = await storage.readAssignmentCompletion(filter(extra));
  return { assignments: row?.assignments ?? 0, assignedLearners: row?.assignedLearners ?? 0, completed: row?.completed ?? 0 };
}

/** The core rule over the raw events, as a device would count it. */
async function expectedCompletion(assignments: readonly AssignmentRecord[]) {
  const done = new Map<string, Set<string>>();
  for (const row of await sql.all('SELECT learner_id AS "learnerId", type AS "type", data AS "data" FROM events WHERE school_id = ?', school.schoolId)) {
    const key = completedItemKey({ type: String(row['type']), data: JSON.parse(String(row['data'])) });
    if (key) done.set(String(row['learnerId']), (done.get(String(row['learnerId'])) ?? new Set()).add(key));
  }
  const counted = assignments.filter((a) => !a.cancelled).map((a) => assignmentCompletion(a, learners, done));
  return { assignments: counted.length, assignedLearners: counted.reduce((n, c) => n + c.assigned, 0), completed: counted.reduce((n, c) => n + c.done, 0) };
}

describe('assignment completion in the school reports', () => {
  it('equals the core rule applied to the raw events, on generated assignments and completions', async () => {
    const arbAssignment = fc.record({
      item: fc.integer({ min: 0, max: 2 }),
      group: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 4 }), { nil: null }),
      cancelled: fc.boolean(),
    });
    const arbCompletion = fc.record({ learner: fc.integer({ min: 0, max: 5 }), item: fc.integer({ min: 0, max: 2 }) });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(arbAssignment, { minLength: 1, maxLength: 5 }), fc.array(arbCompletion, { maxLength: 12 }), async (specs, completions) => {
        await sql.run('DELETE FROM assignments WHERE school_id = ?', school.schoolId);
        await sql.run('DELETE FROM assignment_learners WHERE school_id = ?', school.schoolId);
        await sql.run('DELETE FROM events WHERE school_id = ?', school.schoolId);
        await storage.resetReportAggregates(school.schoolId);
        const assignments = specs.map((s) => testAssignment(++n, {
          classId: school.classId, createdBy: teacherId, item: ITEMS[s.item]!, cancelled: s.cancelled,
          target: s.group ? { kind: 'group', name: 'G', learnerIds: s.group.map((i) => learners[i]!) } : { kind: 'class' },
        }));
        await pushAssignments(assignments);
        for (const c of completions) await complete(c.learner, c.item);
        expect(await readCompletion()).toEqual(await expectedCompletion(assignments));
      }),
      { numRuns: 12 },
    );
  });

  it('filters by the pack of the item and by the day the assignment was created', async () => {
    const created = (day: number) => START + day * DAY;
    await pushAssignments([
      testAssignment(1, { classId: school.classId, createdBy: teacherId, item: ITEMS[0], createdAt: created(0), updatedAt: created(0) }),
      testAssignment(2, { classId: school.classId, createdBy: teacherId, item: ITEMS[1], createdAt: created(5), updatedAt: created(5) }),
    ]);
    for (const learner of [0, 1, 2]) await complete(learner, 0);
    await complete(0, 1);
    expect(await readCompletion()).toEqual({ assignments: 2, assignedLearners: 12, completed: 4 });
    expect(await readCompletion({ packId: 'p1' })).toEqual({ assignments: 1, assignedLearners: 6, completed: 3 });
    expect(await readCompletion({ fromDay: '2030-01-03' })).toEqual({ assignments: 1, assignedLearners: 6, completed: 1 });
    expect(await readCompletion({ toDay: '2029-12-31' })).toEqual({ assignments: 0, assignedLearners: 0, completed: 0 });
  });

  it('suppresses assignments for 1 to 4 learners across schools, and shows them inside one school', async () => {
    await pushAssignments([testAssignment(1, { classId: school.classId, createdBy: teacherId, target: { kind: 'learners', learnerIds: learners.slice(0, 3) } })]);
    await foldNewEvents(storage, school.schoolId, AT);
    const rows = await storage.readAssignmentCompletion(filter());
    expect(assignmentNumbers(rows, school.schoolId, null, true)).toEqual({ suppressed: true });
    expect(assignmentNumbers(rows, school.schoolId, null, false)).toEqual({ suppressed: false, assignments: 1, assignedLearners: 3, completed: 0 });
    await pushAssignments([testAssignment(2, { classId: school.classId, createdBy: teacherId })]);
    expect(assignmentNumbers(await storage.readAssignmentCompletion(filter()), school.schoolId, null, true)).toMatchObject({ suppressed: false, assignments: 2 });
  });

  it('gives the same completions rebuilt from scratch as folded a page at a time', async () => {
    await pushAssignments([testAssignment(1, { classId: school.classId, createdBy: teacherId, item: ITEMS[2] })]);
    for (const [learner, item, day] of [[0, 2, 3], [0, 2, 1], [1, 0, 2], [2, 2, 0], [3, 1, 4]] as const) {
      await complete(learner, item, day);
      await foldNewEvents(storage, school.schoolId, AT, 1);
    }
    const incremental = { completion: await readCompletion(), tables: await aggregateTables(sql, school.schoolId) };
    await storage.resetReportAggregates(school.schoolId);
    await foldNewEvents(storage, school.schoolId, AT);
    expect({ completion: await readCompletion(), tables: await aggregateTables(sql, school.schoolId) }).toEqual(incremental);
    expect(incremental.completion).toEqual({ assignments: 1, assignedLearners: 6, completed: 2 });
    expect(incremental.tables.items.find((i) => i['learner_id'] === learners[0] && i['item_kind'] === 'quiz')?.['first_day']).toBe('2030-01-02');
  });
});

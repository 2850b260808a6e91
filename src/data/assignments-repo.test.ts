import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_CLASS_ID, TEST_TEACHER_ID, testAssignment, testLearnerId } from '../core/assignments/test-assignments';
import { SabilDatabase } from './db';
import {
  applyPulledAssignments, cancelAssignment, changeAssignment, countAssignmentsToSend, createAssignment, endQuizForClass,
  listAssignmentsToSend, listClassAssignments, markAssignmentsRefused, markAssignmentsSent, startQuizForClass, type NewAssignment,
} from './assignments-repo';
import { appendEvent } from './events-repo';
import { ensureDeviceIdentity } from './device-repo';
import { listCompletedItems } from './completed-items';

let db: SabilDatabase;
let tick = 0;
const clock = { now: () => 1_700_000_000_000 + tick, newId: () => `0197b000-0000-7000-8000-${String(++tick).padStart(12, '0')}` };
const quiz = { kind: 'quiz', packId: 'numbers-1', lessonId: 'counting', quizId: 'q1' } as const;
const lessonForClass = { classId: TEST_CLASS_ID, target: { kind: 'class' }, item: { kind: 'lesson', packId: 'numbers-1', lessonId: 'counting' }, title: 'Counting', dueDay: null } as const;

beforeEach(async () => {
  db = new SabilDatabase(`assignments-${Math.random()}`);
  await db.open();
  tick = 0;
});
afterEach(async () => {
  await db.delete();
});

describe('assignments made on this device', () => {
  it('are created at revision 1 by the unlocked teacher, waiting to be sent', async () => {
    const made = await createAssignment(db, lessonForClass, TEST_TEACHER_ID, clock);
    expect(made).toMatchObject({ revision: 1, createdBy: TEST_TEACHER_ID, createdAt: made.updatedAt, live: null, cancelled: false });
    expect(await listAssignmentsToSend(db)).toEqual([made]);
    expect(await countAssignmentsToSend(db)).toBe(1);
  });

  it('refuse what the shared schema refuses, and store nothing', async () => {
    const empty: NewAssignment = { ...lessonForClass, target: { kind: 'group', name: ' ', learnerIds: [testLearnerId(1)] } };
    await expect(createAssignment(db, empty, TEST_TEACHER_ID, clock)).rejects.toMatchObject({ code: 'internal/unexpected' });
    expect(await db.assignments.count()).toBe(0);
  });

  it('take one more revision per change: a due day, start and end for the class, cancel', async () => {
    const made = await createAssignment(db, { ...lessonForClass, item: quiz }, TEST_TEACHER_ID, clock);
    await changeAssignment(db, made.id, () => ({ dueDay: '2026-12-01' }), 10);
    expect(await startQuizForClass(db, made.id, 20)).toMatchObject({ revision: 3, live: { startedAt: 20, endedAt: null }, updatedAt: 20 });
    expect(await endQuizForClass(db, made.id, 30)).toMatchObject({ revision: 4, live: { startedAt: 20, endedAt: 30 } });
    expect(await cancelAssignment(db, made.id, 40)).toMatchObject({ revision: 5, cancelled: true, dueDay: '2026-12-01' });
  });

  it('list by class, newest first', async () => {
    const first = await createAssignment(db, lessonForClass, TEST_TEACHER_ID, clock);
    const second = await createAssignment(db, lessonForClass, TEST_TEACHER_ID, clock);
    await db.assignments.put({ id: 'x', classId: 'other', record: testAssignment(9, { classId: 'other' }), toSend: 0, refused: null });
    expect((await listClassAssignments(db, TEST_CLASS_ID)).map((row) => row.id)).toEqual([second.id, first.id]);
  });
});

describe('assignments and the server', () => {
  it('stop waiting when acknowledged, unless the teacher changed them again meanwhile', async () => {
    const a = await createAssignment(db, lessonForClass, TEST_TEACHER_ID, clock);
    const b = await createAssignment(db, lessonForClass, TEST_TEACHER_ID, clock);
    const sent = await listAssignmentsToSend(db);
    await changeAssignment(db, b.id, () => ({ dueDay: '2026-12-01' }), 99);
    await markAssignmentsSent(db, [{ id: a.id, revision: 1 }, { id: b.id, revision: 1 }], sent);
    expect((await listAssignmentsToSend(db)).map((r) => [r.id, r.revision])).toEqual([[b.id, 2]]);
  });

  it('stop being sent when refused, keep the reason, and are sent again once changed', async () => {
    const a = await createAssignment(db, lessonForClass, TEST_TEACHER_ID, clock);
    await markAssignmentsRefused(db, [{ id: a.id, reason: 'assignment/not-your-class' }, { id: null, reason: 'assignment/invalid' }], [a]);
    expect(await db.assignments.get(a.id)).toMatchObject({ toSend: 0, refused: { reason: 'assignment/not-your-class', revision: 1 } });
    await cancelAssignment(db, a.id, 5);
    expect(await db.assignments.get(a.id)).toMatchObject({ toSend: 1, refused: null });
  });

  it('take a pulled version when the local one is not waiting, or when the pulled one wins', async () => {
    await db.assignments.bulkPut([
      { id: testAssignment(1).id, classId: TEST_CLASS_ID, record: testAssignment(1, { revision: 5 }), toSend: 0, refused: null },
      { id: testAssignment(2).id, classId: TEST_CLASS_ID, record: testAssignment(2, { revision: 2 }), toSend: 1, refused: null },
      { id: testAssignment(3).id, classId: TEST_CLASS_ID, record: testAssignment(3, { revision: 4 }), toSend: 1, refused: null },
    ]);
    const pulled = [testAssignment(1, { revision: 3 }), testAssignment(2, { revision: 3, cancelled: true }), testAssignment(3, { revision: 3 }), testAssignment(4), { not: 'an assignment' }];
    expect(await applyPulledAssignments(db, pulled)).toBe(3);
    const rows = await db.assignments.toArray();
    expect(rows.map((r) => [r.record.revision, r.toSend])).toEqual([[3, 0], [3, 0], [4, 1], [1, 0]]);
  });
});

describe('completed items', () => {
  it('are read per learner from lesson and quiz completions only', async () => {
    await ensureDeviceIdentity(db, () => 'device-1', 0);
    const learner = testLearnerId(1);
    await appendEvent(db, { learnerId: learner, type: 'lesson.completed', data: { packId: 'numbers-1', lessonId: 'counting' } }, clock);
    await appendEvent(db, { learnerId: learner, type: 'quiz.answered', data: { packId: 'numbers-1', lessonId: 'counting', quizId: 'q1' } }, clock);
    const done = await listCompletedItems(db, [learner, testLearnerId(2)]);
    expect([...done.keys()]).toEqual([learner]);
    expect(done.get(learner)?.size).toBe(1);
  });
});

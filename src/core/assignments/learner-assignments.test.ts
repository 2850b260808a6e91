import { describe, expect, it } from 'vitest';
import { itemKey } from './assignment-completion';
import { learnerAssignments } from './learner-assignments';
import { testAssignment, testLearnerId } from './test-assignments';

const [ana, badr] = [testLearnerId(1), testLearnerId(2)];
const quiz = { kind: 'quiz', packId: 'numbers-1', lessonId: 'counting', quizId: 'q1' } as const;
const lesson = (id: string) => ({ kind: 'lesson', packId: 'numbers-1', lessonId: id }) as const;
const context = { learnerId: ana, classLearnerIds: [ana, badr], completed: new Set<string>(), today: '2026-03-10' };
const ids = (entries: { assignment: { id: string } }[]) => entries.map((e) => e.assignment.id.slice(-2));

describe("a learner's assigned list", () => {
  it('puts a quiz open for the class now first, then the soonest due, then the newest, and an ended quiz last', () => {
    const list = learnerAssignments([
      testAssignment(1, { item: lesson('a'), createdAt: 1 }),
      testAssignment(2, { item: lesson('b'), createdAt: 2 }),
      testAssignment(3, { item: lesson('c'), dueDay: '2026-03-12' }),
      testAssignment(4, { item: lesson('d'), dueDay: '2026-03-01' }),
      testAssignment(5, { item: quiz, live: { startedAt: 1, endedAt: null }, dueDay: '2026-04-01' }),
      testAssignment(6, { item: { ...quiz, quizId: 'q2' }, live: { startedAt: 1, endedAt: 2 } }),
    ], context);
    expect(ids(list.todo)).toEqual(['05', '04', '03', '02', '01', '06']);
    expect(list.todo.map((e) => [e.isOpenNow, e.isEnded, e.isOverdue])).toEqual([
      [true, false, false], [false, false, true], [false, false, false], [false, false, false], [false, false, false], [false, true, false],
    ]);
  });

  it('leaves out what is for others and what was cancelled', () => {
    const list = learnerAssignments([
      testAssignment(1, { target: { kind: 'group', name: 'Table 2', learnerIds: [badr] } }),
      testAssignment(2, { cancelled: true }),
      testAssignment(3, { target: { kind: 'learners', learnerIds: [ana] } }),
    ], context);
    expect(ids(list.todo)).toEqual(['03']);
  });

  it('moves what is done to a short list of the three newest', () => {
    const all = [1, 2, 3, 4].map((n) => testAssignment(n, { createdAt: n }));
    const list = learnerAssignments(all, { ...context, completed: new Set([itemKey(all[0]!.item)]) });
    expect(list.todo).toEqual([]);
    expect(ids(list.done)).toEqual(['04', '03', '02']);
  });
});

import { describe, expect, it } from 'vitest';
import { assignmentCompletion, completedItem, completedItemKey, isAssignedTo, itemKey } from './assignment-completion';
import type { AssignmentItem } from './assignment-schema';

/** Whether the event completes the assigned item, by the rule every count uses. */
const completesItem = (item: AssignmentItem, event: { type: string; data: unknown }) => completedItemKey(event) === itemKey(item);
import { testAssignment, testLearnerId } from './test-assignments';

const [ana, badr, chadi] = [testLearnerId(1), testLearnerId(2), testLearnerId(3)];
const classLearners = [ana, badr, chadi];
const lesson = { kind: 'lesson', packId: 'numbers-1', lessonId: 'counting' } as const;
const quiz = { kind: 'quiz', packId: 'numbers-1', lessonId: 'counting', quizId: 'q1' } as const;

describe('who an assignment is for', () => {
  it('is every learner of the class now, for the class', () => {
    expect(isAssignedTo(testAssignment(1), chadi, classLearners)).toBe(true);
    expect(isAssignedTo(testAssignment(1), testLearnerId(9), classLearners)).toBe(false);
  });

  it('is only the chosen learners, for a group', () => {
    const group = testAssignment(1, { target: { kind: 'group', name: 'Table 3', learnerIds: [badr] } });
    expect(classLearners.map((id) => isAssignedTo(group, id, classLearners))).toEqual([false, true, false]);
  });

  it('is nobody once cancelled', () => {
    expect(isAssignedTo(testAssignment(1, { cancelled: true }), ana, classLearners)).toBe(false);
  });
});

describe('what completes an assignment', () => {
  it('is a completed lesson for a lesson, and a completed quiz for a quiz', () => {
    const lessonDone = { type: 'lesson.completed', data: { packId: 'numbers-1', packVersion: '1.0.0', lessonId: 'counting' } };
    const quizDone = { type: 'quiz.completed', data: { packId: 'numbers-1', packVersion: '1.0.0', lessonId: 'counting', quizId: 'q1', firstTryCorrect: 1, total: 2, stars: 1 } };
    expect([completesItem(lesson, lessonDone), completesItem(lesson, quizDone), completesItem(quiz, quizDone), completesItem(quiz, lessonDone)]).toEqual([true, false, true, false]);
    expect([completedItemKey(lessonDone), completedItemKey(quizDone)]).toEqual([itemKey(lesson), itemKey(quiz)]);
    expect([completedItem(lessonDone), completedItem(quizDone)]).toEqual([lesson, quiz]);
  });

  it('is not an answer, another pack, or data that is not an object', () => {
    expect(completesItem(lesson, { type: 'lesson.completed', data: { packId: 'other', lessonId: 'counting' } })).toBe(false);
    expect(completedItemKey({ type: 'quiz.answered', data: { packId: 'numbers-1', lessonId: 'counting', quizId: 'q1' } })).toBeNull();
    expect(completedItemKey({ type: 'lesson.completed', data: null })).toBeNull();
  });

  it('counts each assigned learner once, and names who has not done it', () => {
    const done = new Map([[ana, new Set([itemKey(lesson)])], [badr, new Set([itemKey(quiz)])]]);
    expect(assignmentCompletion(testAssignment(1), classLearners, done)).toEqual({ assigned: 3, done: 1, notDone: [badr, chadi] });
    const twice = testAssignment(2, { target: { kind: 'learners', learnerIds: [ana, ana] } });
    expect(assignmentCompletion(twice, classLearners, done)).toEqual({ assigned: 1, done: 1, notDone: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { parseAssignment } from './assignment-schema';
import { testAssignment, testLearnerId } from './test-assignments';

const quiz = { kind: 'quiz', packId: 'numbers-1', lessonId: 'counting', quizId: 'q1' } as const;

describe('parseAssignment', () => {
  it.each([
    ['a lesson for the class', testAssignment(1)],
    ['a quiz for a named group, due on a day', testAssignment(2, { item: quiz, target: { kind: 'group', name: 'Table 3', learnerIds: [testLearnerId(1)] }, dueDay: '2026-12-01' })],
    ['a quiz started and ended for the class', testAssignment(3, { item: quiz, live: { startedAt: 5, endedAt: 9 } })],
    ['a cancelled assignment for two learners', testAssignment(4, { cancelled: true, target: { kind: 'learners', learnerIds: [testLearnerId(1), testLearnerId(2)] } })],
  ])('accepts %s as it is', (_name, assignment) => {
    expect(parseAssignment(structuredClone(assignment))).toEqual({ ok: true, assignment });
  });

  it.each([
    ['an unknown field', { ...testAssignment(1), extra: 1 }, 'extra'],
    ['a lesson started for the class', testAssignment(1, { live: { startedAt: 1, endedAt: null } }), ''],
    ['a quiz that ended before it started', testAssignment(1, { item: quiz, live: { startedAt: 9, endedAt: 5 } }), 'live'],
    ['a due day that is no day', testAssignment(1, { dueDay: '2026-13-01' }), 'dueDay'],
    ['a group with no learners', testAssignment(1, { target: { kind: 'group', name: 'A', learnerIds: [] } }), 'target.learnerIds'],
    ['a group with a blank name', testAssignment(1, { target: { kind: 'group', name: '   ', learnerIds: [testLearnerId(1)] } }), 'target.name'],
    ['a revision of 0', testAssignment(1, { revision: 0 }), 'revision'],
    ['a pack id with a slash', testAssignment(1, { item: { kind: 'lesson', packId: '../x', lessonId: 'a' } }), 'item.packId'],
  ])('refuses %s, naming the field', (_name, raw, field) => {
    expect(parseAssignment(raw)).toEqual({ ok: false, field });
  });

  it('trims a group name rather than keeping its spaces', () => {
    const parsed = parseAssignment(testAssignment(1, { target: { kind: 'group', name: '  Table 3 ', learnerIds: [testLearnerId(1)] } }));
    expect(parsed.ok && parsed.assignment.target).toEqual({ kind: 'group', name: 'Table 3', learnerIds: [testLearnerId(1)] });
  });
});

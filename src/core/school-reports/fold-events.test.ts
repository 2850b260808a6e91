import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldEvents, type FoldRow } from './fold-events';

const row = (type: string, data: Record<string, unknown>, at = '2030-01-08T09:00:00Z', learnerId = 'l1'): FoldRow => ({
  learnerId, classId: 'c1', type, data: JSON.stringify({ packId: 'p', ...data }), atDevice: Date.parse(at), receivedAt: '2030-01-10T00:00:00.000Z',
});

describe('foldEvents', () => {
  it('counts per learner, day and pack, and keeps first days per skill', () => {
    const delta = foldEvents([
      row('lesson.completed', {}),
      row('quiz.completed', {}),
      row('quiz.answered', { skills: ['add', 'add'], attempt: 1 }),
      row('quiz.answered', { skills: ['sub'], attempt: 2 }),
      row('mastery.reached', { skill: 'add' }, '2030-01-09T09:00:00Z'),
    ]);
    const sums = { events: 5, lessonsCompleted: 1, quizzesCompleted: 1, answers: 2 };
    expect(delta.classWeeks).toEqual([{ classId: 'c1', week: '2030-01-07', packId: 'p', ...sums }, { classId: 'c1', week: '2030-01-07', packId: '', ...sums }]);
    expect(delta.learnerWeeks).toEqual([{ learnerId: 'l1', week: '2030-01-07', packId: 'p', classId: 'c1' }, { learnerId: 'l1', week: '2030-01-07', packId: '', classId: 'c1' }]);
    expect(delta.skills).toEqual([{ learnerId: 'l1', packId: 'p', skill: 'add', classId: 'c1', firstDay: '2030-01-08', masteredDay: '2030-01-09' }]);
  });

  it('skips a row it cannot read', () => {
    expect(foldEvents([{ ...row('lesson.completed', {}), data: '[]' }, { ...row('lesson.completed', {}), data: '{' }]).skipped).toBe(2);
  });

  it('gives the same totals whatever the order of the rows', () => {
    const types = fc.constantFrom('lesson.completed', 'quiz.completed', 'quiz.answered', 'mastery.reached');
    const arb = fc.array(fc.record({ type: types, day: fc.integer({ min: 1, max: 9 }), learner: fc.constantFrom('a', 'b') }), { maxLength: 20 });
    fc.assert(
      fc.property(arb, (items) => {
        const rows = items.map((i) => row(i.type, { skills: ['s'], skill: 's', attempt: 1 }, `2030-01-0${i.day}T09:00:00Z`, i.learner));
        const sort = (d: ReturnType<typeof foldEvents>) => JSON.stringify([[...d.classWeeks, ...d.learnerWeeks].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))), [...d.skills].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)))]);
        expect(sort(foldEvents([...rows].reverse()))).toBe(sort(foldEvents(rows)));
      }),
    );
  });
});

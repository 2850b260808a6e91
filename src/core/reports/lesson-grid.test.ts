import { describe, expect, it } from 'vitest';
import { readEventLog } from './event-log';
import { buildLessonGrid } from './lesson-grid';
import { indexPacks } from './pack-index';
import { answered, eventMaker, learners, lessonCompleted, mastery, mathPack, MINUTE, quizCompleted, T0 } from './test-fixtures';

const index = indexPacks([mathPack]);

describe('buildLessonGrid', () => {
  const make = eventMaker();
  const rows = [
    // Amal: l1 answered and completed with both skills mastered; l2 answered only.
    make('amal', T0, 'quiz.answered', answered('q1', 'i1', ['add'], true)),
    make('amal', T0 + MINUTE, 'quiz.completed', quizCompleted('l1', 'q1', 3)),
    make('amal', T0 + 2 * MINUTE, 'mastery.reached', mastery('add')),
    make('amal', T0 + 3 * MINUTE, 'mastery.reached', mastery('sub')),
    make('amal', T0 + 4 * MINUTE, 'quiz.answered', answered('q2', 'i3', ['mul'], false)),
    // Badr: l1 finished without mastery; l3 (no quiz) finished: completed, never mastered.
    make('badr', T0, 'lesson.completed', lessonCompleted('l1')),
    make('badr', T0, 'lesson.completed', lessonCompleted('l3')),
    // Someone outside the class: ignored.
    make('zaid', T0, 'lesson.completed', lessonCompleted('l1')),
  ];

  it.each([
    ['amal', ['mastered', 'in-progress', 'not-started']],
    ['badr', ['completed', 'not-started', 'completed']],
    ['chama', ['not-started', 'not-started', 'not-started']],
  ])('gives %s the statuses %j for l1, l2, l3', (learnerId, statuses) => {
    const grid = buildLessonGrid(learners, readEventLog(rows), index);
    expect(grid.rows.find((row) => row.learnerId === learnerId)?.statuses).toEqual(statuses);
  });

  it('counts statuses per lesson and per learner', () => {
    const grid = buildLessonGrid(learners, readEventLog(rows), index);
    expect(grid.perLesson[0]).toEqual({ 'not-started': 1, 'in-progress': 0, completed: 1, mastered: 1 });
    expect(grid.rows[1]?.counts).toEqual({ 'not-started': 1, 'in-progress': 0, completed: 2, mastered: 0 });
  });

  it('lists lessons of packs no longer on the device by id, without dropping them or failing', () => {
    const gone = eventMaker('dev-2');
    const grid = buildLessonGrid(learners, readEventLog([
      gone('amal', T0, 'lesson.completed', lessonCompleted('old-1', 'history')),
      gone('amal', T0, 'quiz.answered', { ...answered('hq', 'x', ['dates'], true), packId: 'history' }),
      gone('badr', T0, 'lesson.completed', lessonCompleted('removed-lesson')),
    ]), index);
    expect(grid.notOnDevice).toEqual([
      { packId: 'history', lessonIds: ['old-1'], quizIds: ['hq'], events: 2 },
      { packId: 'math', lessonIds: ['removed-lesson'], quizIds: [], events: 1 },
    ]);
    expect(grid.rows[0]?.statuses).toEqual(['not-started', 'not-started', 'not-started']);
  });

  it('gives an empty grid for an empty class, and all "not started" for learners with no events', () => {
    expect(buildLessonGrid([], readEventLog(rows), index).rows).toEqual([]);
    const none = buildLessonGrid(learners, readEventLog([]), indexPacks([]));
    expect(none).toEqual({ lessons: [], rows: learners.map((l) => ({ learnerId: l.id, displayName: l.displayName, statuses: [], counts: { 'not-started': 0, 'in-progress': 0, completed: 0, mastered: 0 } })), perLesson: [], notOnDevice: [] });
  });
});

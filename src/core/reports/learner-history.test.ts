import { describe, expect, it } from 'vitest';
import { readEventLog } from './event-log';
import { buildLearnerHistory } from './learner-history';
import { indexPacks } from './pack-index';
import { answered, eventMaker, lessonCompleted, mastery, mathPack, quizCompleted, T0 } from './test-fixtures';

const index = indexPacks([mathPack]);

describe('buildLearnerHistory', () => {
  it('tells lessons, quizzes with stars and mastery in order, summing up unfinished practice only', () => {
    const make = eventMaker();
    const log = readEventLog([
      make('amal', T0, 'quiz.answered', answered('q1', 'i1', ['add'], true)),
      make('amal', T0 + 1, 'quiz.answered', answered('q1', 'i2', ['add'], false)),
      make('amal', T0 + 2, 'quiz.completed', quizCompleted('l1', 'q1', 2)),
      make('amal', T0 + 3, 'mastery.reached', mastery('add')),
      make('amal', T0 + 4, 'quiz.answered', answered('q2', 'i3', ['mul'], false)),
      make('amal', T0 + 5, 'quiz.answered', answered('q2', 'i3', ['mul'], true, 'a', 2)),
      make('badr', T0 + 6, 'lesson.completed', lessonCompleted('l2')),
      make('amal', T0 + 7, 'lesson.completed', lessonCompleted('gone', 'history')),
    ]);
    expect(buildLearnerHistory('amal', log, index, { language: 'en' })).toEqual([
      { kind: 'quiz-completed', at: T0 + 2, packId: 'math', lessonId: 'l1', quizId: 'q1', title: { en: 'Sums' }, stars: 2, firstTryCorrect: 2, total: 2 },
      { kind: 'mastery', at: T0 + 3, packId: 'math', skill: 'add', name: 'Adding' },
      { kind: 'practice', at: T0 + 4, until: T0 + 5, packId: 'math', quizId: 'q2', title: { en: 'Times' }, answers: 2, firstTries: 1, firstTriesRight: 0 },
      { kind: 'lesson-completed', at: T0 + 7, packId: 'history', lessonId: 'gone', title: null },
    ]);
  });

  it('is empty for a learner with no events', () => {
    expect(buildLearnerHistory('chama', readEventLog([]), index, { language: 'en' })).toEqual([]);
  });
});

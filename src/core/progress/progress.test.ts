import { describe, expect, it } from 'vitest';
import { applyEvent, emptyProgress, foldProgress, isMastered, starsFor, type LearnerEvent } from './index';

const answered = (itemId: string, correct: boolean, attempt = 1, skills = ['count-to-10']): LearnerEvent => ({
  type: 'quiz.answered',
  data: { packId: 'p', packVersion: '1.0.0', quizId: 'q', itemId, skills, correct, attempt, answer: null },
});

describe('isMastered', () => {
  it.each([
    [[true, true, true], { m: 3, n: 5 }, true],
    [[true, true], { m: 3, n: 5 }, false],
    [[true, true, true, false, false, false, true], { m: 3, n: 5 }, false],
    [[false, true, false, true, true, true], { m: 4, n: 5 }, true],
  ])('%j with %j is %s', (answers, rule, expected) => {
    expect(isMastered(answers, rule)).toBe(expected);
  });
});

describe('starsFor', () => {
  it.each([[10, 10, 3], [9, 10, 3], [6, 10, 2], [5, 10, 1], [0, 0, 1]] as const)('%i of %i gives %i stars', (right, total, stars) => {
    expect(starsFor(right, total)).toBe(stars);
  });
});

describe('foldProgress', () => {
  const events: LearnerEvent[] = [
    answered('a', true),
    answered('b', false),
    answered('b', true, 2),
    { type: 'quiz.completed', data: { packId: 'p', packVersion: '1.0.0', lessonId: 'l', quizId: 'q', firstTryCorrect: 1, total: 2, stars: 1 } },
    { type: 'quiz.completed', data: { packId: 'p', packVersion: '1.0.0', lessonId: 'l', quizId: 'q', firstTryCorrect: 2, total: 2, stars: 3 } },
    { type: 'mastery.reached', data: { packId: 'p', skill: 'count-to-10' } },
  ];

  it('keeps only first tries for mastery, the best stars, and completed lessons', () => {
    const progress = foldProgress(events);
    expect(progress.skillAnswers.get('count-to-10')).toEqual([true, false]);
    expect(progress.bestStars.get('p/q')).toBe(3);
    expect([...progress.completedLessons]).toEqual(['p/l']);
    expect(progress.masteredSkills.has('count-to-10')).toBe(true);
  });

  it('gives the same result folded at once or event by event', () => {
    let incremental = emptyProgress();
    for (const event of events) incremental = applyEvent(incremental, event);
    expect(incremental).toEqual(foldProgress(events));
  });
});

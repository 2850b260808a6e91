import { describe, expect, it } from 'vitest';
import { answerKey, findDifficultQuestions } from './difficult-questions';
import { readEventLog } from './event-log';
import { indexPacks } from './pack-index';
import { answered, eventMaker, learners, mathPack, T0 } from './test-fixtures';

const index = indexPacks([mathPack]);

describe('findDifficultQuestions', () => {
  const make = eventMaker();
  const answers = (itemId: string, quizId: string, given: unknown[]) =>
    given.map((answer, i) => make(learners[i % 3]!.id, T0 + i, 'quiz.answered', answered(quizId, itemId, ['add'], answer === 'a', answer)));
  const log = readEventLog([
    ...answers('i1', 'q1', ['b', 'b', 'c', 'a', 'a']), // 3 of 5 wrong
    ...answers('i2', 'q1', ['b', 'a', 'a', 'a', 'a', 'a']), // 1 of 6 wrong
    ...answers('i3', 'q2', ['b', 'b']), // too few
    make('amal', T0, 'quiz.answered', answered('q1', 'i2', ['add'], true, 'b', 2)), // a retry: not counted
  ]);

  it('ranks items by share of wrong first tries, with the wrong answers most frequent first and their choice texts', () => {
    const result = findDifficultQuestions(learners, log, index);
    expect(result.ranked.map((q) => [q.itemId, q.wrongFirstTries, q.firstTries])).toEqual([['i1', 3, 5], ['i2', 1, 6]]);
    expect(result.ranked[0]?.wrongAnswers.map((w) => [w.value, w.count, w.choices])).toEqual([
      ['b', 2, [{ en: 'B', ar: 'ب' }]],
      ['c', 1, [{ en: 'C', ar: 'ج' }]],
    ]);
    expect(result.tooFewAnswers).toBe(1);
  });

  it('ranks an item of a pack not on the device, with no item and no choice texts', () => {
    const gone = eventMaker('d2');
    const result = findDifficultQuestions(learners, readEventLog([gone('amal', T0, 'quiz.answered', { ...answered('hq', 'x', ['d'], false, ['z']), packId: 'history' })]), index, { minAnswers: 1 });
    expect(result.ranked).toMatchObject([{ packId: 'history', item: null, lessonId: null, wrongAnswers: [{ value: ['z'], choices: null, count: 1 }] }]);
  });

  it('names the choices of answers as the quiz records them ({ type, choice | choices | order })', () => {
    const quiz = eventMaker('d3');
    const recorded = readEventLog([
      quiz('amal', T0, 'quiz.answered', answered('q1', 'i1', ['add'], false, { type: 'single', choice: 'c' })),
      quiz('badr', T0, 'quiz.answered', answered('q1', 'i1', ['add'], false, { type: 'multiple', choices: ['b', 'c'] })),
      quiz('chama', T0, 'quiz.answered', answered('q1', 'i1', ['add'], false, { type: 'numeric', input: '6' })),
    ]);
    const [question] = findDifficultQuestions(learners, recorded, index, { minAnswers: 1 }).ranked;
    expect(question?.wrongAnswers.map((w) => w.choices)).toEqual([
      [{ en: 'C', ar: 'ج' }],
      [{ en: 'B', ar: 'ب' }, { en: 'C', ar: 'ج' }],
      null,
    ]);
  });

  it('gives nothing for an empty class or an empty log', () => {
    expect(findDifficultQuestions([], log, index)).toEqual({ ranked: [], tooFewAnswers: 0 });
    expect(findDifficultQuestions(learners, readEventLog([]), index)).toEqual({ ranked: [], tooFewAnswers: 0 });
  });
});

describe('answerKey', () => {
  it.each([
    ['b', '"b"'], [3, '3'], [undefined, 'null'], [['a', 'b'], '["a","b"]'], [{ y: 1, x: [2] }, '{"x":[2],"y":1}'],
  ])('writes %j as %s', (value, key) => {
    expect(answerKey(value)).toBe(key);
  });
});

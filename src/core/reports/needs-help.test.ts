import { describe, expect, it } from 'vitest';
import { readEventLog } from './event-log';
import { findNeedsHelp } from './needs-help';
import { indexPacks } from './pack-index';
import { answered, eventMaker, learners, mathPack, T0 } from './test-fixtures';

const index = indexPacks([mathPack]);

/** Amal's first tries on `add`, oldest first, then any retries (never counted). */
function logOf(firstTries: boolean[], retries = 0) {
  const make = eventMaker();
  return readEventLog([
    ...firstTries.map((correct, i) => make('amal', T0 + i, 'quiz.answered', answered('q1', 'i1', ['add'], correct))),
    ...Array.from({ length: retries }, (_, i) => make('amal', T0 + 100 + i, 'quiz.answered', answered('q1', 'i1', ['add'], false, 'b', 2))),
  ]);
}

describe('findNeedsHelp', () => {
  it.each([
    ['3 wrong of the last 5', [false, false, false, true, true], {}, 3],
    ['2 wrong of the last 5', [false, false, true, true, true], {}, null],
    ['old failures before 5 good answers', [false, false, false, true, true, true, true, true], {}, null],
    ['3 wrong among only 3 answers', [false, false, false], {}, 3],
    ['2 wrong of the last 2 with window 2, wrong 2', [true, false, false], { window: 2, wrong: 2 }, 2],
    ['a "wrong" above the window, read as the window', [false, false], { window: 2, wrong: 9 }, 2],
    ['settings that are not numbers, read as the defaults', [false, false, false], { window: Number.NaN, wrong: Number.POSITIVE_INFINITY }, 3],
  ])('%s gives %s', (_name, answers, options, wrong) => {
    const rows = findNeedsHelp(learners, logOf(answers), index, { language: 'en', ...options });
    expect(rows[0]?.wrong ?? null).toBe(wrong);
  });

  it('ignores retries', () => {
    expect(findNeedsHelp(learners, logOf([true], 10), index, { language: 'en' })).toEqual([]);
  });

  it('names the learner, the skill and the count', () => {
    expect(findNeedsHelp(learners, logOf([false, false, false, true]), index, { language: 'en' })).toEqual([
      { learnerId: 'amal', displayName: 'Amal', skill: 'add', name: 'Adding', wrong: 3, of: 4, lastAt: T0 + 3 },
    ]);
  });

  it('finds nobody in an empty class or log', () => {
    expect(findNeedsHelp([], logOf([false, false, false]), index, { language: 'en' })).toEqual([]);
    expect(findNeedsHelp(learners, readEventLog([]), indexPacks([]), { language: 'en' })).toEqual([]);
  });
});

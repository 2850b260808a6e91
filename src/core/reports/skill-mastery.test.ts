import { describe, expect, it } from 'vitest';
import { readEventLog } from './event-log';
import { indexPacks } from './pack-index';
import { buildSkillMastery } from './skill-mastery';
import { answered, eventMaker, learners, mastery, mathPack, T0 } from './test-fixtures';

const index = indexPacks([mathPack]);

describe('buildSkillMastery', () => {
  const make = eventMaker();
  const log = readEventLog([
    make('amal', T0, 'quiz.answered', answered('q1', 'i1', ['add'], true)),
    make('amal', T0 + 1, 'mastery.reached', mastery('add')),
    make('badr', T0, 'quiz.answered', answered('q1', 'i2', ['add', 'sub'], false)),
    make('chama', T0, 'quiz.answered', answered('q1', 'i1', ['add'], false, 'b', 2)), // a retry alone is not practice
    make('chama', T0, 'quiz.answered', { ...answered('old', 'x', ['dates'], true), packId: 'history' }),
  ]);

  it('counts mastered, practising and not started per skill, named from the manifest in the asked language, else by id', () => {
    const rows = buildSkillMastery(learners, log, index, { language: 'ar' });
    expect(rows.map(({ skill, name, onDevice, mastered, practising, notStarted, total }) => [skill, name, onDevice, mastered, practising, notStarted, total])).toEqual([
      ['add', 'الجمع', true, ['amal'], ['badr'], ['chama'], 3],
      ['sub', 'sub', true, [], ['badr'], ['amal', 'chama'], 3],
      ['mul', 'Times tables', true, [], [], ['amal', 'badr', 'chama'], 3],
      ['dates', 'dates', false, [], ['chama'], ['amal', 'badr'], 3],
    ]);
  });

  it('gives every skill zero learners for an empty class, and no rows with no packs and no events', () => {
    expect(buildSkillMastery([], log, index, { language: 'en' }).every((row) => row.total === 0 && row.mastered.length === 0)).toBe(true);
    expect(buildSkillMastery(learners, readEventLog([]), indexPacks([]), { language: 'en' })).toEqual([]);
  });
});

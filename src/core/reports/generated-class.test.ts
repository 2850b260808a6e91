/**
 * The class reports over a generated class (30 learners, 20 lessons, 4 weeks; src/core/demo),
 * checked against the rules recomputed the simplest way from the raw events.
 */
import { describe, expect, it } from 'vitest';
import { curriculumOf, generateClassData, syntheticPack } from '../demo/index';
import { buildLessonGrid, findNeedsHelp, indexPacks, NEEDS_HELP_DEFAULTS, readEventLog, type LessonStatus } from './index';

const data = generateClassData({ seed: 3, endMs: Date.UTC(2030, 2, 14, 17), curriculum: curriculumOf(20) });
const pack = syntheticPack(20);
const index = indexPacks([pack]);
const log = readEventLog(data.events);

describe('class reports over a generated class', () => {
  it('give each learner and lesson the status the grid rules give from the raw events', () => {
    const grid = buildLessonGrid(data.learners, log, index);
    for (const [row, learner] of data.learners.entries()) {
      const own = data.events.filter((e) => e.learnerId === learner.id);
      const mastered = new Set(own.flatMap((e) => (e.type === 'mastery.reached' ? [e.data.skill] : [])));
      const expected = pack.lessons.map((lesson): LessonStatus => {
        const quizIds = lesson.blocks.flatMap((b) => (b.type === 'quiz' ? [b.id] : []));
        const skills = lesson.blocks.flatMap((b) => (b.type === 'quiz' ? b.items.flatMap((i) => i.skills) : []));
        const completed = own.some((e) => (e.type === 'lesson.completed' && e.data.lessonId === lesson.id) || (e.type === 'quiz.completed' && e.data.lessonId === lesson.id));
        if (completed) return skills.length > 0 && skills.every((s) => mastered.has(s)) ? 'mastered' : 'completed';
        return own.some((e) => e.type === 'quiz.answered' && quizIds.includes(e.data.quizId)) ? 'in-progress' : 'not-started';
      });
      expect(grid.rows[row]?.statuses, learner.displayName).toEqual(expected);
    }
    // Per-lesson totals add up to the class.
    for (const counts of grid.perLesson) expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(30);
  });

  it('list as needing help exactly the learners with 3 wrong among their last 5 first tries on a skill', () => {
    const rows = findNeedsHelp(data.learners, log, index, { language: 'en' });
    const expected: string[] = [];
    for (const learner of data.learners) {
      const bySkill = new Map<string, boolean[]>();
      const firstTries = data.events.filter((e) => e.learnerId === learner.id).sort((a, b) => a.at - b.at || a.seq - b.seq);
      for (const e of firstTries) if (e.type === 'quiz.answered' && e.data.attempt === 1) for (const s of e.data.skills) bySkill.set(s, [...(bySkill.get(s) ?? []), e.data.correct]);
      for (const [skill, answers] of bySkill) {
        if (answers.slice(-NEEDS_HELP_DEFAULTS.window).filter((right) => !right).length >= NEEDS_HELP_DEFAULTS.wrong) expected.push(`${learner.id}/${skill}`);
      }
    }
    expect(rows.map((r) => `${r.learnerId}/${r.skill}`).sort()).toEqual(expected.sort());
    expect(rows.length).toBeGreaterThan(0);
  });
});

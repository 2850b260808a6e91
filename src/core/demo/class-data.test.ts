import { describe, expect, it } from 'vitest';
import { parseEvent } from '../events/index';
import { buildLessonGrid, findDifficultQuestions, findNeedsHelp, indexPacks, readEventLog } from '../reports/index';
import { generateClassData } from './class-data';
import { curriculumOf, syntheticPack } from './curriculum';
import { masteryProblems } from './testing';

const END = Date.UTC(2030, 0, 24, 15, 30); // Thursday 24 January 2030, 15:30 UTC
const DAY = 86_400_000;
const curriculum = curriculumOf(20);
const data = generateClassData({ seed: 7, endMs: END, curriculum });

describe('generateClassData', () => {
  it('gives the same class for the same seed, and another for another seed', () => {
    expect(generateClassData({ seed: 7, endMs: END, curriculum })).toEqual(data);
    expect(generateClassData({ seed: 8, endMs: END, curriculum }).events).not.toEqual(data.events);
  });

  it('makes 30 learners with distinct ids and names, working on school days of the 4 weeks before the end', () => {
    expect(data.learners).toHaveLength(30);
    expect(new Set(data.learners.map((l) => l.id)).size).toBe(30);
    expect(new Set(data.learners.map((l) => l.displayName)).size).toBe(30);
    const first = Math.floor(END / DAY) - 27;
    for (const event of data.events) {
      expect(event.at).toBeLessThan(END);
      expect(Math.floor(event.at / DAY)).toBeGreaterThanOrEqual(first);
      expect([1, 2, 3, 4, 5]).toContain(new Date(event.at).getUTCDay());
    }
    // Every learner did something, and every week had work.
    expect(new Set(data.events.map((e) => e.learnerId)).size).toBe(30);
    expect(new Set(data.events.map((e) => Math.floor((e.at / DAY - first) / 7)))).toEqual(new Set([0, 1, 2, 3]));
  });

  it('writes only events the schema accepts', () => {
    expect(data.events.filter((event) => !parseEvent(event).ok)).toEqual([]);
  });

  it('numbers each tablet\'s events 1, 2, 3… in the order of its clock', () => {
    expect(data.deviceIds).toHaveLength(2);
    for (const deviceId of data.deviceIds) {
      const own = data.events.filter((e) => e.deviceId === deviceId).sort((a, b) => a.seq - b.seq);
      expect(own.map((e) => e.seq)).toEqual(own.map((_, i) => i + 1));
      expect(own.every((e, i) => i === 0 || e.at >= (own[i - 1]?.at ?? 0))).toBe(true);
    }
  });

  it('reaches mastery exactly when the app\'s rule says so, right after the quiz', () => {
    expect(masteryProblems(data.events, curriculum)).toEqual([]);
  });

  it('finishes lessons in the curriculum\'s order', () => {
    const order = curriculum.lessons.map((l) => l.lessonId);
    for (const learner of data.learners) {
      const done = data.events.filter((e) => e.learnerId === learner.id && e.type === 'lesson.completed').map((e) => (e.type === 'lesson.completed' ? e.data.lessonId : ''));
      const positions = done.map((id) => order.indexOf(id));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it('gives a class report with a spread of statuses, a few learners who need help, and common wrong answers', () => {
    const index = indexPacks([syntheticPack(20)]);
    const log = readEventLog(data.events);
    const grid = buildLessonGrid(data.learners, log, index);
    const totals = grid.rows.reduce((sum, row) => ({
      notStarted: sum.notStarted + row.counts['not-started'], inProgress: sum.inProgress + row.counts['in-progress'],
      completed: sum.completed + row.counts.completed, mastered: sum.mastered + row.counts.mastered,
    }), { notStarted: 0, inProgress: 0, completed: 0, mastered: 0 });
    for (const count of Object.values(totals)) expect(count).toBeGreaterThan(0);
    const helped = new Set(findNeedsHelp(data.learners, log, index, { language: 'en' }).map((row) => row.learnerId));
    expect(helped.size).toBeGreaterThan(0);
    expect(helped.size).toBeLessThan(30);
    const difficult = findDifficultQuestions(data.learners, log, index, {});
    expect(difficult.ranked[0]?.wrongAnswers.length).toBeGreaterThan(0);
  });
});

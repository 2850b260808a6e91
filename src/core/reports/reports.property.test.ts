/**
 * Properties every report keeps: the order events arrive in (own events, pulled ones, duplicates)
 * never changes a report, and any mix of events, broken rows and unknown packs gives finite numbers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDifficultQuestions } from './difficult-questions';
import { readEventLog, type ReportEventRow } from './event-log';
import { buildLearnerHistory } from './learner-history';
import { buildLessonGrid } from './lesson-grid';
import { findNeedsHelp } from './needs-help';
import { indexPacks } from './pack-index';
import { buildSkillMastery } from './skill-mastery';
import { answered, learners, lessonCompleted, mastery, mathPack, MINUTE, quizCompleted, T0 } from './test-fixtures';
import { estimateTimeSpent } from './time-spent';

const index = indexPacks([mathPack]);

const data = fc.oneof(
  fc.record({ type: fc.constant('quiz.answered'), item: fc.constantFrom<[string, string, string[]]>(['q1', 'i1', ['add']], ['q1', 'i2', ['add', 'sub']], ['q2', 'i3', ['mul']], ['gone', 'x', ['old']]), correct: fc.boolean(), attempt: fc.integer({ min: 1, max: 3 }), answer: fc.constantFrom('a', 'b', 'c', 7, ['a', 'b']) })
    .map(({ type, item, correct, attempt, answer }) => ({ type, data: answered(item[0], item[1], item[2], correct, answer, attempt) })),
  fc.record({ lesson: fc.constantFrom('l1', 'l2', 'l3', 'gone'), stars: fc.constantFrom(1 as const, 2 as const, 3 as const) })
    .map(({ lesson, stars }) => ({ type: 'quiz.completed', data: quizCompleted(lesson, lesson === 'l2' ? 'q2' : 'q1', stars) })),
  fc.constantFrom('l1', 'l2', 'l3', 'gone').map((lesson) => ({ type: 'lesson.completed', data: lessonCompleted(lesson) })),
  fc.constantFrom('add', 'sub', 'mul', 'old').map((skill) => ({ type: 'mastery.reached', data: mastery(skill) })),
  fc.constant({ type: 'quiz.answered', data: { broken: true } }),
);

/** Rows as devices make them: per (device, epoch), seq counts up; clocks may jump about. */
const rowsArbitrary = fc.array(
  fc.record({ device: fc.constantFrom('d1', 'd2'), epoch: fc.constantFrom(1, 2), learner: fc.constantFrom('amal', 'badr', 'chama', 'zaid'), step: fc.integer({ min: -5 * MINUTE, max: 30 * MINUTE }), event: data }),
  { maxLength: 60 },
).map((drafts) => {
  const seqs = new Map<string, number>();
  let at = T0;
  return drafts.map(({ device, epoch, learner, step, event }, i): ReportEventRow => {
    const key = `${device}/${epoch}`;
    const seq = (seqs.get(key) ?? 0) + 1;
    seqs.set(key, seq);
    at += step;
    return { id: `e${i}`, deviceId: device, epoch, seq, learnerId: learner, at, ...event };
  });
});

function allReports(rows: ReportEventRow[]) {
  const log = readEventLog(rows);
  return {
    grid: buildLessonGrid(learners, log, index),
    skills: buildSkillMastery(learners, log, index, { language: 'en' }),
    help: findNeedsHelp(learners, log, index, { language: 'en' }),
    difficult: findDifficultQuestions(learners, log, index, { minAnswers: 1 }),
    time: estimateTimeSpent(learners, log, { timeZone: 'Asia/Beirut' }),
    history: buildLearnerHistory('amal', log, index, { language: 'en' }),
  };
}

describe('class reports', () => {
  it('are the same whatever order the events arrive in, and with pulled copies of the same events', () => {
    fc.assert(fc.property(rowsArbitrary.chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }), fc.subarray(rows))), ([rows, shuffled, copies]) => {
      expect(allReports([...shuffled, ...copies.map((row) => ({ ...row }))])).toEqual(allReports(rows));
    }), { numRuns: 150 });
  });

  it('never give a negative or non-finite number', () => {
    fc.assert(fc.property(rowsArbitrary, (rows) => {
      const numbers: number[] = [];
      JSON.stringify(allReports(rows), (_key, value: unknown) => {
        if (typeof value === 'number') numbers.push(value);
        return value;
      });
      expect(numbers.every((n) => Number.isFinite(n) && n >= 0)).toBe(true);
    }), { numRuns: 100 });
  });
});

/**
 * The school report over a generated class (30 learners, 20 lessons, 4 weeks; src/core/demo),
 * folded by the real job from events ingested as pushes: its numbers equal a plain fold of the
 * raw events, and agree with the teacher's class report computed on the device from the same events.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { curriculumOf, generateClassData, syntheticPack } from '../../src/core/demo/index';
import { buildSkillMastery, indexPacks, readEventLog } from '../../src/core/reports/index';
import { utcDay, weekOf } from '../../src/core/school-reports/index';
import { seedDemoClass } from '../demo/seed-demo-class';
import { seedSchool, seedUser } from '../testing/accounts';
import { openTestStorage } from '../testing/test-storage';
import type { Storage } from '../storage/storage';

const now = new Date('2030-01-24T15:30:00.000Z');
const SEED = 11;
const curriculum = curriculumOf(20);
const data = generateClassData({ seed: SEED, endMs: now.getTime(), curriculum });

let storage: Storage;
let school: { schoolId: string; classId: string };

beforeAll(async () => {
  storage = await openTestStorage();
  school = await seedSchool(storage, 'Generated school');
  const teacherId = await seedUser(storage, { login: 'generated-teacher', displayName: 'T', role: 'teacher', schoolId: school.schoolId, classIds: [school.classId] });
  await seedDemoClass(storage, { ...school, teacherId, now, curriculum, seed: SEED });
});

const read = (extra: { fromDay?: string; toDay?: string } = {}) =>
  storage.readReportAggregates({ schoolIds: [school.schoolId], fromDay: extra.fromDay ?? '2000-01-01', toDay: extra.toDay ?? '2100-01-01', byClass: true });

/** The report's numbers the simplest way: straight from the events, no tables. */
function plainFold(toDay = '2100-01-01') {
  const count = (type: string) => data.events.filter((e) => e.type === type).length;
  const weeks = new Map<string, { learners: Set<string>; lessons: number; quizzes: number }>();
  for (const event of data.events) {
    const week = weekOf(utcDay(event.at));
    const entry = weeks.get(week) ?? { learners: new Set<string>(), lessons: 0, quizzes: 0 };
    entry.learners.add(event.learnerId);
    if (event.type === 'lesson.completed') entry.lessons++;
    if (event.type === 'quiz.completed') entry.quizzes++;
    weeks.set(week, entry);
  }
  const practised = new Map<string, Set<string>>();
  const mastered = new Map<string, Set<string>>();
  const note = (map: Map<string, Set<string>>, skill: string, learner: string) => map.set(skill, (map.get(skill) ?? new Set()).add(learner));
  for (const event of data.events) {
    if (utcDay(event.at) > toDay) continue;
    if (event.type === 'quiz.answered' && event.data.attempt === 1) for (const skill of event.data.skills) note(practised, skill, event.learnerId);
    if (event.type === 'mastery.reached') {
      note(practised, event.data.skill, event.learnerId);
      note(mastered, event.data.skill, event.learnerId);
    }
  }
  return {
    totals: { activeLearners: new Set(data.events.map((e) => e.learnerId)).size, lessonsCompleted: count('lesson.completed'), quizzesCompleted: count('quiz.completed'), answers: count('quiz.answered') },
    weeks: [...weeks].sort(([a], [b]) => (a < b ? -1 : 1)).map(([week, w]) => ({ week, activeLearners: w.learners.size, lessonsCompleted: w.lessons, quizzesCompleted: w.quizzes })),
    skills: [...practised].map(([skill, learners]) => ({ skill, practised: learners.size, mastered: mastered.get(skill)?.size ?? 0 })).sort((a, b) => (a.skill < b.skill ? -1 : 1)),
  };
}

describe('the school report of a generated class', () => {
  it('equals a plain fold of the raw events: totals, weeks and skills', async () => {
    const report = await read();
    const expected = plainFold();
    expect(report.totals).toEqual([{ schoolId: school.schoolId, classId: school.classId, ...expected.totals }]);
    expect(report.weeks.map(({ week, activeLearners, lessonsCompleted, quizzesCompleted }) => ({ week, activeLearners, lessonsCompleted, quizzesCompleted }))).toEqual(expected.weeks);
    expect(report.weeks.length).toBeGreaterThanOrEqual(4);
    const skills = report.skills.map(({ skill, practised, mastered }) => ({ skill, practised, mastered })).sort((a, b) => (a.skill < b.skill ? -1 : 1));
    expect(skills).toEqual(expected.skills);
    // Mastery as at an earlier day counts only what had happened by then.
    const midDay = utcDay(now.getTime() - 14 * 86_400_000);
    const earlier = (await read({ toDay: midDay })).skills.map(({ skill, practised, mastered }) => ({ skill, practised, mastered })).sort((a, b) => (a.skill < b.skill ? -1 : 1));
    expect(earlier).toEqual(plainFold(midDay).skills);
  });

  it('agrees with the teacher\'s class report on mastery per skill', async () => {
    const report = await read();
    const teacher = buildSkillMastery(data.learners, readEventLog(data.events), indexPacks([syntheticPack(20)]), { language: 'en' });
    const fromTeacher = teacher.filter((row) => row.mastered.length + row.practising.length > 0)
      .map((row) => ({ skill: row.skill, practised: row.mastered.length + row.practising.length, mastered: row.mastered.length }))
      .sort((a, b) => (a.skill < b.skill ? -1 : 1));
    const fromCoordinator = report.skills.map(({ skill, practised, mastered }) => ({ skill, practised, mastered })).sort((a, b) => (a.skill < b.skill ? -1 : 1));
    expect(fromCoordinator).toEqual(fromTeacher);
    expect(fromTeacher.some((row) => row.mastered > 0 && row.mastered < row.practised)).toBe(true);
  });
});

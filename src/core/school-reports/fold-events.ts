/**
 * Turns a page of stored events into additions to the report aggregates (migration 005): per
 * class, ISO week and pack the events, lessons and quizzes completed and answers; which learners
 * were active in which week and pack (the storage counts those new to the week); per learner and
 * skill the first day practised (a first-try answer) and the first day mastered. Sums, sets and
 * minima only, so folding in any order or page size gives the same tables as folding all at once.
 * Every week row is also added under pack '' (all packs), so a report without a pack filter
 * counts a learner once however many packs they used. Each lesson or quiz a learner completed
 * (with the first day) is kept too: what assignment completion is counted from (migration 006).
 */
import { eventDay, weekOf } from './report-days';
import { completedItem, type AssignmentItem } from '../assignments/index';

export interface FoldRow {
  learnerId: string;
  /** The learner's class when folded ('' when the roster no longer has them). */
  classId: string;
  type: string;
  /** The event's data as stored (JSON text). */
  data: string;
  atDevice: number;
  /** ISO 8601, the server's clock. */
  receivedAt: string;
}

/** The pack id of the rows about all packs together. */
export const ALL_PACKS = '';

export interface ClassWeekDelta {
  classId: string;
  week: string;
  packId: string;
  events: number;
  lessonsCompleted: number;
  quizzesCompleted: number;
  answers: number;
}

export interface LearnerWeek {
  learnerId: string;
  week: string;
  packId: string;
  classId: string;
}

export interface LearnerSkillDelta {
  learnerId: string;
  packId: string;
  skill: string;
  classId: string;
  firstDay: string;
  masteredDay: string | null;
}

/** A lesson (quizId '') or a quiz a learner completed, and the first day they did. */
export interface LearnerItemDelta {
  learnerId: string;
  itemKind: 'lesson' | 'quiz';
  packId: string;
  lessonId: string;
  quizId: string;
  classId: string;
  firstDay: string;
}

export interface FoldDelta {
  classWeeks: ClassWeekDelta[];
  learnerWeeks: LearnerWeek[];
  skills: LearnerSkillDelta[];
  items: LearnerItemDelta[];
  /** Rows whose data could not be read (never expected: events are checked before they are stored). */
  skipped: number;
}

const minDay = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);

function readData(text: string): Record<string, unknown> | undefined {
  try {
    const data: unknown = JSON.parse(text);
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined; // a plain object, checked just above
  } catch {
    return undefined;
  }
}

export function foldEvents(rows: readonly FoldRow[]): FoldDelta {
  const classWeeks = new Map<string, ClassWeekDelta>();
  const learnerWeeks = new Map<string, LearnerWeek>();
  const skills = new Map<string, LearnerSkillDelta>();
  const items = new Map<string, LearnerItemDelta>();
  let skipped = 0;

  // What the assignment rule counts as done (completedItem, src/core/assignments), in columns for SQL.
  const touchItem = (row: FoldRow, done: AssignmentItem, day: string) => {
    const quizId = done.kind === 'quiz' ? done.quizId : '';
    const item: LearnerItemDelta = { learnerId: row.learnerId, itemKind: done.kind, packId: done.packId, lessonId: done.lessonId, quizId, classId: row.classId, firstDay: day };
    const key = JSON.stringify([item.learnerId, done.kind, done.packId, done.lessonId, quizId]);
    const found = items.get(key);
    if (found) found.firstDay = minDay(found.firstDay, day) ?? day;
    else items.set(key, item);
  };

  const touchSkill = (row: FoldRow, packId: string, skill: string, day: string, mastered: boolean) => {
    const key = JSON.stringify([row.learnerId, packId, skill]);
    const found = skills.get(key);
    const masteredDay = mastered ? day : null;
    if (found) {
      found.firstDay = minDay(found.firstDay, day) ?? day;
      found.masteredDay = minDay(found.masteredDay, masteredDay);
    } else {
      skills.set(key, { learnerId: row.learnerId, packId, skill, classId: row.classId, firstDay: day, masteredDay });
    }
  };

  for (const row of rows) {
    const data = readData(row.data);
    const packId = data?.['packId'];
    const receivedMs = Date.parse(row.receivedAt);
    if (!data || typeof packId !== 'string' || !Number.isFinite(receivedMs)) {
      skipped++;
      continue;
    }
    const day = eventDay(row.atDevice, receivedMs);
    const week = weekOf(day);
    for (const pack of [packId, ALL_PACKS]) {
      learnerWeeks.set(JSON.stringify([row.learnerId, week, pack]), { learnerId: row.learnerId, week, packId: pack, classId: row.classId });
      const key = JSON.stringify([row.classId, week, pack]);
      let entry = classWeeks.get(key);
      if (!entry) {
        entry = { classId: row.classId, week, packId: pack, events: 0, lessonsCompleted: 0, quizzesCompleted: 0, answers: 0 };
        classWeeks.set(key, entry);
      }
      entry.events++;
      if (row.type === 'lesson.completed') entry.lessonsCompleted++;
      if (row.type === 'quiz.completed') entry.quizzesCompleted++;
      if (row.type === 'quiz.answered') entry.answers++;
    }
    if (row.type === 'quiz.answered') {
      // Only first tries count as practice, as on the device (docs/reports.md, "Mastery per skill").
      const skillList = data['skills'];
      if (data['attempt'] === 1 && Array.isArray(skillList)) {
        for (const skill of new Set(skillList)) if (typeof skill === 'string') touchSkill(row, packId, skill, day, false);
      }
    }
    const done = completedItem({ type: row.type, data });
    if (done) touchItem(row, done, day);
    const skill = data['skill'];
    if (row.type === 'mastery.reached' && typeof skill === 'string') touchSkill(row, packId, skill, day, true);
  }
  return { classWeeks: [...classWeeks.values()], learnerWeeks: [...learnerWeeks.values()], skills: [...skills.values()], items: [...items.values()], skipped };
}

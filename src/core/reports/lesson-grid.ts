/**
 * The class grid: each learner × each lesson of the installed packs, with a status. Rules:
 * - `completed`: a `lesson.completed`, or a `quiz.completed` of one of the lesson's quizzes;
 * - `mastered`: completed, the lesson has quiz skills, and the learner has `mastery.reached` for
 *   every one of them (skills are matched by id, as in the learner's own skill list);
 * - `in-progress`: not completed, but at least one answer to one of the lesson's quizzes;
 * - `not-started`: none of these.
 * Lessons that events mention but no installed pack has are listed in `notOnDevice`, by id.
 */
import type { EventLog } from './event-log';
import { eventsByLearner, type ReportLearner } from './learners';
import { lessonKey, type IndexedLesson, type PackIndex } from './pack-index';

export const LESSON_STATUSES = ['not-started', 'in-progress', 'completed', 'mastered'] as const;
export type LessonStatus = (typeof LESSON_STATUSES)[number];
export type StatusCounts = Record<LessonStatus, number>;

export interface LessonGridRow {
  learnerId: string;
  displayName: string;
  /** One per `lessons` entry, same order. */
  statuses: LessonStatus[];
  counts: StatusCounts;
}

export interface NotOnDeviceLessons {
  packId: string;
  /** Lesson ids named by events (quiz answers name only their quiz, so this can be empty). */
  lessonIds: string[];
  quizIds: string[];
  /** How many events mention them. */
  events: number;
}

export interface LessonGrid {
  lessons: IndexedLesson[];
  rows: LessonGridRow[];
  /** Per lesson (same order as `lessons`): how many learners have each status. */
  perLesson: StatusCounts[];
  notOnDevice: NotOnDeviceLessons[];
}

export const emptyCounts = (): StatusCounts => ({ 'not-started': 0, 'in-progress': 0, completed: 0, mastered: 0 });

export function buildLessonGrid(learners: readonly ReportLearner[], log: EventLog, index: PackIndex): LessonGrid {
  const byLearner = eventsByLearner(learners, log.events);
  const perLesson = index.lessons.map(emptyCounts);
  const missing = new Map<string, { lessonIds: Set<string>; quizIds: Set<string>; events: number }>();
  const noteMissing = (packId: string, lessonId: string | null, quizId: string | null) => {
    const entry = missing.get(packId) ?? { lessonIds: new Set<string>(), quizIds: new Set<string>(), events: 0 };
    if (lessonId) entry.lessonIds.add(lessonId);
    if (quizId) entry.quizIds.add(quizId);
    entry.events++;
    missing.set(packId, entry);
  };

  const rows = learners.map((learner): LessonGridRow => {
    const completed = new Set<string>();
    const started = new Set<string>();
    const mastered = new Set<string>();
    for (const event of byLearner.get(learner.id) ?? []) {
      const { packId } = event.data;
      if (event.type === 'mastery.reached') mastered.add(event.data.skill);
      else if (event.type === 'quiz.answered') {
        const lesson = index.lessonByQuiz.get(lessonKey(packId, event.data.quizId));
        if (lesson) started.add(lessonKey(packId, lesson.lessonId));
        else noteMissing(packId, null, event.data.quizId);
      } else {
        const key = lessonKey(packId, event.data.lessonId);
        if (index.lessonByKey.has(key)) completed.add(key);
        else noteMissing(packId, event.data.lessonId, event.type === 'quiz.completed' ? event.data.quizId : null);
      }
    }
    const counts = emptyCounts();
    const statuses = index.lessons.map((lesson, column): LessonStatus => {
      const key = lessonKey(lesson.packId, lesson.lessonId);
      const status: LessonStatus = completed.has(key)
        ? lesson.skills.length > 0 && lesson.skills.every((skill) => mastered.has(skill)) ? 'mastered' : 'completed'
        : started.has(key) ? 'in-progress' : 'not-started';
      counts[status]++;
      perLesson[column]![status]++;
      return status;
    });
    return { learnerId: learner.id, displayName: learner.displayName, statuses, counts };
  });

  const notOnDevice = [...missing.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([packId, entry]) => ({ packId, lessonIds: [...entry.lessonIds].sort(), quizIds: [...entry.quizIds].sort(), events: entry.events }));
  return { lessons: index.lessons, rows, perLesson, notOnDevice };
}
